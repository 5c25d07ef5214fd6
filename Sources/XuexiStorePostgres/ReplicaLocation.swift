import Foundation
import GRDB
import XuexiModel

/// Where a role's replica of a PostgreSQL store lives: `$XUEXI_DASH_REPLICA_DIR`, else
/// `$XDG_CACHE_HOME/xuexi-dash/replicas`, else `~/.cache/xuexi-dash/replicas`, one file per
/// server, database and role, readable by its owner only. It is a cache: deleting it costs
/// one full fetch.
enum ReplicaLocation {
    static func path(for place: PostgresLocation, environment: [String: String]) throws -> String {
        let folder =
            environment["XUEXI_DASH_REPLICA_DIR"].flatMap {
                $0.isEmpty ? nil : UserDirectories.expandTilde($0, environment)
            }
            ?? (UserDirectories.cacheHome(environment) as NSString).appendingPathComponent("xuexi-dash/replicas")
        try FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let safe = "\(place.database)-\(place.user)".map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" }
        return (folder as NSString).appendingPathComponent(
            String(safe) + "-" + String(fnv1a(place.display), radix: 16) + ".sqlite")
    }

    /// Opens the replica's bookkeeping. `reset` is true when what it holds cannot be kept:
    /// it is a replica of another store (the database was made again), of another scope
    /// (the role's grant changed), or a write that crashed left rows in it never sent. It
    /// is then emptied in place (`PostgresReplica.reset`), never deleted under a process
    /// that has it open; only a file that is not a replica at all is removed.
    static func prepare(path: String, storeId: String, scope: String) throws -> (file: ReplicaFile, reset: Bool) {
        var reset = false
        if FileManager.default.fileExists(atPath: path) {
            do {
                let queue = try DatabaseQueue(path: path)
                reset = try queue.read { db in
                    guard try db.tableExists("replica_state") else { return true }
                    func value(_ key: String) throws -> String? {
                        try String.fetchOne(db, sql: "SELECT value FROM replica_state WHERE key = ?", arguments: [key])
                    }
                    let writer = try value("writing").flatMap { Int32($0) }
                    return try value("store_id") != storeId || value("scope") != scope
                        || writer.map { kill($0, 0) != 0 } == true
                }
                try queue.close()
            } catch {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
        }
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
            reset = true
        }
        // WAL before the store's pool opens it, so the dashboard's readers share it.
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(
                sql: """
                    CREATE TABLE IF NOT EXISTS replica_state (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                    -- Parts a failed write changed here and could not yet put back from the server:
                    -- the next pull fetches them first.
                    CREATE TABLE IF NOT EXISTS replica_unsent (tbl TEXT NOT NULL, part TEXT NOT NULL, PRIMARY KEY (tbl, part));
                    """)
        }
        try queue.close()
        return (try ReplicaFile(path: path), reset)
    }

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
