import Foundation
import GRDB
import PostgresNIO
import Synchronization
import XuexiStore

/// A PostgreSQL store of record with a local SQLite replica (`StoreReplication`).
///
/// The replica holds what the connected role may read (row-level security cuts it) and
/// every command reads it with the same code as a plain SQLite store, so the figures are the
/// same by construction. Writes take the store's advisory lock, catch the replica up, run
/// as on SQLite while triggers note the parts they change, then send those parts in one
/// PostgreSQL transaction that ends with `NOTIFY xuexi_changed`. Open dashboards LISTEN and
/// fetch the parts written since they last looked.
public final class PostgresReplica: StoreReplication, @unchecked Sendable {
    let place: PostgresLocation
    let session: PostgresSession
    let file: ReplicaFile
    let tables: [MirrorTable]
    /// True when the server applies no row-level security to this role (the store's owner,
    /// a superuser): it may COPY, which PostgreSQL refuses under row-level security.
    let bypassesScopes: Bool
    public let isScoped: Bool
    /// Held by a write scope and by every pull: one at a time in this process.
    let syncLock = NSRecursiveLock()
    private var following = false
    /// True while the listener's LISTEN is in place (tests wait for it).
    package let listening = Mutex(false)
    private var timings: [String: Double] = [:]
    /// The session's connection count when this write took the advisory lock: a
    /// reconnection since then lost the lock, and the send refuses.
    var writeGeneration = 0
    let storeId: String
    let scope: String
    public var lastWriteTimings: [String: Double] {
        syncLock.lock()
        defer { syncLock.unlock() }
        return timings
    }

    public var location: String { place.display }
    /// The local SQLite replica's file.
    public var replicaPath: String { file.path }

    init(
        place: PostgresLocation, session: PostgresSession, file: ReplicaFile, tables: [MirrorTable], bypass: Bool,
        scoped: Bool, storeId: String, scope: String
    ) {
        self.storeId = storeId
        self.scope = scope
        self.isScoped = scoped
        self.place = place
        self.session = session
        self.file = file
        self.tables = tables
        self.bypassesScopes = bypass
    }

