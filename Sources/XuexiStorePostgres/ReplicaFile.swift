import Foundation
import GRDBSQLite

/// A plain SQLite connection to the replica for writing what a pull fetched: one
/// transaction held open while rows stream in from the server (GRDB's transactions are
/// closures, which cannot wait for the network). Foreign keys are off: parts arrive table by
/// table, and a scoped role's rows name orgs it cannot see.
final class ReplicaFile: @unchecked Sendable {
    private var handle: OpaquePointer?
    let path: String

    init(path: String) throws {
        self.path = path
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(handle)
            throw ReplicaFileError(message: message)
        }
        sqlite3_busy_timeout(handle, 30_000)
        try execute("PRAGMA foreign_keys = OFF")
        try execute("PRAGMA synchronous = NORMAL")
    }

    deinit { sqlite3_close_v2(handle) }

    func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(handle, sql, nil, nil, &error) != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "error"
            sqlite3_free(error)
            throw ReplicaFileError(message: message)
        }
    }

    func prepare(_ sql: String) throws -> ReplicaStatement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw ReplicaFileError(message: String(cString: sqlite3_errmsg(handle)))
        }
        return ReplicaStatement(statement: statement, database: handle)
    }

    /// The text of the first column of the first row, nil when there is none.
    func text(_ sql: String) throws -> String? {
        let statement = try prepare(sql)
        return try statement.step() ? statement.text(0) : nil
    }
}

final class ReplicaStatement {
    let statement: OpaquePointer
    let database: OpaquePointer?

    init(statement: OpaquePointer, database: OpaquePointer?) {
        self.statement = statement
        self.database = database
    }

    deinit { sqlite3_finalize(statement) }

    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(statement, index, value) } else { sqlite3_bind_null(statement, index) }
    }
    func bind(_ index: Int32, _ value: Double?) {
        if let value { sqlite3_bind_double(statement, index, value) } else { sqlite3_bind_null(statement, index) }
    }
    func bind(_ index: Int32, _ value: String?) {
        guard let value else {
            sqlite3_bind_null(statement, index)
            return
        }
        sqlite3_bind_text(statement, index, value, -1, SQLITE_TRANSIENT)
    }
    func bind(_ index: Int32, bytes: UnsafeRawBufferPointer?) {
        guard let bytes else {
            sqlite3_bind_null(statement, index)
            return
        }
        sqlite3_bind_blob(
            statement, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count), SQLITE_TRANSIENT
        )
    }

    /// Runs the statement once more; true while it returns rows.
    @discardableResult
    func step() throws -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE:
            sqlite3_reset(statement)
            return false
        default:
            let message = String(cString: sqlite3_errmsg(database))
            sqlite3_reset(statement)
            throw ReplicaFileError(message: message)
        }
    }

    func reset() {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
    }

    /// The current row in COPY's text format (`CopyText`), read straight from SQLite's
    /// buffers: a city day is 570,000 rows.
    func appendCopyRow(to text: inout CopyText) {
        let count = sqlite3_column_count(statement)
        for column in 0..<count {
            if column > 0 { text.bytes.append(0x09) }
            switch sqlite3_column_type(statement, column) {
            case SQLITE_NULL: text.bytes.append(contentsOf: [0x5C, 0x4E])
            case SQLITE_INTEGER: text.appendInteger(sqlite3_column_int64(statement, column))
            case SQLITE_FLOAT:
                text.bytes.append(contentsOf: CopyText.real(sqlite3_column_double(statement, column)).utf8)
            case SQLITE_BLOB:
                let length = Int(sqlite3_column_bytes(statement, column))
                let bytes = sqlite3_column_blob(statement, column)
                text.appendBlob(UnsafeRawBufferPointer(start: bytes, count: bytes == nil ? 0 : length))
            default:
                let length = Int(sqlite3_column_bytes(statement, column))
                let bytes = sqlite3_column_text(statement, column)
                text.appendEscaped(UnsafeRawBufferPointer(start: bytes, count: bytes == nil ? 0 : length))
            }
        }
        text.bytes.append(0x0A)
    }

    /// The current row as cells, for INSERTs.
    func cells() -> [TableBatch.Cell] {
        (0..<sqlite3_column_count(statement)).map { column in
            switch sqlite3_column_type(statement, column) {
            case SQLITE_NULL: return .null
            case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, column))
            case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, column))
            case SQLITE_BLOB:
                let length = Int(sqlite3_column_bytes(statement, column))
                guard let bytes = sqlite3_column_blob(statement, column) else { return .blob([]) }
                return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: length)))
            default: return .text(text(column) ?? "")
            }
        }
    }

    func text(_ column: Int32) -> String? {
        guard let pointer = sqlite3_column_text(statement, column) else { return nil }
        return String(cString: pointer)
    }
}

private let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

struct ReplicaFileError: Error, CustomStringConvertible {
    var message: String
    var description: String { "replica: \(message)" }
}
