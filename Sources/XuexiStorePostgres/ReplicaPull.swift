import Foundation
import NIOCore
import PostgresNIO

extension PostgresReplica {
    /// Fetches the parts written since this replica last looked (or just `only`, to put
    /// back parts a failed write changed), from one snapshot of the server, into one SQLite
    /// transaction. The SQLite write lock is taken first, so two processes sharing the
    /// replica never write an older snapshot over a newer one.
    func pull(only: [String: [String]]? = nil) throws {
        syncLock.lock()
        defer { syncLock.unlock() }
        let file = file
        let tables = tables
        try session.run { connection in
            try file.execute("BEGIN IMMEDIATE")
            do {
                try await connection.query(
                    "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: PostgresSession.logger)
                let since = Int64(try file.text("SELECT value FROM replica_state WHERE key = 'rev'") ?? "0") ?? 0
                var parts: [String: [String]] = only ?? [:]
                var newest = since
                if only == nil {
                    let rows = try await connection.query(
                        "SELECT tbl, part, rev FROM xuexi_part WHERE rev > \(since)", logger: PostgresSession.logger)
                    for try await (table, part, rev) in rows.decode((String, String, Int64).self) {
                        parts[table, default: []].append(part)
                        newest = max(newest, rev)
                    }
                }
                for table in tables {
                    guard let keys = parts[table.name], !keys.isEmpty else { continue }
                    try await Self.fetch(table, keys, connection: connection, into: file)
                }
                if !parts.isEmpty {
                    // A scoped role's top org has a parent it cannot see: it is the replica's root.
                    try file.execute(
                        "UPDATE org SET parent_id = NULL WHERE parent_id IS NOT NULL AND parent_id NOT IN (SELECT id FROM org)"
                    )
                }
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

    /// Replaces `keys` of `table` in the replica with the server's rows.
    static func fetch(
        _ table: MirrorTable, _ keys: [String], connection: PostgresConnection, into file: ReplicaFile
    ) async throws {
        let filter = PartKey.sqliteFilter(table, keys)
        let delete = try file.prepare("DELETE FROM \(quote(table.name)) WHERE \(filter.sql)")
        delete.bind(1, filter.json)
        try delete.step()
        var binds = PostgresBindings()
        let values = keys.filter { $0 != PartKey.null }
        if table.partType == .integer { binds.append(values.compactMap { Int64($0) }) } else { binds.append(values) }
        let query = PostgresQuery(
            unsafeSQL: "SELECT \(table.quotedColumns) FROM \(quote(table.name)) WHERE "
                + PartKey.postgresFilter(table, keys, parameter: 1),
            binds: binds)
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
