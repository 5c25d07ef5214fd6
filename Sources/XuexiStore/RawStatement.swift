import GRDB
import GRDBSQLite

/// A prepared statement driven through SQLite's C API. The import writes hundreds of
/// thousands of rows per day; binding integers directly skips GRDB's per-row argument
/// boxing, which measured as the largest cost of the write path.
struct RawStatement {
    private let statement: Statement

    /// `cached`: kept in the connection's statement cache for the next call with the same
    /// SQL. SQL that carries values inline (id lists) must not be cached: every new list
    /// would stay in the cache for the connection's lifetime, which grew a watcher and a
    /// dashboard by megabytes per import.
    init(_ db: Database, sql: String, cached: Bool = true) throws {
        statement = cached ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
    }

    private var handle: OpaquePointer { statement.sqliteStatement }

    @inline(__always) func bind(_ index: Int32, _ value: Int) { sqlite3_bind_int64(handle, index, Int64(value)) }
    @inline(__always) func bindNull(_ index: Int32) { sqlite3_bind_null(handle, index) }
    func bind(_ index: Int32, _ value: Int?) {
        if let value { bind(index, value) } else { bindNull(index) }
    }
    @inline(__always) func bind(_ index: Int32, _ value: Double) { sqlite3_bind_double(handle, index, value) }

    func bind(_ index: Int32, _ text: String?) {
        guard let text else { return bindNull(index) }
        // SQLITE_TRANSIENT: SQLite copies the bytes before the C string goes away.
        _ = text.withCString { pointer in
            sqlite3_bind_text(handle, index, pointer, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
    }

    /// Binds `bytes` as a blob (SQLite copies them), NULL when there are none.
    @inline(__always) func bindBlob(_ index: Int32, _ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return bindNull(index) }
        sqlite3_bind_blob(
            handle, index, bytes.baseAddress, Int32(bytes.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
    }

    /// UTF-8 bytes bound as text (SQLite copies them), without building a String first.
    func bindText(_ index: Int32, _ utf8: [UInt8]) {
        // SQLite takes a null pointer as NULL, and an empty array may have none.
        guard !utf8.isEmpty else { return bind(index, "") }
        utf8.withUnsafeBytes { buffer in
            _ = sqlite3_bind_text(
                handle, index, buffer.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(buffer.count),
                unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
    }

    /// Steps through every result row, handing `body` a cursor to read columns from.
    /// Reading integers straight from SQLite is several times faster than building GRDB rows,
    /// which matters when a day of a city (570,000 rows) is read on every import.
    func forEachRow(_ db: Database, _ body: (RawRow) throws -> Void) throws {
        defer { sqlite3_reset(handle) }
        let row = RawRow(handle: handle)
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_ROW {
                try body(row)
            } else if code == SQLITE_DONE {
                return
            } else {
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code),
                    message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
        }
    }

    /// Runs the statement once with the values bound so far, then resets it for the next row.
    func step(_ db: Database) throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        if code != SQLITE_DONE && code != SQLITE_ROW {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }
}

/// The current row of a `RawStatement` being stepped.
struct RawRow {
    let handle: OpaquePointer

    @inline(__always) func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }
    @inline(__always) func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }
    @inline(__always) func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }
    @inline(__always) func optionalInt(_ column: Int32) -> Int? { isNull(column) ? nil : int(column) }

    /// The column's UTF-8 bytes without making a String (valid only inside `body`).
    func withTextBytes<T>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        let pointer = sqlite3_column_text(handle, column)
        let count = Int(sqlite3_column_bytes(handle, column))
        return try body(UnsafeBufferPointer(start: pointer, count: pointer == nil ? 0 : count))
    }

    /// The column's blob bytes (valid only inside `body`; empty for NULL).
    func withBlobBytes<T>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        let pointer = sqlite3_column_blob(handle, column)?.assumingMemoryBound(to: UInt8.self)
        let count = Int(sqlite3_column_bytes(handle, column))
        return try body(UnsafeBufferPointer(start: pointer, count: pointer == nil ? 0 : count))
    }

    func text(_ column: Int32) -> String {
        guard let pointer = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }
}
