import Foundation
import GRDB
import XuexiModel

/// The store is unavailable (exit code 3): the file cannot be created, opened or migrated.
public struct StoreUnavailable: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    /// What kind of database failure it was, when SQLite said.
    public var kind: StoreFailureKind? = nil
    /// Why the file or its folder could not be used, when the system said.
    public var cause: FileErrorCause? = nil
    /// SQLite's primary result code, when SQLite failed in a way `kind` does not name.
    public var databaseCode: Int32? = nil
    public var description: String { "store \(path): \(reason)" }
}

/// No store at the path a command that only reads was given (exit code 3).
public struct StoreMissing: Error, Sendable, Equatable {
    public var path: String
}

/// The store path is a database URL (`postgresql://…`), which this build cannot open (exit code 3).
public struct StoreURL: Error, Sendable, Equatable {
    public var path: String
    public var scheme: String

    /// The URL scheme of `path` (`postgresql`, `mysql`, `sqlite`…), nil for a file path.
    public static func scheme(of path: String) -> String? {
        guard let range = path.range(of: "://") else { return nil }
        let scheme = path[..<range.lowerBound]
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" }) else { return nil }
        return String(scheme)
    }
}

/// The store (or its folder) is there but this user may not read it (exit code 3).
public struct StoreNotReadable: Error, Sendable, Equatable {
    public var path: String
}

/// The store exists but this user may not write it, and the command needs to (exit code 3).
public struct StoreNotWritable: Error, Sendable, Equatable {
    public var path: String
    public var reason: ReadOnlyReason
}

/// One SQLite file in WAL mode: many readers (dashboards), one writer (imports) at a time.
/// Writers from other processes wait on SQLite's busy timeout instead of failing at once.
public final class XuexiStore: Sendable {
    // MARK: Connections: only the store's own files (Store/) use these. Everything else calls
    // the domain operations in the `XuexiStore+<Family>.swift` files, so SQL stays here and
    // another backend can implement the same operations. (To become private once the import
    // has moved its SQL behind operations too.)
    let writer: any DatabaseWriter
    var reader: any DatabaseReader { writer }

    /// The file path, or nil for an in-memory store (tests); a replica's store-of-record URL.
    public let path: String?
    /// The SQLite file itself (a replica's local file), for a second connection to it.
    let filePath: String?
    /// Read-write, or read-only and why (`--read-only`, file modes).
    public let access: StoreAccess
    /// The roster's names and letter sets for `searchLearners`, built on its first search.
    let learnerSearch = LearnerSearchCache()
    /// The replica's store of record (`StoreReplication`), nil for a plain SQLite store.
    public let replication: (any StoreReplication)?
    let writeScope = WriteScopeDepth()

    init(
        writer: any DatabaseWriter, path: String?, access: StoreAccess = .readWrite,
        replication: (any StoreReplication)? = nil, filePath: String? = nil
    ) {
        self.writer = writer
        self.path = path
        self.filePath = filePath ?? path
        self.access = access
        self.replication = replication
    }

    /// How long a write waits for another process's write to end before it fails as "busy":
    /// 30 s, or `$XUEXI_DASH_BUSY_TIMEOUT` seconds (a cron job that should give up sooner).
    package static func busyTimeout(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        -> TimeInterval
    {
        guard let text = environment["XUEXI_DASH_BUSY_TIMEOUT"], let seconds = Double(text), seconds >= 0 else {
            return 30
        }
        return seconds
    }

    static func configuration(readonly: Bool = false) -> Configuration {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout())
        config.readonly = readonly
        // Two cores: more readers only add page caches, not speed.
        config.maximumReaderCount = 2
        config.prepareDatabase { db in
            // NORMAL is durable across application crashes in WAL mode and keeps a 570,000-row
            // day import within budget; a power loss can lose at most the last transaction.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // The writer gets a large page cache for imports; readers (the dashboard's) a small
            // one each, which kept a city dashboard at ~155 MiB peak instead of growing past 300.
            try db.execute(sql: db.configuration.readonly ? "PRAGMA cache_size = -2048" : "PRAGMA cache_size = -65536")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        return config
    }

    /// Opens the store at `path` only if it exists: commands that only read must not
    /// create a store (or its folder) from a typo. Throws `StoreMissing` otherwise.
    /// A store this user cannot write, or any store with `readOnly`, opens read-only.
    public static func openExisting(path: String, readOnly: Bool = false) throws -> XuexiStore {
        try refuseURL(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            // A folder this user may not enter hides the file: say that, not "no store".
            let folder = (path as NSString).deletingLastPathComponent
            if FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder),
                !FileManager.default.isExecutableFile(atPath: folder.isEmpty ? "." : folder)
            {
                throw StoreNotReadable(path: path)
            }
            throw StoreMissing(path: path)
        }
        if isDirectory.boolValue { throw StoreUnavailable(path: path, reason: "is a folder", cause: .isDirectory) }
        guard FileManager.default.isReadableFile(atPath: path) else { throw StoreNotReadable(path: path) }
        switch StoreAccess.probe(path: path, requested: readOnly) {
        case .readWrite: return try open(path: path)
        case .readOnly(let reason, let live): return try openReadOnly(path: path, reason: reason, liveRefresh: live)
        }
    }

