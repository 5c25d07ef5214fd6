import GRDB
import XuexiModel

/// One row of `xuexi-dash imports`.
public struct ImportRecordRow: Sendable, Codable, Equatable {
    public var id: Int64
    public var file: String
    public var sha256: String
    public var kind: String
    public var rows: Int
    public var firstDay: String?
    public var lastDay: String?
    public var startedAt: String
    public var seconds: Double
    public var user: String
    /// Rows this import added and rows it replaced (points rows of its days, or org and
    /// learner rows of a roster); nil when its undo data is gone.
    public var added: Int? = nil
    public var replaced: Int? = nil
    /// Every day it wrote points for.
    public var daysTouched: [String] = []
}

// MARK: - Reading the import log (`import_record`; the import writes it)

extension XuexiStore {
    public func importRecords() throws -> [ImportRecordRow] {
        try reader.read { db in
            let changes = try XuexiStore.importChanges(db)
            return try Row.fetchAll(db, sql: "SELECT * FROM import_record ORDER BY id").map { row in
                var record = ImportRecordRow(
                    id: row["id"], file: row["file"], sha256: row["sha256"], kind: row["kind"],
                    rows: row["rows"], firstDay: (row["first_day"] as Int?).map { Day(number: $0).iso },
                    lastDay: (row["last_day"] as Int?).map { Day(number: $0).iso },
                    startedAt: row["started_at"], seconds: row["seconds"], user: row["user"])
                if let change = changes[record.id] {
                    record.added = change.added
                    record.replaced = change.replaced
                    record.daysTouched = change.days.map { Day(number: $0).iso }
                }
                return record
            }
        }
    }

    /// Per import: rows added and replaced, and days touched (from `import_day` and the
    /// roster before-images).
    static func importChanges(_ db: Database) throws -> [Int64: (added: Int, replaced: Int, days: [Int])] {
        var changes: [Int64: (added: Int, replaced: Int, days: [Int])] = [:]
        let dayRows = try Row.fetchAll(
            db,
            sql: """
                SELECT import_id, day, rows_before + rows_written - rows_after AS replaced,
                    rows_after - rows_before AS added FROM import_day ORDER BY import_id, day
                """)
        for row in dayRows {
            var change = changes[row["import_id"], default: (0, 0, [])]
            change.added += row["added"] as Int
            change.replaced += row["replaced"] as Int
            change.days.append(row["day"])
            changes[row["import_id"]] = change
        }
        for table in ["undo_org", "undo_learner"] {
            let counts = try Row.fetchAll(
                db,
                sql: """
                    SELECT import_id, SUM(existed = 0) AS added, SUM(existed = 1) AS replaced FROM \(table)
                    GROUP BY import_id
                    """)
            for row in counts {
                var change = changes[row["import_id"], default: (0, 0, [])]
                change.added += row["added"] as Int
                change.replaced += row["replaced"] as Int
                changes[row["import_id"]] = change
            }
        }
        return changes
    }

    /// When the latest import started (ISO 8601), nil before the first import.
    public func lastImportStartedAt() throws -> String? {
        try reader.read { db in
            try String.fetchOne(db, sql: "SELECT started_at FROM import_record ORDER BY id DESC LIMIT 1")
        }
    }

    /// Sets the start time of every import after `id` (an earlier `changeStamp()`), so test
    /// fixtures do not depend on the clock of the machine running them.
    package func setImportStartTimes(after id: Int64, to startedAt: String) throws {
        try write { db in
            try db.execute(sql: "UPDATE import_record SET started_at = ? WHERE id > ?", arguments: [startedAt, id])
        }
    }
}
