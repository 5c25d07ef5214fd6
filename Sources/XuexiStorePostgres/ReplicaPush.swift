import Foundation
import GRDB
import NIOCore
import PostgresNIO
import XuexiStore

extension PostgresReplica {
    /// Sends the `dirty` parts as the replica now holds them, in one transaction: each part
    /// is deleted and written again (COPY, streamed from the replica while the server takes
    /// it, for a role the server applies no row-level security to; batched INSERTs
    /// otherwise, which PostgreSQL requires there), stamped with a new write number, and
    /// announced to listeners at commit.
    func push(_ dirty: [String: [String]], from store: XuexiStore) throws {
        let batches = tables.compactMap { table -> TableBatch? in
            guard let keys = dirty[table.name], !keys.isEmpty else { return nil }
            return TableBatch(table: table, keys: keys, asCopy: bypassesScopes)
        }
        let file = file
        guard session.generation == writeGeneration else {
            throw StoreOfRecordError(location: location, failure: .server("connection lost during the write"))
        }
        let caughtUp = Int64(try file.text("SELECT value FROM replica_state WHERE key = 'rev'") ?? "0") ?? 0
        let place = location
        let revision = try session.run { connection in
            try await connection.query("BEGIN", logger: PostgresSession.logger)
            do {
                // Held to commit, and checked against what this write caught up to: should the
                // session's lock have been lost, no other writer slips in between.
                try await connection.query(
                    "SELECT pg_advisory_xact_lock(\(PostgresSchema.writeLock))", logger: PostgresSession.logger)
                for try await newest in try await connection.query(
                    "SELECT COALESCE(max(rev), 0) FROM xuexi_part", logger: PostgresSession.logger
                ).decode(Int64.self) where newest > caughtUp {
                    throw StoreOfRecordError(location: place, failure: .server("another write came first; try again"))
                }
                var revision: Int64 = 0
                for try await value in try await connection.query(
                    "SELECT nextval('xuexi_rev')", logger: PostgresSession.logger
                ).decode(Int64.self) {
                    revision = value
                }
                for batch in batches { try await batch.send(connection, from: file, revision: revision) }
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

/// One table's changed parts, to send.
struct TableBatch: Sendable {
    var table: MirrorTable
    var keys: [String]
    var asCopy: Bool

    enum Cell: Sendable {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)
        case blob([UInt8])
    }

    /// The parts' rows from the replica (the write has committed), through its own connection.
    func rows(from file: ReplicaFile) throws -> ReplicaStatement {
        let filter = PartKey.sqliteFilter(table, keys)
        let query = try file.prepare("SELECT \(table.quotedColumns) FROM \(quote(table.name)) WHERE \(filter.sql)")
        query.bind(1, filter.json)
        return query
    }

    func send(_ connection: PostgresConnection, from file: ReplicaFile, revision: Int64) async throws {
        let server = PartKey.postgresFilter(table, keys)
        try await connection.query(
            PostgresQuery(unsafeSQL: "DELETE FROM \(quote(table.name)) WHERE \(server.sql)", binds: server.binds),
            logger: PostgresSession.logger)
        let query = try rows(from: file)
        if asCopy {
            // Encoding the next megabyte while the server stores the last: the two overlap.
            try await connection.copyFrom(
                table: table.name, columns: table.columns.map(\.name), logger: PostgresSession.logger
            ) { writer in
                var text = CopyText()
                while try query.step() {
                    query.appendCopyRow(to: &text)
                    if text.bytes.count >= 1 << 20 { try await writer.write(text.take()) }
                }
                if !text.bytes.isEmpty { try await writer.write(text.take()) }
            }
        } else {
            var rows: [[Cell]] = []
            while try query.step() { rows.append(query.cells()) }
            try await insertRows(rows, connection)
        }
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

    private func insertRows(_ rows: [[Cell]], _ connection: PostgresConnection) async throws {
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

/// Rows in COPY's text format: tab between columns, `\N` for NULL, backslash escapes, bytea
/// as `\\x` and hex digits.
struct CopyText {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity((1 << 20) + (1 << 16)) }

    mutating func take() -> ByteBuffer {
        defer { bytes.removeAll(keepingCapacity: true) }
        return ByteBuffer(bytes: bytes)
    }

    static let hex = Array("0123456789abcdef".utf8)

    /// Swift's shortest text that reads back as the same double; PostgreSQL's spelling of
    /// the values without digits.
    static func real(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "Infinity" : "-Infinity" }
        return "\(value)"
    }

    mutating func appendInteger(_ value: Int64) {
        if value == 0 {
            bytes.append(0x30)
            return
        }
        if value < 0 { bytes.append(0x2D) }
        let start = bytes.count
        var rest = value.magnitude
        while rest > 0 {
            bytes.append(UInt8(0x30 + rest % 10))
            rest /= 10
        }
        bytes[start...].reverse()
    }

    mutating func appendBlob(_ data: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: [0x5C, 0x5C, 0x78])
        for byte in data {
            bytes.append(Self.hex[Int(byte >> 4)])
            bytes.append(Self.hex[Int(byte & 0x0F)])
        }
    }

    mutating func appendEscaped(_ text: UnsafeRawBufferPointer) {
        for byte in text {
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