    /// A database URL is not a file path: say so rather than create a folder named `postgresql:`.
    static func refuseURL(_ path: String) throws {
        if let scheme = StoreURL.scheme(of: path) { throw StoreURL(path: path, scheme: scheme) }
    }

    /// Opens (creating on first use, readable by its owner only) the store at `path`, for
    /// writing: an existing store this user cannot write throws `StoreNotWritable`.
    public static func open(path: String) throws -> XuexiStore {
        try refuseURL(path)
        if FileManager.default.fileExists(atPath: path),
            case .readOnly(let reason, _) = StoreAccess.probe(path: path, requested: false)
        {
            throw StoreNotWritable(path: path, reason: reason)
        }
        let url = URL(fileURLWithPath: path)
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreUnavailable(
                path: path, reason: "cannot create its directory", cause: FileErrorCause(error) ?? .other(code: 0))
        }
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw StoreUnavailable(path: path, reason: "is a folder", cause: .isDirectory)
        }
        if !fileManager.fileExists(atPath: path) {
            // Created before SQLite touches it so it is never world-readable, even briefly.
            guard fileManager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                let folder = url.deletingLastPathComponent().path
                throw StoreUnavailable(
                    path: path, reason: "cannot create the file",
                    cause: Glibc.access(folder, W_OK) == 0 ? .other(code: 0) : FileErrorCause(errno: errno))
            }
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration())
            try StoreSchema.migrator().migrate(pool)
            return XuexiStore(writer: pool, path: path)
        } catch let error as DatabaseError {
            throw StoreUnavailable(
                path: path, reason: error.message ?? error.description, kind: StoreFailureKind(error),
                databaseCode: error.resultCode.primaryResultCode.rawValue)
        }
    }

    /// A private in-memory store, for tests and `--dry-run` style checks.
    public static func inMemory() throws -> XuexiStore {
        let queue = try DatabaseQueue(configuration: configuration())
        try StoreSchema.migrator().migrate(queue)
        return XuexiStore(writer: queue, path: nil)
    }

    /// The store path from `--store`, else `$XUEXI_DASH_STORE`, else the XDG data directory.
    public static func resolvePath(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        if let flag, !flag.isEmpty { return UserDirectories.expandTilde(flag, environment) }
        if let env = environment["XUEXI_DASH_STORE"], !env.isEmpty {
            return UserDirectories.expandTilde(env, environment)
        }
        let dataHome = UserDirectories.dataHome(environment)
        return (dataHome as NSString).appendingPathComponent("xuexi-dash/xuexi.sqlite")
    }

    /// Changes whenever another connection commits; the dashboard polls it to refresh live.
    public func dataVersion() throws -> Int {
        try reader.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }

    /// A stamp that changes with every committed import, readable cheaply by any process.
    public func changeStamp() throws -> Int64 {
        try reader.read { db in try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM import_record") ?? 0 }
    }
}

// MARK: - Meta values

extension XuexiStore {
    /// The parameters a demo store was built with (`DemoBuilder.signature`), if it is one.
    public func demoSignature() throws -> String? {
        try reader.read { db in try XuexiStore.meta(db, "demo.signature") }
    }

    public func setDemoSignature(_ signature: String) throws {
        try write { db in try XuexiStore.setMeta(db, "demo.signature", signature) }
    }

    static func meta(_ db: Database, _ key: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
    }

    static func setMeta(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
    }
}

/// The database failures a user can act on, told apart so messages can say what happened
/// and what to do instead of quoting SQLite.
public enum StoreFailureKind: Sendable, Equatable {
    case diskFull, busy, corrupt, readOnly

    init?(_ error: DatabaseError) {
        switch error.resultCode {
        case .SQLITE_FULL: self = .diskFull
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .corrupt
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN: self = .readOnly
        default: return nil
        }
    }

    /// The kind of `error` when it is a database failure of one of these kinds.
    public static func of(_ error: any Error) -> StoreFailureKind? {
        if let unavailable = error as? StoreUnavailable { return unavailable.kind }
        return (error as? DatabaseError).flatMap(StoreFailureKind.init)
    }

    /// SQLite's primary result code of any other database error (an I/O error, a full
    /// temporary folder…), so a message can name it without quoting SQLite's English.
    public static func otherDatabaseError(_ error: any Error) -> Int32? {
        guard let error = error as? DatabaseError, StoreFailureKind(error) == nil else { return nil }
        return error.resultCode.primaryResultCode.rawValue
    }
}
