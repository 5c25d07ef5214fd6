import Foundation
import GRDB
import NIOCore
import PostgresNIO
import XuexiStore

extension PostgresReplica {
    /// Sends the `dirty` parts as the replica now holds them, in one transaction: each part
    /// is deleted and written again (COPY for a role the server applies no row-level security
    /// to, batched INSERTs otherwise, which PostgreSQL requires there), stamped with a new
    /// write number, and announced to listeners at commit.
    func push(_ dirty: [String: [String]], from store: XuexiStore) throws {
        let batches = try tables.compactMap { table -> TableBatch? in
            guard let keys = dirty[table.name], !keys.isEmpty else { return nil }
            return try TableBatch.read(table, keys, from: store, asCopy: bypassesScopes)
        }
        let file = file
        let revision = try session.run { connection in
            try await connection.query("BEGIN", logger: PostgresSession.logger)
            do {
                var revision: Int64 = 0
                for try await value in try await connection.query(
                    "SELECT nextval('xuexi_rev')", logger: PostgresSession.logger
                ).decode(Int64.self) {
                    revision = value
                }
                for batch in batches { try await batch.send(connection, revision: revision) }
                try await connection.query(
                    "SELECT pg_notify(\(PostgresSchema.channel), \(String(revision)))", logger: PostgresSession.logger)
                try await connection.query("COMMIT", logger: PostgresSession.logger)
                return revision
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: PostgresSession.logger)
                throw error
            }
        }
        // Every earlier write was fetched under the same lock before this one: the replica
        // now holds the store as of `revision`. The write has committed: should this fail,
        // the next pull fetches the parts again rather than the write being reported lost.
        try? file.execute("UPDATE replica_state SET value = '\(revision)' WHERE key = 'rev'")
    }
}

/// One table's changed parts, read from the replica and ready to send.
struct TableBatch: Sendable {
    var table: MirrorTable
    var keys: [String]
    /// COPY text, in chunks of about a megabyte.
    var copyChunks: [ByteBuffer] = []
    /// Rows as bindable cells, when COPY is not allowed.
    var rows: [[Cell]] = []

    enum Cell: Sendable {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)
        case blob([UInt8])
    }

    static func read(_ table: MirrorTable, _ keys: [String], from store: XuexiStore, asCopy: Bool) throws -> TableBatch
    {
        var batch = TableBatch(table: table, keys: keys)
        let filter = PartKey.sqliteFilter(table, keys)
        let sql = "SELECT \(table.quotedColumns) FROM \(quote(table.name)) WHERE \(filter.sql)"
        try store.writeConnection.read { db in
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: [filter.json])
            var text = CopyText()
            while let row = try cursor.next() {
                if asCopy {
                    text.append(row)
                    if text.bytes.count > 1 << 20 { batch.copyChunks.append(text.take()) }
                } else {
                    batch.rows.append(row.databaseValues.map(Cell.init))
                }
            }
            if !text.bytes.isEmpty { batch.copyChunks.append(text.take()) }
        }
        return batch
    }

    func send(_ connection: PostgresConnection, revision: Int64) async throws {
        let name = quote(table.name)
        var binds = PostgresBindings()
        let values = keys.filter { $0 != PartKey.null }
        if table.partType == .integer { binds.append(values.compactMap { Int64($0) }) } else { binds.append(values) }
        try await connection.query(
            PostgresQuery(
                unsafeSQL: "DELETE FROM \(name) WHERE " + PartKey.postgresFilter(table, keys, parameter: 1),
                binds: binds), logger: PostgresSession.logger)
        if !copyChunks.isEmpty {
            let chunks = copyChunks
            try await connection.copyFrom(
                table: table.name, columns: table.columns.map(\.name), logger: PostgresSession.logger
            ) { writer in
                for chunk in chunks { try await writer.write(chunk) }
            }
        }
        if !rows.isEmpty { try await insertRows(connection) }
        var stamp = PostgresBindings()
        stamp.append(table.name)
        stamp.append(keys)
        stamp.append(revision)
        try await connection.query(
            PostgresQuery(
                unsafeSQL: """
                    INSERT INTO xuexi_part (tbl, part, rev) SELECT $1, unnest($2::text[]), $3
                    ON CONFLICT (tbl, part) DO UPDATE SET rev = EXCLUDED.rev
                    """, binds: stamp), logger: PostgresSession.logger)
    }

    private func insertRows(_ connection: PostgresConnection) async throws {
        let width = table.columns.count
        let perStatement = max(1, 60_000 / width)
        var start = 0
        while start < rows.count {
            let slice = rows[start..<min(rows.count, start + perStatement)]
            var binds = PostgresBindings(capacity: slice.count * width)
            var tuples: [String] = []
            var parameter = 1
            for row in slice {
                var placeholders: [String] = []
                for (cell, column) in zip(row, table.columns) {
                    placeholders.append("$\(parameter)::\(column.type.rawValue)")
                    parameter += 1
                    switch cell {
                    case .null: binds.appendNull()
                    case .integer(let value): binds.append(value)
                    case .real(let value): binds.append(value)
                    case .text(let value): binds.append(value)
                    case .blob(let value): binds.append(ByteBuffer(bytes: value))
                    }
                }
                tuples.append("(" + placeholders.joined(separator: ", ") + ")")
            }
            try await connection.query(
                PostgresQuery(
                    unsafeSQL: "INSERT INTO \(quote(table.name)) (\(table.quotedColumns)) VALUES "
                        + tuples.joined(separator: ", "), binds: binds), logger: PostgresSession.logger)
            start += perStatement
        }
    }
}

extension TableBatch.Cell {
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let int): self = .integer(int)
        case .double(let double): self = .real(double)
        case .string(let string): self = .text(string)
        case .blob(let data): self = .blob([UInt8](data))
        }
    }
}

/// Rows in COPY's text format: tab between columns, `\N` for NULL, backslash escapes, bytea
/// as `\\x` and hex digits.
struct CopyText {
    var bytes: [UInt8] = []

    mutating func take() -> ByteBuffer {
        defer { bytes.removeAll(keepingCapacity: true) }
        return ByteBuffer(bytes: bytes)
    }

    mutating func append(_ row: Row) {
        for index in 0..<row.count {
            if index > 0 { bytes.append(0x09) }
            switch (row[index] as DatabaseValue).storage {
            case .null: bytes.append(contentsOf: [0x5C, 0x4E])
            case .int64(let int): bytes.append(contentsOf: String(int).utf8)
            case .double(let double): bytes.append(contentsOf: Self.real(double).utf8)
            case .string(let string): appendEscaped(string)
            case .blob(let data):
                bytes.append(contentsOf: [0x5C, 0x5C, 0x78])
                for byte in data {
                    bytes.append(Self.hex[Int(byte >> 4)])
                    bytes.append(Self.hex[Int(byte & 0x0F)])
                }
            }
        }
        bytes.append(0x0A)
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// Swift's shortest text that reads back as the same double; PostgreSQL's spelling of
    /// the values without digits.
    static func real(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "Infinity" : "-Infinity" }
        return "\(value)"
    }

    private mutating func appendEscaped(_ string: String) {
        for byte in string.utf8 {
            switch byte {
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            default: bytes.append(byte)
            }
        }
    }
}
