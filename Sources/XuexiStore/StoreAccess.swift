import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#endif

/// Why a store was opened read-only.
public enum ReadOnlyReason: String, Sendable, Equatable {
    /// `--read-only` or `XUEXI_DASH_READ_ONLY`.
    case requested
    /// The user may not write the database file (or its `-wal`/`-shm` files).
    case fileNotWritable
    /// The user may write the file but not its folder, where SQLite creates `-wal` and `-shm`.
    case folderNotWritable
}

/// How this process may use the store it opened.
public enum StoreAccess: Sendable, Equatable {
    case readWrite
    /// Read-only. `liveRefresh` is false when SQLite had to open the file immutable (the
    /// folder is not writable and no `-shm` file exists to share): other processes' imports
    /// are then not seen until the store is opened again.
    case readOnly(ReadOnlyReason, liveRefresh: Bool)

    public var isReadOnly: Bool { self != .readWrite }

    /// The reason when read-only, nil when writable.
    public var readOnlyReason: ReadOnlyReason? {
        if case .readOnly(let reason, _) = self { return reason }
        return nil
    }

    /// False only for an immutable read-only store, whose changes this process cannot see.
    public var liveRefresh: Bool {
        if case .readOnly(_, let live) = self { return live }
        return true
    }

    /// What this process may do with the store file at `path` (which exists): root passes
    /// every check, so the answer follows `access(2)` as the kernel applies it to this user.
    static func probe(path: String, requested: Bool) -> StoreAccess {
        let folder = (path as NSString).deletingLastPathComponent
        let folderWritable = access(folder.isEmpty ? "." : folder, W_OK | X_OK) == 0
        // SQLite needs to write `-wal` and `-shm` beside the file: existing ones, or new ones in the folder.
        func sideWritable(_ suffix: String) -> Bool {
            FileManager.default.fileExists(atPath: path + suffix)
                ? access(path + suffix, R_OK | W_OK) == 0 : folderWritable
        }
        let fileWritable = access(path, R_OK | W_OK) == 0
        let sidesWritable = sideWritable("-wal") && sideWritable("-shm")
        if !requested && fileWritable && sidesWritable { return .readWrite }
        let reason: ReadOnlyReason =
            if requested { .requested } else if fileWritable && !folderWritable { .folderNotWritable } else {
                // The file itself, or its `-wal`/`-shm` left by another user.
                .fileNotWritable
            }
        // A read-only connection shares the writers' `-wal`/`-shm` when they exist and are
        // readable. It creates them only on a store it could write (`--read-only`): a `-shm`
        // created by someone who may not write the store would carry its creator's owner and
        // the file's mode, and could then lock the owner's imports out. Otherwise immutable.
        let shared =
            (folderWritable && fileWritable)
            || (access(path + "-shm", R_OK) == 0 && access(path + "-wal", R_OK) == 0)
        return .readOnly(reason, liveRefresh: shared)
    }
}

/// The store's schema is older than this program and the store is open read-only, so it
/// cannot be brought up to date here (exit code 3): its owner has to open it once.
public struct StoreNeedsUpgrade: Error, Sendable, Equatable {
    public var path: String
}

extension XuexiStore {
    /// Opens an existing store read-only: sharing the writers' `-shm` when possible (live
    /// refresh works), else immutable (`?immutable=1`), which needs no file beside it.
    static func openReadOnly(path: String, reason: ReadOnlyReason, liveRefresh: Bool) throws -> XuexiStore {
        let config = configuration(readonly: true)
        func open(_ target: String, live: Bool) throws -> XuexiStore {
            let pool = try DatabasePool(path: target, configuration: config)
            guard try pool.read({ try StoreSchema.migrator().hasCompletedMigrations($0) }) else {
                throw StoreNeedsUpgrade(path: path)
            }
            return XuexiStore(writer: pool, path: path, access: .readOnly(reason, liveRefresh: live))
        }
        do {
            if liveRefresh {
                do { return try open(path, live: true) } catch let error as DatabaseError
                    where [.SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM].contains(error.resultCode)
                {
                    // e.g. a `-shm` left behind that this user may not lock: fall back to immutable.
                }
            }
            return try open(immutableURI(path), live: false)
        } catch let error as DatabaseError {
            throw StoreUnavailable(
                path: path, reason: error.message ?? error.description, kind: StoreFailureKind(error),
                databaseCode: error.resultCode.primaryResultCode.rawValue)
        }
    }

    /// A `file:` URI that opens `path` read-only and immutable (SQLite built with URI
    /// filenames, as Debian's and Apple's are).
    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let encoded = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        return "file:\(encoded)?mode=ro&immutable=1"
    }
}
