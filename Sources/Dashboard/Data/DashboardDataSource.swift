import Foundation
import XuexiCore
import XuexiModel
import XuexiStore

/// The dashboard's one door to the store: every figure comes from `Metrics` and
/// `AlertEngine` (the same functions reports and the CLI use), computed through the loader
/// and kept until the next import changes the store's stamp.
public final class DashboardDataSource: @unchecked Sendable {
    public let store: XuexiStore
    public let metrics: Metrics
    public let alertEngine: AlertEngine
    public let configuration: AppConfiguration
    let loader: DashboardLoader
    /// The store's change stamp as of the last poll; every cached value is tied to one.
    public private(set) var stamp: Int64 = 0
    /// Bumped to re-read alerts whose state another process may have changed (CLI `alerts ack`).
    private(set) var alertGeneration = 0
    /// The stamp the alerts are loaded at: grows with the store's stamp and with
    /// `alertGeneration`; both only grow, so the sum only grows.
    var alertsStamp: Int64 { (stamp << 20) + Int64(alertGeneration) }
    /// The store's alert stamp as of the last poll (acks, snoozes, evaluations by any process).
    private var alertStamp: Int64 = 0
    /// The learner search being asked for now; older ones are superseded.
    private let searchTicket = LatestQueryTicket()

    public init(store: XuexiStore, configuration: AppConfiguration = AppConfiguration(), mode: LoadMode = .background) {
        self.store = store
        self.configuration = configuration
        metrics = Metrics(store: store, configuration: configuration)
        alertEngine = AlertEngine(store: store, configuration: configuration, metrics: metrics)
        loader = DashboardLoader(mode: mode)
        stamp = (try? store.changeStamp()) ?? 0
        alertStamp = (try? store.alertStamp()) ?? 0
    }

    public var mode: LoadMode { loader.mode }

    // MARK: - Change detection

    /// Reads the store's stamp (one indexed read); true when an import committed since the
    /// last call. Cached values stay on screen until their new versions are ready.
    @discardableResult
    public func pollStoreChange() -> Bool {
        guard let current = try? store.changeStamp(), current != stamp else { return false }
        stamp = current
        return true
    }

    /// Reads the store's alert stamp (one meta row); true, with the alerts asked for again,
    /// when any process changed an alert since the last call.
    @discardableResult
    public func pollAlertChange() -> Bool {
        guard let current = try? store.alertStamp(), current != alertStamp else { return false }
        alertStamp = current
        refreshAlerts()
        return true
    }

    /// Asks for the alerts to be read again on the next frame.
    func refreshAlerts() {
        alertGeneration += 1
    }

    /// Drops every cached value (the `r` key).
    func reloadEverything() {
        metrics.invalidate()
        loader.clear()
        alertGeneration += 1
        _ = pollStoreChange()
    }

    var hasPendingWork: Bool { loader.hasPendingWork }
    func takeCompletion() -> Bool { loader.takeCompletion() }
    func waitForPendingWork(milliseconds: Int) { loader.waitForPendingWork(milliseconds: milliseconds) }

    // MARK: - Main screen

    func overview() -> LoadState<StoreOverview> {
        let metrics = metrics
        let store = store
        return loader.load(.overview, stamp: stamp) {
            let snapshot = try metrics.snapshot()
            return StoreOverview(
                dataDays: snapshot.dataDays, orgCount: snapshot.tree.count,
                learnerCount: snapshot.directory.count, lastImport: try store.importRecords().last)
        }
    }

    func orgTree(period: Period, scope: String?) -> LoadState<OrgTreeModel> {
        let metrics = metrics
        return loader.load(.orgTree(period: period, scope: scope), stamp: stamp) {
            let table = try metrics.orgTable(period: period, scope: scope)
            let comparison = try metrics.periodComparison(
                period: period, lastDataDay: table.lastDataDay, scope: scope, rows: table.rows)
            // The whole tree's names are already in the snapshot; only a scope needs its own.
            let snapshot = try metrics.snapshot()
            let scopeIndex = scope.flatMap { snapshot.tree.index(ofCode: $0) }
            let names = scopeIndex == nil ? snapshot.names : snapshot.tree.unitNames(scope: scopeIndex)
            return OrgTreeModel(table: table, comparison: comparison, names: names)
        }
    }

    /// Seven days of activity rate for every org of the scope (the sparklines), one query.
    func sparklines(day: Day, model: OrgTreeModel, scope: String?) -> LoadState<[String: [Double?]]> {
        let metrics = metrics
        let codes = model.rows.map(\.code)
        return loader.load(.sparklines(day: day, scope: scope), stamp: stamp) {
            try metrics.activitySeries(orgCodes: codes, endingOn: day, count: 7)
        }
    }

    func leaderboard(_ kind: LeaderboardKind, day: Day, scope: String?, filter: LearnerFilter, limit: Int) -> LoadState<
        [LeaderboardEntry]
    > {
        let metrics = metrics
        return loader.load(.leaderboard(kind: kind, day: day, scope: scope, filter: filter, limit: limit), stamp: stamp)
        {
            try metrics.leaderboard(kind, day: day, scope: scope, filter: filter, limit: limit)
        }
    }

    /// Every alert of the scope, in `AlertEngine`'s order; the pane filters by state itself,
    /// so `f` never waits for the store.
    func alerts(scope: String?) -> LoadState<[Alert]> {
        let engine = alertEngine
        return loader.load(.alerts(scope: scope), stamp: alertsStamp) {
            try engine.alerts(state: .all, scope: scope)
        }
    }

