import Foundation
import XuexiModel
import XuexiStore

/// Evaluates the alert rules of SPEC §5 and keeps their states in the store's `alert` table.
/// The dashboard and the CLI both go through `alerts(state:scope:)`, `acknowledge` and
/// `snooze`, so acknowledging in either is the same operation.
///
/// Alert ids are readable and stable for the same condition across runs:
/// `activity.below_floor:O3`, `activity.below_target:O3`, `activity.drop:O3`,
/// `registration.below_target:O3`, `learner.inactive:O6` (the learners' own org),
/// `data.stale` (store-wide) and `data.anomaly:2026-11-20:L0000001` (one learner's day).
///
/// Org rules are evaluated for every org that has registered learners on the day, from the
/// top org down to study groups: a lagging study group is exactly what a branch secretary
/// must see. The noise this could make is kept down by the rules themselves (an org below
/// the floor gets only the critical alert), by grouping inactive learners into one alert
/// per org, and by listings that filter by scope and state and sort critical first, then
/// higher orgs first.
public final class AlertEngine: @unchecked Sendable {
    public let store: XuexiStore
    public let configuration: AppConfiguration
    public let metrics: Metrics

    public init(store: XuexiStore, configuration: AppConfiguration = AppConfiguration(), metrics: Metrics? = nil) {
        self.store = store
        self.configuration = configuration
        self.metrics = metrics ?? Metrics(store: store, configuration: configuration)
    }

    // MARK: - Evaluation

    /// Evaluates every rule for the data day `day`, and staleness against `now`.
    /// Conditions that hold open (or reopen) their alert; alerts the evaluation covers whose
    /// condition no longer holds are resolved. Evaluating an earlier day than an alert was
    /// last seen never changes its state, so back-filling an old day is harmless.
    @discardableResult
    public func evaluate(day: Day, now: Date = Date(), timeZone: TimeZone = .current) throws -> AlertEvaluation {
        try evaluate(day: day, now: now, timeZone: timeZone, includeInactive: true)
    }

    /// Evaluates the days of an import in date order. Inactive streaks are evaluated for the
    /// last day only: each costs a pass over up to 60 days of points, which a city import of
    /// a month must not pay thirty times; the other rules read per-org aggregates only.
    @discardableResult
    public func evaluate(days: [Day], now: Date = Date(), timeZone: TimeZone = .current) throws -> AlertEvaluation {
        let ordered = Array(Set(days)).sorted()
        var result = AlertEvaluation()
        for (index, day) in ordered.enumerated() {
            result.merge(
                try evaluate(day: day, now: now, timeZone: timeZone, includeInactive: index == ordered.count - 1))
        }
        return result
    }

    func evaluate(day: Day, now: Date, timeZone: TimeZone, includeInactive: Bool) throws -> AlertEvaluation {
        var phases = PhaseTimer()
        // Everything is read before the write transaction: an in-memory store is a single
        // serial queue, and Metrics reads through it.
        let snapshot = try phases.time("snapshot") { try metrics.snapshot() }
        let today = Day.today(now: now, timeZone: timeZone)
        // A day not yet over is still arriving (`demo --live`, an import during the day): its
        // figures refresh the alerts already open, marked provisional, but raise and settle nothing.
        let partial = day >= today
        var conditions: [AlertCondition] = []
        var scope = AlertScopeOfEvaluation()
        if snapshot.dataDays.contains(day) {
            // The idle-learner listing reads nothing the unit rules do: it runs on the other core
            // meanwhile (at city scale the two take about the same time). Reads only, so a
            // failed unit rule leaves nothing behind but a finished read.
            let inactive =
                includeInactive
                ? BackgroundValue { [self] in try inactiveConditions(day: day, snapshot: snapshot) } : nil
            do {
                conditions += try orgConditions(day: day, snapshot: snapshot, phases: &phases)
            } catch {
                _ = try? inactive?.value()  // not left reading behind a failed evaluation
                throw error
            }
            if !partial { for rule in AlertRule.orgRules { scope.rules[rule] = day } }
            if let inactive {
                conditions += try phases.time("inactive learners (beyond the unit rules)") { try inactive.value() }
                if !partial { scope.rules[.learnerInactive] = day }
            }
        }
        if partial {
            for index in conditions.indices { conditions[index].figures.provisional = true }
        }
        conditions += try phases.time("anomalies") { try anomalyConditions(day: day, snapshot: snapshot) }
        scope.anomalyDay = day
        scope.provisionalDay = partial ? day : nil
        conditions += try phases.time("staleness") {
            try staleConditions(now: now, today: today, timeZone: timeZone, snapshot: snapshot)
        }
        scope.rules[.dataStale] = today

        var result = try reconcile(conditions: conditions, scope: scope, phases: &phases)
        result.days = [day]
        result.phases = phases.seconds
        return result
    }

    // MARK: - Listing and actions (shared by the dashboard and the CLI)

