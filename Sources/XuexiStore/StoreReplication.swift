import Foundation
import GRDB

/// A store of record elsewhere (PostgreSQL) that this SQLite file is a replica of. Every
/// figure is still computed from the replica by the operations in this target; the store
/// of record only decides what the replica holds (its row-level scopes) and orders writes.
///
/// A write scope is one transaction at the store of record: `beginWrite` takes its write
/// lock and brings the replica up to date, the operations write the replica as usual, and
/// `endWrite` sends the rows they changed in one transaction and releases the lock.
public protocol StoreReplication: AnyObject, Sendable {
    func beginWrite(_ store: XuexiStore) throws
    /// `committed` is false when the operations threw: the replica is then put back as the
    /// store of record has it, and nothing is sent.
    func endWrite(_ store: XuexiStore, committed: Bool) throws
    /// Where the store of record is, without a password, for messages and the header.
    var location: String { get }
    /// How the last write scope went at the store of record, phase by phase in seconds
    /// (`import --timings` prints them): catching up, sending, and what was sent.
    var lastWriteTimings: [String: Double] { get }
    /// True when this user may see and write only part of the store (a secretary's role):
    /// whole-store writes such as re-deriving every day are not theirs to make.
    var isScoped: Bool { get }
}

/// Nesting depth of write scopes on this store, so only the outermost one sends.
final class WriteScopeDepth: @unchecked Sendable {
    let lock = NSRecursiveLock()
    var depth = 0
}

extension XuexiStore {
    /// Runs `body` as one write at the store of record (see `StoreReplication`); for a
    /// plain SQLite store it just runs `body`. Scopes nest: an import and the alert
    /// evaluation after it are sent together.
    public func replicatedWrite<T>(_ body: () throws -> T) throws -> T {
        guard let replication else { return try body() }
        writeScope.lock.lock()
        defer { writeScope.lock.unlock() }
        writeScope.depth += 1
        defer { writeScope.depth -= 1 }
        if writeScope.depth > 1 { return try body() }
        try replication.beginWrite(self)
        let result: T
        do {
            result = try body()
        } catch {
            try? replication.endWrite(self, committed: false)
            throw error
        }
        try replication.endWrite(self, committed: true)
        return result
    }

    /// This store's file opened as the replica of `replication` (`XuexiStorePostgres`).
    package func replica(of replication: any StoreReplication, readOnly: Bool) -> XuexiStore {
        XuexiStore(
            writer: writer, path: replication.location,
            access: readOnly ? .readOnly(.requested, liveRefresh: true) : access, replication: replication,
            filePath: filePath)
    }

    /// The connection every write of this process goes through: the replication installs
    /// its change capture on it.
    package var writeConnection: any DatabaseWriter { writer }
}

extension XuexiStore {
    /// `writer.write` inside a write scope: every write operation of the store goes through here.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        try replicatedWrite { try writer.write(updates) }
    }

    /// `writer.writeWithoutTransaction` inside a write scope.
    func writeOutsideTransaction<T>(_ updates: (Database) throws -> T) throws -> T {
        try replicatedWrite { try writer.writeWithoutTransaction(updates) }
    }
}

/// A store of record (PostgreSQL) that cannot be used (exit code 3): no connection, no store there,
/// or the server refused; `failure` says which, with the server's own message.
public struct StoreOfRecordError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Failure: Sendable, Equatable {
        /// The server could not be reached or refused the login.
        case cannotConnect(String)
        /// The database has no XuexiDash store (a command that only reads never creates one).
        case noStore
        /// The store was made by a program whose tables differ from this one's.
        case schemaMismatch(stored: String, expected: String)
        /// A statement failed: permission denied, a lost connection…
        case server(String)
    }
    public var location: String
    public var failure: Failure
    public var description: String { "store \(location): \(failure)" }

    public init(location: String, failure: Failure) {
        self.location = location
        self.failure = failure
    }
}
