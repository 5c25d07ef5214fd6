/// The per-learner facts that daily figures depend on, held in flat arrays indexed by the
/// learner's integer id (ids are dense, assigned by the store), so computing a day's
/// figures for 570,000 learners is a pass over arrays, not a join.
/// The store fills it (`XuexiStore+Directory.swift`) through `init(maxId:)` and `add`.
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

    /// An empty directory with room for ids up to `maxId`.
    public init(maxId: Int) {
        orgIndex = Array(repeating: -1, count: maxId + 1)
        registeredOn = Array(repeating: Self.alwaysRegistered, count: maxId + 1)
        activated = Array(repeating: false, count: maxId + 1)
        isParty = Array(repeating: false, count: maxId + 1)
        exists = Array(repeating: false, count: maxId + 1)
        hasMoves = Array(repeating: false, count: maxId + 1)
    }

    public var maxId: Int { orgIndex.count - 1 }

    /// Records one learner (`id` ≤ `maxId`); `registeredOn` nil means always registered.
    @inline(__always)
    public mutating func add(
        id: Int, orgIndex org: Int32, registeredOn day: Int?, activated isActivated: Bool,
        isParty party: Bool
    ) {
        orgIndex[id] = org
        if let day { registeredOn[id] = Int32(clamping: day) }
        activated[id] = isActivated
        isParty[id] = party
        exists[id] = true
        count += 1
    }

    /// Records a roster move; moves of one learner must come in ascending day order.
    public mutating func addMove(id: Int, from day: Int, orgIndex org: Int32) {
        moves[id, default: []].append((Int32(clamping: day), org))
        if id < hasMoves.count { hasMoves[id] = true }
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
