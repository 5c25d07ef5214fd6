import Foundation
import GRDB
import XuexiModel

/// The tables an import writes, for checks that compare whole contents.
public enum StoredTable: String, Sendable, CaseIterable {
    case org, learner
    case learnerMove = "learner_move"
    case points
    case orgDay = "org_day"
    case importRecord = "import_record"
    case anomaly
    /// The per-item points, packed in `points.items`: listed one line per learner, day and item.
    case pointsItem = "points_item"
}

/// One stored points row, as read back for checks.
public struct StoredPoints: Sendable, Equatable {
    public var learnerId: Int
    public var dayPoints: Int
    public var total: Int?
}

/// Read-backs of what imports stored, for tests and diagnostics (nothing per frame).
extension XuexiStore {
    /// Every row of each table in a stable order, one text line per table: two stores with
    /// the same contents give the same text.
    public func contents(of tables: [StoredTable]) throws -> String {
        try reader.read { db in
            try tables.map { table in
                if table == .pointsItem { return "\(table.rawValue):" + (try Self.itemRows(db)) }
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table.rawValue) ORDER BY 1, 2, 3")
                return "\(table.rawValue):" + rows.map(\.description).joined(separator: ";")
            }.joined(separator: "\n")
        }
    }

    /// Every stored item figure as "day learner item points", in key order.
    static func itemRows(_ db: Database) throws -> String {
        var lines: [String] = []
        let query = try RawStatement(
            db, sql: "SELECT day, learner_id, items FROM points WHERE items IS NOT NULL ORDER BY day, learner_id")
        try query.forEachRow(db) { row in
            var entries: [(Int64, Int)] = []
            row.withBlobBytes(2) { bytes in PackedItems.forEach(bytes) { entries.append(($0, $1)) } }
            for (item, points) in entries.sorted(by: { $0.0 < $1.0 }) {
                lines.append("\(row.int(0)) \(row.int(1)) \(item) \(points)")
            }
        }
        return lines.joined(separator: ";")
    }

    /// The stored points rows of `day` by learner id.
    public func storedPoints(on day: Day) throws -> [StoredPoints] {
        try reader.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT learner_id, day_points, total_points FROM points WHERE day = ? ORDER BY learner_id
                    """, arguments: [day.number]
            ).map { StoredPoints(learnerId: $0[0], dayPoints: $0[1], total: $0[2]) }
        }
    }

    /// The kinds of every recorded anomaly, by learner id.
    public func anomalyKinds() throws -> [String] {
        try reader.read { db in try String.fetchAll(db, sql: "SELECT kind FROM anomaly ORDER BY learner_id, day") }
    }

    /// The days that have stored per-org figures.
    public func daysWithFigures() throws -> [Day] {
        try reader.read { db in
            try Int.fetchAll(db, sql: "SELECT DISTINCT day FROM org_day ORDER BY day").map(Day.init(number:))
        }
    }

    /// SQLite's integrity check: "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try reader.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }
}

extension XuexiStore {
    /// Every row of every table of the schema (not SQLite's, nor a replica's bookkeeping),
    /// sorted, one line per table: two stores holding the same give the same text.
    package func everyTableContents() throws -> String {
        try reader.read { db in
            let tables = try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                    AND name NOT LIKE 'replica_%' AND name <> 'grdb_migrations' ORDER BY name
                    """)
            return try tables.map { table in
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map(\.description).sorted()
                return "\(table): " + rows.joined(separator: "; ")
            }.joined(separator: "\n")
        }
    }
}