    /// Alerts in `state`, within `scope`'s subtree (store-wide alerts are in every scope),
    /// critical first, then higher orgs first (tree order), then rule and id.
    public func alerts(state: AlertStateFilter = .active, scope: String? = nil) throws -> [Alert] {
        let snapshot = try metrics.snapshot()
        let tree = snapshot.tree
        let range: Range<Int>? = try scope.map { code in
            guard let index = tree.index(ofCode: code) else { throw UnknownOrganization(code: code) }
            return tree.subtree(of: index)
        }
        // Resolved history is most of the table on a long-running store: the store filters it.
        let filter: AlertRecordFilter =
            switch state {
            case .all: .all
            case .active: .unresolved
            default: .state(state.rawValue)
            }
        let names = try metrics.snapshot().names
        let alerts = try store.alertRecords(filter).compactMap {
            AlertEngine.alert(from: $0, tree: tree, names: names)
        }
        var listed: [(alert: Alert, position: Int)] = []
        for var alert in alerts where state.accepts(alert.state) {
            let position = alert.orgCode.flatMap { tree.index(ofCode: $0) } ?? -1
            if let range, alert.orgCode != nil, !range.contains(position) {
                guard position >= 0, tree.contains(range.lowerBound, inSubtreeOf: position),
                    let narrowed = Self.narrowed(alert, to: range, tree: tree)
                else { continue }
                alert = narrowed
            }
            alert.daysOfData = Self.daysOfData(alert, dataDays: snapshot.dataDays)
            listed.append((alert, position))
        }
        return listed.sorted { a, b in
            if a.alert.severity != b.alert.severity { return a.alert.severity < b.alert.severity }
            if a.position != b.position { return a.position < b.position }
            if a.alert.rule != b.alert.rule { return a.alert.rule.order < b.alert.rule.order }
            return a.alert.id < b.alert.id
        }.map(\.alert)
    }

    /// The alerts of `alerts(state:scope:)` grouped by rule and tree level, worst first.
    public func groups(state: AlertStateFilter = .active, scope: String? = nil) throws -> [AlertGroup] {
        AlertGroup.build(try alerts(state: state, scope: scope))
    }

    /// An alert of an org above the scope, seen from the scope: re-anchored at the scope's
    /// top org with only the members inside the scope (units or learners), so a branch
    /// secretary sees the conditions of the branch that a higher alert lists. It keeps its id:
    /// acknowledging it acknowledges the group. Nil when none of its members is inside.
    static func narrowed(_ alert: Alert, to range: Range<Int>, tree: OrgTree) -> Alert? {
        var figures = alert.figures
        let inside = { (code: String) in tree.index(ofCode: code).map(range.contains) ?? false }
        let root = tree.orgs[range.lowerBound]
        if let members = figures.members {
            let kept = members.filter { inside($0.orgCode) }
            if let own = kept.first(where: { $0.orgCode == root.code }) {
                figures = own.figures
                figures.day = alert.figures.day
                figures.provisional = alert.figures.provisional
            } else {
                guard !kept.isEmpty else { return nil }
                figures.holdsItself = false
                figures.shortfall = nil
            }
            let rest = kept.filter { $0.orgCode != root.code }
            figures.members = rest.isEmpty ? nil : rest
            figures.childCount = nil
            figures.childrenHolding = nil
            figures.childType = nil
        } else if let learners = figures.learners {
            figures.learners = learners.filter { inside($0.orgCode) }
            guard !figures.learners!.isEmpty else { return nil }
        } else {
            return nil
        }
        var result = alert
        result.figures = figures
        result.orgCode = root.code
        result.orgName = root.name
        result.orgType = root.type
        result.depth = tree.depth[range.lowerBound]
        return result
    }

    /// Days with data from first to last seen: an alert first and last seen on one day is one
    /// day old, however long ago that was. `data.stale` is about the calendar, so it counts days.
    static func daysOfData(_ alert: Alert, dataDays: [Day]) -> Int {
        if alert.rule == .dataStale { return alert.lastSeen.number - alert.firstSeen.number + 1 }
        func lowerBound(_ day: Day) -> Int {
            var (low, high) = (0, dataDays.count)
            while low < high {
                let middle = (low + high) / 2
                if dataDays[middle] < day { low = middle + 1 } else { high = middle }
            }
            return low
        }
        return max(1, lowerBound(alert.lastSeen.adding(1)) - lowerBound(alert.firstSeen))
    }

    public func alert(id: String) throws -> Alert? {
        let snapshot = try metrics.snapshot()
        return try store.alertRecord(id: id).flatMap {
            AlertEngine.alert(from: $0, tree: snapshot.tree, names: snapshot.names)
        }
    }

    /// Marks an alert as taken care of by `user`, with an optional note. Acknowledging again
    /// replaces the note; a snoozed alert becomes acknowledged.
    @discardableResult
    public func acknowledge(id: String, note: String?, by user: String, at time: Date = Date()) throws -> Alert {
        let stamp = ISO8601DateFormatter().string(from: time)
        let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        try changeState(id: id, .acknowledge(by: user, at: stamp, note: trimmed))
        return try alert(id: id)!
    }

    /// Silences an alert through `until` (inclusive). Once an evaluation finds the condition
    /// still holding on a later day, the alert is open again.
    @discardableResult
    public func snooze(id: String, until: Day) throws -> Alert {
        try changeState(id: id, .snooze(until: until)) { current in
            guard until >= current.lastSeen else {
                throw AlertError.snoozeEndsBeforeLastSeen(id: id, until: until, lastSeen: current.lastSeen)
            }
        }
        return try alert(id: id)!
    }

    private func changeState(id: String, _ edit: AlertEdit, check: (Alert) throws -> Void = { _ in }) throws {
        let tree = try metrics.snapshot().tree
        try store.editAlert(id: id, edit) { record in
            guard let current = record.flatMap({ AlertEngine.alert(from: $0, tree: tree) }) else {
                throw AlertError.unknownId(id)
            }
            guard current.state != .resolved else { throw AlertError.resolved(id) }
            try check(current)
        }
    }
}