    /// Opens the store at `url`: creates it in the database when `create` (import, demo,
    /// watch) and there is none, else a database without a store is `StoreOfRecordError.noStore`.
    public static func openStore(
        url: String, create: Bool, readOnly: Bool = false,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> XuexiStore {
        let place = try PostgresLocation(parsing: url, environment: environment)
        let session = try PostgresSession.connect(place)
        // The advisory lock waits as long as SQLite's busy timeout would (capped at a day).
        session.settings = ["SET lock_timeout = '\(Int(min(XuexiStore.busyTimeout(environment), 86_400)))s'"]
        try session.execute(session.settings[0])
        let tables = try MirrorTable.current()
        if try !PostgresSchema.exists(session) {
            guard create else { throw StoreOfRecordError(location: place.display, failure: .noStore) }
            try PostgresSchema.create(session, tables: tables)
        }
        let identity = try PostgresSchema.identity(session)
        let expected = PostgresSchema.signature(tables)
        guard identity.schema == expected else {
            throw StoreOfRecordError(
                location: place.display, failure: .schemaMismatch(stored: identity.schema, expected: expected))
        }
        let bypass =
            try session.strings(
                """
                SELECT (r.rolsuper OR r.rolbypassrls OR c.relowner = r.oid)::text
                FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.oid = 'org'::regclass
                """
            ).first == "true"
        let scoped =
            try !bypass && session.strings("SELECT (NOT xuexi_whole_store(current_user))::text").first != "false"
        let scope = bypass ? "owner" : ((try? session.strings("SELECT xuexi_my_grant()").first) ?? nil) ?? "none"
        let path = try ReplicaLocation.path(for: place, environment: environment)
        let (local, reset) = try ReplicaLocation.prepare(path: path, storeId: identity.storeId, scope: scope)
        let replica = PostgresReplica(
            place: place, session: session, file: local, tables: tables, bypass: bypass, scoped: scoped,
            storeId: identity.storeId, scope: scope)
        let store = try XuexiStore.open(path: path)
        if reset { try replica.reset() }
        try replica.pull()
        try ReplicaCapture.install(on: store, tables: tables)
        return store.replica(of: replica, readOnly: readOnly)
    }

    // MARK: StoreReplication

    public func beginWrite(_ store: XuexiStore) throws {
        syncLock.lock()
        let started = Date()
        timings = [:]
        do {
            try session.execute("SELECT pg_advisory_lock(\(PostgresSchema.writeLock))")
            writeGeneration = session.generation
            do {
                // A write in another process sharing this replica died before sending: what it
                // left here never reached the server, so this write must not send it along.
                if let writer = try file.text("SELECT value FROM replica_state WHERE key = 'writing'").flatMap({
                    Int32($0)
                }), writer != getpid(), kill(writer, 0) != 0 {
                    try reset()
                }
                try pull()
                try file.execute(
                    "INSERT OR REPLACE INTO replica_state (key, value) VALUES ('writing', '\(getpid())')")
                try ReplicaCapture.clear(store, tables: tables)
            } catch {
                try? session.execute("SELECT pg_advisory_unlock(\(PostgresSchema.writeLock))")
                throw error
            }
        } catch {
            syncLock.unlock()
            throw error
        }
        timings["pg.lock+catch-up"] = Date().timeIntervalSince(started)
    }

    public func endWrite(_ store: XuexiStore, committed: Bool) throws {
        defer {
            try? session.execute("SELECT pg_advisory_unlock(\(PostgresSchema.writeLock))")
            syncLock.unlock()
        }
        let dirty = try ReplicaCapture.parts(store, tables: tables)
        var failure: (any Error)?
        if committed && !dirty.isEmpty {
            let started = Date()
            do { try push(dirty, from: store) } catch { failure = error }
            timings["pg.send"] = Date().timeIntervalSince(started)
            timings["pg.send.parts"] = Double(dirty.values.reduce(0) { $0 + $1.count })
        }
        if !committed || failure != nil, !dirty.isEmpty {
            // Put back what the store of record holds for the parts written here; noted
            // first, so a pull that fails now is made by the next one. The write's own
            // failure is what the user is told.
            do {
                try noteUnsent(dirty)
                try pull()
            } catch {
                if failure == nil { failure = error }
            }
        }
        try? ReplicaCapture.clear(store, tables: tables)
        if (try? file.execute("DELETE FROM replica_state WHERE key = 'writing'")) == nil, failure == nil {
            failure = StoreOfRecordError(location: location, failure: .server("replica bookkeeping"))
        }
        if let failure { throw failure }
    }

    /// Empties the replica in place (another store, another scope, a crashed write), so the
    /// next pull fetches everything.
    func reset() throws {
        syncLock.lock()
        defer { syncLock.unlock() }
        try file.execute("BEGIN IMMEDIATE")
        do {
            for table in tables { try file.execute("DELETE FROM \(quote(table.name))") }
            try file.execute("DELETE FROM replica_state; DELETE FROM replica_unsent")
            try file.execute(
                "INSERT INTO replica_state VALUES ('store_id', \(literal(storeId))), ('scope', \(literal(scope))), ('rev', '0')"
            )
            try file.execute("COMMIT")
        } catch {
            try? file.execute("ROLLBACK")
            throw error
        }
    }

    func noteUnsent(_ parts: [String: [String]]) throws {
        let insert = try file.prepare("INSERT OR IGNORE INTO replica_unsent (tbl, part) VALUES (?, ?)")
        for (table, keys) in parts {
            for key in keys {
                insert.bind(1, table)
                insert.bind(2, key)
                try insert.step()
                insert.reset()
            }
        }
    }

    /// Starts fetching what other clerks write as soon as the server announces it (LISTEN),
    /// for the dashboard and `watch`; once per process.
    public func followChanges() {
        syncLock.lock()
        defer { syncLock.unlock() }
        guard !following else { return }
        following = true
        let thread = Thread { [self] in ChangeListener(replica: self).run() }
        thread.name = "xuexi-postgres-listen"
        thread.start()
    }
}

extension XuexiStore {
    /// Starts live updates when this store is a PostgreSQL replica (no-op otherwise).
    public func followStoreOfRecord() {
        (replication as? PostgresReplica)?.followChanges()
    }
}
