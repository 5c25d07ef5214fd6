import Foundation
import XuexiModel
import XuexiStore

/// Reads figures for any org subtree and period from the per-org daily aggregates the
/// import maintains; never scans points rows for org figures. The tree and learner
/// directory are cached until the store changes (another import commits).
public final class Metrics: @unchecked Sendable {
    public let store: XuexiStore
    public let configuration: AppConfiguration
    private let lock = NSLock()
    private var cached: Snapshot?

    /// The slowly changing context every query needs.
    public struct Snapshot: @unchecked Sendable {
        public let stamp: Int64
        public let tree: OrgTree
        public let directory: LearnerDirectory
        public let expected: [Int?]
        public let partyMembers: [Int?]
        /// Days with data, ascending.
        public let dataDays: [Day]
        /// Store-wide unique unit names (alerts, dialogs); reports name units below their scope.
        public let names: UnitNames
        let orgIndexById: [Int64: Int]
        /// Each org's names from the top of the tree down (`OrgTree.path(of:)`'s names), built
        /// once per tree: a city's table lists 9,600 of them on every call.
        let namePaths: [[String]]
    }

    public init(store: XuexiStore, configuration: AppConfiguration = AppConfiguration()) {
        self.store = store
        self.configuration = configuration
    }

    /// The current snapshot, reloaded when an import has committed since the last one.
    public func snapshot() throws -> Snapshot {
        let stamp = try store.changeStamp()
        lock.lock()
        defer { lock.unlock() }
        if let cached, cached.stamp == stamp { return cached }
        let context = try store.figuresContext()
        var indexById: [Int64: Int] = [:]
        indexById.reserveCapacity(context.tree.count)
        var namePaths: [[String]] = []
        namePaths.reserveCapacity(context.tree.count)
        for (index, org) in context.tree.orgs.enumerated() {
            indexById[org.id] = index
            // Preorder: a parent's path is already there.
            let parent = context.tree.parentIndex[index]
            namePaths.append((parent >= 0 ? namePaths[parent] : []) + [org.name])
        }
        let snapshot = Snapshot(
            stamp: stamp, tree: context.tree, directory: context.directory,
            expected: context.tree.expected(), partyMembers: context.tree.partyMembers(),
            dataDays: context.dataDays, names: context.tree.unitNames(scope: nil), orgIndexById: indexById,
            namePaths: namePaths)
        cached = snapshot
        return snapshot
    }

    /// Forgets the cache (the dashboard calls this when the store's `dataVersion()` moves).
    public func invalidate() {
        lock.lock()
        cached = nil
        lock.unlock()
    }

    public func latestDay() throws -> Day? { try snapshot().dataDays.last }

    func scopeIndex(_ scope: String?, in tree: OrgTree) throws -> Int? {
        guard let scope else { return nil }
        guard let index = tree.index(ofCode: scope) else { throw UnknownOrganization(code: scope) }
        return index
    }

    // MARK: - Daily figures

    /// An org's figures on one day; nil when the store has no data for that day.
    public func dailyFigures(orgCode: String, day: Day) throws -> DailyFigures? {
        let snapshot = try snapshot()
        guard let index = snapshot.tree.index(ofCode: orgCode) else { throw UnknownOrganization(code: orgCode) }
        return try store.orgDayFigures(orgId: snapshot.tree.orgs[index].id, day: day)
    }

    /// An org's daily figures over the `count` calendar days ending on `day` (nil where no data),
    /// for sparklines and the branch chart.
    public func series(orgCode: String, endingOn day: Day, count: Int = 30) throws -> [DailyFigures?] {
        let snapshot = try snapshot()
        guard let index = snapshot.tree.index(ofCode: orgCode) else { throw UnknownOrganization(code: orgCode) }
        let first = day.adding(-(count - 1))
        var result = [DailyFigures?](repeating: nil, count: count)
        for figures in try store.orgDayFigures(orgId: snapshot.tree.orgs[index].id, from: first, through: day) {
            result[figures.day.number - first.number] = figures
        }
        return result
    }

