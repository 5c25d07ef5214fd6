import GRDB
import GRDBSQLite

/// What SQLite holds in this process, to tell its page cache apart from the rest of the heap
/// when a long-running process (watch, a dashboard) is measured for growth.
public struct StoreMemory: Sendable, Equatable {
    /// All memory SQLite has allocated (page caches, schemas, statements), in bytes.
    public var sqliteUsed: Int
    /// The writer connection's page cache, in bytes.
    public var writerCache: Int
}

extension XuexiStore {
    public func memory() throws -> StoreMemory {
        let writerCache = writer.writeWithoutTransaction { db -> Int in
            guard let connection = db.sqliteConnection else { return 0 }
            var current: Int32 = 0
            var highwater: Int32 = 0
            sqlite3_db_status(connection, SQLITE_DBSTATUS_CACHE_USED, &current, &highwater, 0)
            return Int(current)
        }
        return StoreMemory(sqliteUsed: Int(sqlite3_memory_used()), writerCache: writerCache)
    }

    /// Gives back the page caches and prepared statements of every connection. A long-running
    /// process calls it between imports: the pages are re-read from the OS's file cache on
    /// the next import, which costs little next to the import itself, while a warm 64 MiB
    /// writer cache would otherwise stay resident and grow with the store.
    public func releaseMemory() {
        if let pool = writer as? DatabasePool {
            pool.releaseMemory()
        } else if let queue = writer as? DatabaseQueue {
            queue.releaseMemory()
        }
    }
}