    // MARK: - Branch review

    func branchSeries(code: String, day: Day) -> LoadState<[DailyFigures?]> {
        let metrics = metrics
        return loader.load(.branchSeries(code: code, day: day), stamp: stamp) {
            try metrics.series(orgCode: code, endingOn: day, count: 30)
        }
    }

    func members(code: String, day: Day) -> LoadState<[LearnerDays]> {
        let metrics = metrics
        return loader.load(.members(code: code, day: day), stamp: stamp, slow: true) {
            try metrics.memberDays(orgCode: code, endingOn: day, count: 14)
        }
    }

    func inactiveMembers(code: String, day: Day) -> LoadState<[InactiveLearner]> {
        let metrics = metrics
        let minimum = configuration.inactiveDays
        let store = store
        let showPhones = configuration.showPhones
        return loader.load(.inactiveMembers(code: code, day: day), stamp: stamp, slow: true) {
            var learners = try metrics.inactiveLearners(scope: code, day: day, minimumDays: minimum)
            // How to reach each mentor: one indexed read per mentor, masked unless dashboard.show_phones.
            var phones: [String: String] = [:]
            for mentor in Set(learners.compactMap(\.mentorId)) where !mentor.isEmpty {
                phones[mentor] = try store.learner(code: mentor, showPhones: showPhones)?.phone
            }
            for index in learners.indices {
                learners[index].mentorPhone = learners[index].mentorId.flatMap { phones[$0] }
            }
            return learners
        }
    }

    /// The ids of `code`'s learners on a `learners --status` list (the member filter).
    func chase(code: String, status: ChaseStatus, day: Day) -> LoadState<Set<String>> {
        let metrics = metrics
        return loader.load(.chase(code: code, status: status, day: day), stamp: stamp, slow: true) {
            Set(try metrics.chaseList(scope: code, status: status, day: day).map(\.learnerId))
        }
    }

    /// The console's ranking from the latest member report on or before `day`.
    func consoleRanking(day: Day) -> LoadState<ConsoleStanding?> {
        let store = store
        return loader.load(.consoleRanking(day: day), stamp: stamp) {
            try store.consoleRanking(onOrBefore: day).map { ConsoleStanding(day: $0.day, entries: $0.entries) }
        }
    }

    func itemBreakdown(code: String, day: Day, days: Int) -> LoadState<[ItemPoints]> {
        let metrics = metrics
        return loader.load(.itemBreakdown(code: code, day: day, days: days), stamp: stamp, slow: true) {
            try metrics.itemBreakdown(orgCode: code, day: day, days: days).map {
                ItemPoints(item: $0.item, points: $0.points)
            }
        }
    }

    // MARK: - Learner detail and search

    /// Thirty days of one learner's day points (thirty indexed reads).
    func learnerHistory(learnerId: String, day: Day) -> LoadState<LearnerDays?> {
        let metrics = metrics
        return loader.load(.learnerHistory(learnerId: learnerId, day: day), stamp: stamp) {
            try metrics.learnerHistory(learnerId: learnerId, endingOn: day, count: 30)
        }
    }

    /// One learner's roster facts and their mentor's name (two indexed reads).
    func learnerInfo(learnerId: String) -> LoadState<LearnerInfo> {
        let store = store
        return loader.load(.learnerInfo(learnerId: learnerId), stamp: stamp) {
            let row = try store.learner(code: learnerId)
            let mentor = try row?.mentorId.flatMap { try store.learner(code: $0) }
            return LearnerInfo(row: row, mentorName: mentor?.name)
        }
    }

    /// Learners of the scope matching the search text, searched in SQLite so a city roster
    /// is never held in memory. A search the next keystroke replaces stops early (its key is
    /// forgotten, so it runs again if the text comes back).
    func searchLearners(_ query: String, scope: String?, limit: Int) -> LoadState<LearnerMatches> {
        let store = store
        let key = QueryKey.searchLearners(query: query, scope: scope, limit: limit)
        let isSuperseded = searchTicket.take(key)
        return loader.load(key, stamp: stamp) {
            let found = try store.searchLearners(query, scope: scope, limit: limit, isCancelled: isSuperseded)
            return LearnerMatches(rows: found.rows, total: found.total)
        }
    }

    /// Every import, newest first (the list a data alert opens).
    func importRecords() -> LoadState<[ImportRecordRow]> {
        let store = store
        return loader.load(.importRecords, stamp: stamp) { try store.importRecords().reversed() }
    }

    func searchOrgs(model: OrgTreeModel, scope: String?, period: Period) -> LoadState<[SearchEntry]> {
        loader.load(.searchOrgs(scope: scope, period: period), stamp: stamp) { SearchIndex.orgEntries(model) }
    }

    // MARK: - Alert actions (the same operations as `xuexi-dash alerts ack/snooze`)

    func acknowledge(alertId: String, note: String?, user: String, at time: Date) throws -> Alert {
        defer { refreshAlerts() }
        return try alertEngine.acknowledge(id: alertId, note: note, by: user, at: time)
    }

    func snooze(alertId: String, until day: Day) throws -> Alert {
        defer { refreshAlerts() }
        return try alertEngine.snooze(id: alertId, until: day)
    }
}