    /// Activity-rate series for many orgs at once (one query), keyed by org code.
    public func activitySeries(orgCodes: [String], endingOn day: Day, count: Int) throws -> [String: [Double?]] {
        let snapshot = try snapshot()
        let ids = orgCodes.compactMap { snapshot.tree.index(ofCode: $0) }.map { snapshot.tree.orgs[$0].id }
        guard !ids.isEmpty else { return [:] }
        let first = day.adding(-(count - 1))
        var result: [String: [Double?]] = [:]
        for code in orgCodes { result[code] = Array(repeating: nil, count: count) }
        for row in try store.orgDayActivity(orgIds: ids, from: first, through: day) {
            guard let index = snapshot.orgIndexById[row.orgId] else { continue }
            let code = snapshot.tree.orgs[index].code
            result[code]?[row.day.number - first.number] = Figures.ratio(row.active, row.registered)
        }
        return result
    }

    // MARK: - Org table

    /// Every org of the scope's subtree with its figures for the period and its rank among
    /// siblings (with the previous period's rank for ▲/▼).
    public func orgTable(period: Period, scope: String? = nil) throws -> OrgTable {
        let snapshot = try snapshot()
        let tree = snapshot.tree
        let scopeIndex = try scopeIndex(scope, in: tree)
        let current = try periodFigures(period, snapshot: snapshot)
        let previous = try periodActivityRates(period.previous, snapshot: snapshot)
        let registration = (0..<tree.count).map { index in
            current.rows[index].last?.registrationRate(
                expected: snapshot.expected[index], partyMembers: snapshot.partyMembers[index],
                base: configuration.registrationBase)
        }
        let ranks = Metrics.siblingRanks(current.rows.map(\.activityRate), tree: tree)
        let registrationRanks = Metrics.siblingRanks(registration, tree: tree)
        let pointsRanks = Metrics.siblingRanks(current.rows.map(\.averagePoints), tree: tree)
        let previousRanks = Metrics.siblingRanks(previous, tree: tree)

        let range = scopeIndex.map { tree.subtree(of: $0) } ?? 0..<tree.count
        let baseDepth = scopeIndex.map { tree.depth[$0] } ?? 0
        var rows: [OrgFigures] = []
        rows.reserveCapacity(range.count)
        for index in range {
            let parent = tree.parentIndex[index]
            let figures = current.rows[index]
            let stock = figures.last
            rows.append(
                OrgFigures(
                    code: tree.orgs[index].code, name: tree.orgs[index].name, path: snapshot.namePaths[index],
                    parentCode: parent >= 0 ? tree.orgs[parent].code : nil,
                    depth: tree.depth[index] - baseDepth, hasChildren: !tree.childIndices[index].isEmpty,
                    daysWithData: figures.days, listed: stock?.listed ?? 0, registered: stock?.registered ?? 0,
                    expected: snapshot.expected[index], partyMembers: snapshot.partyMembers[index],
                    registrationRate: registration[index],
                    partyCoverage: stock?.partyCoverage(partyMembers: snapshot.partyMembers[index]),
                    active: figures.meanActive, activityRate: figures.activityRate,
                    averagePoints: figures.averagePoints,
                    clubs: stock?.clubs ?? configuration.clubs.map { ClubCount(threshold: $0) },
                    partyListed: stock?.partyListed ?? 0, partyRegistered: stock?.partyRegistered ?? 0,
                    partyActive: figures.meanPartyActive, partyActivityRate: figures.partyActivityRate,
                    rank: ranks.rank[index], siblingCount: ranks.siblings[index],
                    previousRank: previousRanks.rank[index],
                    activityBehind: ranks.behind[index], registrationRank: registrationRanks.rank[index],
                    registrationBehind: registrationRanks.behind[index], pointsRank: pointsRanks.rank[index],
                    pointsBehind: pointsRanks.behind[index]))
        }
        return OrgTable(period: period, scopeCode: scope, rows: rows, lastDataDay: current.lastDay)
    }

    /// Means over the period's days with data, per org (indexed like the tree).
    struct PeriodFigures {
        struct OrgPeriod {
            var days = 0
            var meanActive: Double?
            var activityRate: Double?
            var averagePoints: Double?
            var partyActivityRate: Double?
            var meanPartyActive: Double?
            var last: DailyFigures?
        }
        var rows: [OrgPeriod]
        var lastDay: Day?
    }

