import Foundation
import NIOCore
import PostgresNIO

extension PostgresReplica {
    /// Fetches the parts written since this replica last looked, and any a failed write
    /// left unsent, from one snapshot of the server, into one SQLite transaction. The SQLite
    /// write lock is taken first, so two processes sharing the replica never write an older
    /// snapshot over a newer one. A scoped role's replica is fetched whole again when orgs
    /// or learners changed: what it may see follows them (a learner moved in brings their
    /// earlier days), and its replica is small.
    func pull() throws {
        syncLock.lock()
        defer { syncLock.unlock() }
        let file = file
        let tables = tables
        let scoped = isScoped
        try session.run { connection in
            try file.execute("BEGIN IMMEDIATE")
            do {
                try await connection.query(
                    "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: PostgresSession.logger)
                let since = Int64(try file.text("SELECT value FROM replica_state WHERE key = 'rev'") ?? "0") ?? 0
                var parts = try Self.unsent(file)
                var newest = since
                var rosterChanged = false
                let rows = try await connection.query(
                    "SELECT tbl, part, rev FROM xuexi_part WHERE rev > \(since)", logger: PostgresSession.logger)
                for try await (table, part, rev) in rows.decode((String, String, Int64).self) {
                    parts[table, default: []].insert(part)
                    newest = max(newest, rev)
                    if ["org", "learner", "learner_move"].contains(table) { rosterChanged = true }
                }
                if scoped && rosterChanged && since > 0 {
                    for table in tables { try file.execute("DELETE FROM \(quote(table.name))") }
                    parts = [:]
                    let all = try await connection.query(
                        "SELECT tbl, part FROM xuexi_part", logger: PostgresSession.logger)
                    for try await (table, part) in all.decode((String, String).self) {
                        parts[table, default: []].insert(part)
                    }
                }
                for table in tables {
                    guard let keys = parts[table.name], !keys.isEmpty else { continue }
                    try await Self.fetch(table, keys.sorted(), connection: connection, into: file)
                }
                if scoped && !parts.isEmpty {
                    // A scoped role's top org has a parent it cannot see: it is the replica's root.
                    try file.execute(
                        "UPDATE org SET parent_id = NULL WHERE parent_id IS NOT NULL AND parent_id NOT IN (SELECT id FROM org)"
                    )
                }
                try file.execute("DELETE FROM replica_unsent")
                if newest != since {
                    try file.execute("UPDATE replica_state SET value = '\(newest)' WHERE key = 'rev'")
                }
                try await connection.query("COMMIT", logger: PostgresSession.logger)
                try file.execute("COMMIT")
            } catch {
                try? file.execute("ROLLBACK")
                _ = try? await connection.query("ROLLBACK", logger: PostgresSession.logger)
                throw error
            }
        }
    }

    /// The parts a failed write left, by table.
    static func unsent(_ file: ReplicaFile) throws -> [String: Set<String>] {
        var parts: [String: Set<String>] = [:]
        let query = try file.prepare("SELECT tbl, part FROM replica_unsent")
        while try query.step() {
            if let table = query.text(0), let part = query.text(1) { parts[table, default: []].insert(part) }
        }
        return parts
    }

    /// Replaces `keys` of `table` in the replica with the server's rows.
    static func fetch(
        _ table: MirrorTable, _ keys: [String], connection: PostgresConnection, into file: ReplicaFile
    ) async throws {
        let filter = PartKey.sqliteFilter(table, keys)
        let delete = try file.prepare("DELETE FROM \(quote(table.name)) WHERE \(filter.sql)")
        delete.bind(1, filter.json)
        try delete.step()
        let server = PartKey.postgresFilter(table, keys)
        let query = PostgresQuery(
            unsafeSQL: "SELECT \(table.quotedColumns) FROM \(quote(table.name)) WHERE \(server.sql)",
            binds: server.binds)
        let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        let insert = try file.prepare(
            "INSERT OR REPLACE INTO \(quote(table.name)) (\(table.quotedColumns)) VALUES (\(placeholders))")
        let types = table.columns.map(\.type)
        for try await row in try await connection.query(query, logger: PostgresSession.logger) {
            var index: Int32 = 1
            for (cell, type) in zip(row, types) {
                switch type {
                case .integer: insert.bind(index, try cell.decode(Int64?.self))
                case .real: insert.bind(index, try cell.decode(Double?.self))
                case .text: insert.bind(index, try cell.decode(String?.self))
                case .blob:
                    if let buffer = try cell.decode(ByteBuffer?.self) {
                        buffer.withUnsafeReadableBytes { insert.bind(index, bytes: $0) }
                    } else {
                        insert.bind(index, bytes: nil)
                    }
                }
                index += 1
            }
            try insert.step()
            insert.reset()
        }
    }
}
