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
