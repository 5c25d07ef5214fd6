import GRDB

/// The per-learner facts that daily figures depend on, held in flat arrays indexed by the
/// learner's integer id (ids are dense, assigned by the store), so computing a day's
/// figures for 570,000 learners is a pass over arrays, not a join.
public struct LearnerDirectory: Sendable {
    /// Sentinel for "no registration date known": such learners count from any day.
    public static let alwaysRegistered = Int32.min

    public private(set) var count: Int = 0
    /// Indexed by learner id (slot 0 unused). Tree index of the learner's current org, -1 if unknown.
    public private(set) var orgIndex: [Int32] = [-1]
    public private(set) var registeredOn: [Int32] = [alwaysRegistered]
    public private(set) var activated: [Bool] = [false]
    public private(set) var isParty: [Bool] = [false]
    public private(set) var exists: [Bool] = [false]
    /// Moves: learner id → (first day, tree index) in ascending day order.
    public private(set) var moves: [Int: [(from: Int32, orgIndex: Int32)]] = [:]
    /// True for learners with moves, so the common case skips the dictionary lookup.
    public private(set) var hasMoves: [Bool] = [false]

    public init() {}

    public var maxId: Int { orgIndex.count - 1 }

    public static func load(_ db: Database, tree: OrgTree) throws -> LearnerDirectory {
        try load(db, tree: tree, codes: nil)
    }

    /// The directory and the code index in one pass over the learner table (the import
    /// needs both; two scans of a city's 570,000 learners measured ~300 ms, one ~160 ms).
    static func loadWithCodes(_ db: Database, tree: OrgTree) throws -> (LearnerDirectory, LearnerCodeIndex) {
        var codes = LearnerCodeIndex()
        let directory = try load(db, tree: tree, codes: &codes)
        return (directory, codes)
    }

    private static func load(_ db: Database, tree: OrgTree, codes: UnsafeMutablePointer<LearnerCodeIndex>?) throws -> LearnerDirectory {
        var directory = LearnerDirectory()
        let maxId = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM learner") ?? 0
        directory.orgIndex = Array(repeating: -1, count: maxId + 1)
        directory.registeredOn = Array(repeating: alwaysRegistered, count: maxId + 1)
        directory.activated = Array(repeating: false, count: maxId + 1)
        directory.isParty = Array(repeating: false, count: maxId + 1)
        directory.exists = Array(repeating: false, count: maxId + 1)
        directory.hasMoves = Array(repeating: false, count: maxId + 1)
        var orgIdToIndex: [Int64: Int32] = [:]
        for (index, org) in tree.orgs.enumerated() { orgIdToIndex[org.id] = Int32(index) }
        // Org ids are small and dense: an array beats a dictionary lookup per learner.
        let maxOrgId = tree.orgs.map(\.id).max() ?? 0
        var orgIndexOfId = [Int32](repeating: -1, count: Int(maxOrgId) + 1)
        for (key, value) in orgIdToIndex { orgIndexOfId[Int(key)] = value }
        codes?.pointee = LearnerCodeIndex(capacity: maxId + maxId / 4 + 16)
        let query = try RawStatement(db, sql: "SELECT id, org_id, registered_on, activated, is_party, code FROM learner")
        try query.forEachRow(db) { row in
            let id = row.int(0)
            if let codes { row.withTextBytes(5) { codes.pointee.insert(bytes: $0, id: id) } }
            let orgId = row.int(1)
            directory.orgIndex[id] = orgId < orgIndexOfId.count ? orgIndexOfId[orgId] : -1
            if let day = row.optionalInt(2) { directory.registeredOn[id] = Int32(clamping: day) }
            directory.activated[id] = row.int(3) != 0
            directory.isParty[id] = row.int(4) != 0
            directory.exists[id] = true
            directory.count += 1
        }
        let moveRows = try Row.fetchCursor(db, sql: "SELECT learner_id, from_day, org_id FROM learner_move ORDER BY learner_id, from_day")
        while let row = try moveRows.next() {
            let id = Int(row[0] as Int64)
            directory.moves[id, default: []].append((Int32(row[1] as Int), orgIdToIndex[row[2] as Int64] ?? -1))
            if id < directory.hasMoves.count { directory.hasMoves[id] = true }
        }
        return directory
    }

    /// The learner's org on `day`, honouring roster moves so past days count where they were.
    @inline(__always)
    public func orgIndex(of id: Int, on day: Int) -> Int32 {
        guard hasMoves[id], let history = moves[id] else { return orgIndex[id] }
        var result = orgIndex[id]
        for move in history where Int(move.from) <= day { result = move.orgIndex }
        if let first = history.first, day < Int(first.from) { return first.orgIndex }
        return result
    }

    /// Registered on `day` (SPEC §4): registration date ≤ day and account activated.
    @inline(__always)
    public func isRegistered(_ id: Int, on day: Int) -> Bool {
        exists[id] && activated[id] && Int(registeredOn[id]) <= day
    }
}
