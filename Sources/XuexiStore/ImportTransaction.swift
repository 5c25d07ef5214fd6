import Foundation
import GRDB
import XuexiModel

/// Seconds per named phase of an import (plan, context, parse, write, aggregate, commit),
/// filled by both the importer and the store's transaction.
public final class PhaseTimes {
    public private(set) var seconds: [String: Double] = [:]

    public init() {}

    /// Runs `body`, adding its duration to `phase`.
    public func timed<T>(_ phase: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { add(phase, since: start) }
        return try body()
    }

    /// Adds the time since `start` (a `DispatchTime` uptime in nanoseconds) to `phase`.
    public func add(_ phase: String, since start: UInt64) {
        seconds[phase, default: 0] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    func set(_ phase: String, since start: UInt64) {
        seconds[phase] = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}

/// One import's write transaction: every domain read and write an import needs, and the
/// store state it keeps current (org tree, learner directory, learner codes) as it writes.
/// Created only by `XuexiStore.importTransaction`; the database connection stays inside.
/// The operations are grouped by table family in `XuexiStore+Points`, `+Learners`, `+Orgs`
/// and `+Imports`.
public final class ImportTransaction {
    let db: Database
    /// Reads on the other core; nil for in-memory stores.
    let side: SideReader?
    let phases: PhaseTimes
    public private(set) var tree: OrgTree
    public private(set) var directory: LearnerDirectory
    public internal(set) var learnerCodes: LearnerCodeIndex
    /// True once this transaction changed orgs or learners: every stored day's figures
    /// then need recomputing (`rebuildDailyFigures`).
    public internal(set) var rosterChanged = false
    /// Set once this transaction has written points: from then on only the writer
    /// connection sees the truth, so nothing more is read on the side.
    var wrotePoints = false
    /// The previous day's running sums, fetched on the side while a file is parsed.
    var prefetchedPrevious: (day: Int, value: BackgroundValue<PreviousDay>)?

    init(db: Database, side: SideReader?, phases: PhaseTimes) throws {
        self.db = db
        self.side = side
        self.phases = phases
        var tree = OrgTree(organizations: [])
        var directory = LearnerDirectory()
        var learnerCodes = LearnerCodeIndex()
        // The code index and the directory are independent scans: with a side connection
        // they run on both cores at once.
        let codes = side?.read { try LearnerCodeIndex.load($0) }
        try phases.timed("context.tree") { tree = try OrgTree.load(db) }
        if let codes {
            try phases.timed("context.learners") { directory = try LearnerDirectory.load(db, tree: tree) }
            try phases.timed("context.codes") { learnerCodes = try codes.value() }
        } else {
            try phases.timed("context.learners") {
                (directory, learnerCodes) = try LearnerDirectory.loadWithCodes(db, tree: tree)
            }
        }
        self.tree = tree
        self.directory = directory
        self.learnerCodes = learnerCodes
    }

    /// One past the largest learner id: the length of per-learner arrays.
    public var learnerCapacity: Int { directory.maxId + 1 }

    /// Re-reads the org tree and the directory after org writes.
    func reloadTree() throws {
        tree = try OrgTree.load(db)
        try reloadDirectory()
    }

    func reloadDirectory() throws {
        directory = try LearnerDirectory.load(db, tree: tree)
    }
}

extension XuexiStore {
    /// Runs `body` in one IMMEDIATE transaction, so a set of files commits whole or changes
    /// nothing (SPEC §3); a dry run rolls back at the end. Times "context" and "commit".
    public func importTransaction<T>(
        dryRun: Bool, phases: PhaseTimes,
        _ body: (ImportTransaction) throws -> T
    ) throws -> T {
        var result: T?
        var commitStarted: UInt64 = 0
        try writeOutsideTransaction { db in
            try db.inTransaction(.immediate) {
                let transaction = try phases.timed("context") {
                    try ImportTransaction(db: db, side: SideReader(store: self), phases: phases)
                }
                result = try body(transaction)
                commitStarted = DispatchTime.now().uptimeNanoseconds
                return dryRun ? .rollback : .commit
            }
        }
        phases.set("commit", since: commitStarted)
        return result!
    }
}
