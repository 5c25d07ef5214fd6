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
}

// MARK: - Reading the import log (`import_record`; the import writes it)

extension XuexiStore {
    public func importRecords() throws -> [ImportRecordRow] {
        try reader.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM import_record ORDER BY id").map { row in
                ImportRecordRow(
                    id: row["id"], file: row["file"], sha256: row["sha256"], kind: row["kind"],
                    rows: row["rows"], firstDay: (row["first_day"] as Int?).map { Day(number: $0).iso },
                    lastDay: (row["last_day"] as Int?).map { Day(number: $0).iso },
                    startedAt: row["started_at"], seconds: row["seconds"], user: row["user"])
            }
        }
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
        try writer.write { db in
            try db.execute(sql: "UPDATE import_record SET started_at = ? WHERE id > ?", arguments: [startedAt, id])
        }
    }
}
