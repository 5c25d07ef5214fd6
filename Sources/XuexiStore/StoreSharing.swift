import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What `store share --group` changed, for the command to report.
public struct StoreShareResult: Sendable, Equatable {
    /// Each file or folder changed, with its new mode (`0o2770`, `0o660`…).
    public var changed: [(path: String, mode: UInt16)]
    /// Folders above the store that members of the group cannot pass through (no `x` for
    /// them), so they cannot reach the store until the owner moves it or opens the folder.
    public var unreachableFolders: [String]

    public static func == (lhs: StoreShareResult, rhs: StoreShareResult) -> Bool {
        lhs.changed.map(\.path) == rhs.changed.map(\.path) && lhs.changed.map(\.mode) == rhs.changed.map(\.mode)
            && lhs.unreachableFolders == rhs.unreachableFolders
    }
}

/// A Unix call failed while sharing the store (exit code 3): which file, which call, errno.
public struct StoreShareFailed: Error, Sendable, Equatable {
    public var path: String
    public var call: String
    public var errorNumber: Int32
    public var systemMessage: String { String(cString: strerror(errorNumber)) }
}

extension XuexiStore {
    /// Makes the SQLite store at `path` usable by every member of the group `groupID`: the
    /// folder becomes group-owned, group-writable and setgid (new files inherit the group),
    /// the database and its `-wal`/`-shm`/`-journal` files group-owned and group-writable.
    /// SQLite creates later `-wal`/`-shm` files with the database file's mode (it calls
    /// `fchmod` after `open`, so the creator's umask does not matter) and the setgid folder
    /// gives them the group, so another member's import leaves files every member can write.
    /// Other users' permission bits are left as they are.
    public static func share(path: String, groupID: gid_t) throws -> StoreShareResult {
        let folder = (path as NSString).deletingLastPathComponent
        var changed: [(path: String, mode: UInt16)] = []
        func apply(_ target: String, adding bits: mode_t) throws {
            var info = stat()
            guard stat(target, &info) == 0 else {
                throw StoreShareFailed(path: target, call: "stat", errorNumber: errno)
            }
            guard chown(target, uid_t.max, groupID) == 0 else {
                throw StoreShareFailed(path: target, call: "chown", errorNumber: errno)
            }
            let mode = (info.st_mode & 0o7777) | bits
            guard chmod(target, mode) == 0 else {
                throw StoreShareFailed(path: target, call: "chmod", errorNumber: errno)
            }
            changed.append((target, UInt16(mode)))
        }
        try apply(folder.isEmpty ? "." : folder, adding: S_ISGID | 0o070)
        for suffix in ["", "-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: path + suffix) {
            try apply(path + suffix, adding: 0o060)
        }
        return StoreShareResult(
            changed: changed, unreachableFolders: unreachableFolders(above: folder, groupID: groupID))
    }

    /// The folders from `/` down to `folder` that a member of `groupID` (not their owner)
    /// cannot search: home folders are often `drwx------`.
    static func unreachableFolders(above folder: String, groupID: gid_t) -> [String] {
        let absolute = URL(fileURLWithPath: folder).standardizedFileURL.path
        var result: [String] = []
        var current = "/"
        for component in absolute.split(separator: "/").dropLast() {
            current = (current as NSString).appendingPathComponent(String(component))
            var info = stat()
            guard stat(current, &info) == 0 else { continue }
            let searchable = info.st_gid == groupID ? info.st_mode & 0o010 != 0 : info.st_mode & 0o001 != 0
            if !searchable { result.append(current) }
        }
        return result
    }
}