    func periodFigures(_ period: Period, snapshot: Snapshot) throws -> PeriodFigures {
        let tree = snapshot.tree
        var rows = Array(repeating: PeriodFigures.OrgPeriod(), count: tree.count)
        let lastDay = snapshot.dataDays.last { $0 >= period.first && $0 <= period.last }
        guard let lastDay else { return PeriodFigures(rows: rows, lastDay: nil) }
        if period.first == period.last {
            for row in try store.orgDayFigures(on: lastDay) {
                guard let index = snapshot.orgIndexById[row.orgId] else { continue }
                let figures = row.figures
                rows[index] = PeriodFigures.OrgPeriod(
                    days: 1, meanActive: Double(figures.active),
                    activityRate: figures.activityRate,
                    averagePoints: figures.averagePoints, partyActivityRate: figures.partyActivityRate,
                    meanPartyActive: Double(figures.partyActive), last: figures)
            }
            return PeriodFigures(rows: rows, lastDay: lastDay)
        }
        let (means, last) = try store.orgPeriodFigures(from: period.first, through: period.last, lastDay: lastDay)
        for mean in means {
            guard let index = snapshot.orgIndexById[mean.orgId] else { continue }
            rows[index].days = mean.days
            rows[index].meanActive = mean.meanActive
            rows[index].activityRate = mean.activityRate
            rows[index].averagePoints = mean.averagePoints
            rows[index].partyActivityRate = mean.partyActivityRate
            rows[index].meanPartyActive = mean.meanPartyActive
        }
        for row in last {
            guard let index = snapshot.orgIndexById[row.orgId] else { continue }
            rows[index].last = row.figures
        }
        return PeriodFigures(rows: rows, lastDay: lastDay)
    }

    /// Every org's activity rate over the period (indexed like the tree): what the previous
    /// period's ranks need, without the stock figures and clubs of its last day.
    func periodActivityRates(_ period: Period, snapshot: Snapshot) throws -> [Double?] {
        var rates = [Double?](repeating: nil, count: snapshot.tree.count)
        guard let lastDay = snapshot.dataDays.last(where: { $0 >= period.first && $0 <= period.last }) else {
            return rates
        }
        if period.first == period.last {
            for row in try store.orgDayActivity(from: lastDay, through: lastDay) {
                guard let index = snapshot.orgIndexById[row.orgId] else { continue }
                rates[index] = Figures.ratio(row.active, row.registered)
            }
        } else {
            for mean in try store.orgPeriodMeans(from: period.first, lastDay: lastDay) {
                guard let index = snapshot.orgIndexById[mean.orgId] else { continue }
                rates[index] = mean.activityRate
            }
        }
        return rates
    }

    /// Competition ranks of one indicator among siblings, with the gap to the unit ranked
    /// just above (in the indicator's own unit; nil for the first and for unranked units).
    struct Ranks {
        var rank: [Int?]
        var siblings: [Int]
        var behind: [Double?]
    }

    /// Ranks each org among its siblings by `values` (higher is better; nil is not ranked):
    /// equal exact figures share a rank (1, 2, 2, 4), whatever the rounded display shows.
    static func siblingRanks(_ values: [Double?], tree: OrgTree) -> Ranks {
        var ranks = Ranks(
            rank: Array(repeating: nil, count: tree.count), siblings: Array(repeating: 0, count: tree.count),
            behind: Array(repeating: nil, count: tree.count))
        var ranked: [(value: Double, index: Int)] = []
        func rankGroup(_ group: [Int]) {
            ranked.removeAll(keepingCapacity: true)
            for index in group { if let value = values[index] { ranked.append((value, index)) } }
            ranked.sort { $0.value > $1.value }
            // Sorted best first: a tie starts where the value changes, its rank is that
            // position (Ranking.competition), and the unit above it is the one just before.
            var tieRank = 0
            var above: Double?
            for (position, entry) in ranked.enumerated() {
                if position == 0 || ranked[position - 1].value != entry.value {
                    tieRank = position + 1
                    above = position == 0 ? nil : ranked[position - 1].value
                }
                ranks.rank[entry.index] = tieRank
                ranks.siblings[entry.index] = ranked.count
                ranks.behind[entry.index] = above.map { $0 - entry.value }
            }
            for index in group where values[index] == nil { ranks.siblings[index] = ranked.count }
        }
        rankGroup(tree.rootIndices)
        for group in tree.childIndices where !group.isEmpty { rankGroup(group) }
        return ranks
    }
}
