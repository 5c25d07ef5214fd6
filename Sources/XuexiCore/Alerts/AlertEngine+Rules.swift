import Foundation
import XuexiModel

extension AlertEngine {
    /// Comparisons of computed differences allow for binary rounding, so a fall of exactly
    /// 15 points (0.85 → 0.70) counts as 15 points.
    static let tolerance = 1e-9

    static func id(_ rule: AlertRule, _ key: String? = nil) -> String {
        key.map { "\(rule.rawValue):\($0)" } ?? rule.rawValue
    }

    static func anomalyPrefix(_ day: Day) -> String { id(.dataAnomaly, day.iso) + ":" }

    // MARK: - Activity and registration

    /// Learners missing to reach `threshold` of `total` with `have` (0 when reached).
    static func shortfall(threshold: Double, total: Int, have: Int) -> Int {
        Shortfall.learners(toReach: threshold, of: total, have: Double(have))
    }

    /// The org rules' conditions grouped along the tree (see `AlertTreeGrouping`).
    func orgConditions(day: Day, snapshot: Metrics.Snapshot, phases: inout PhaseTimer) throws -> [AlertCondition] {
        let (units, base) = try unitConditions(day: day, snapshot: snapshot, phases: &phases)
        let grouping = AlertTreeGrouping(
            tree: snapshot.tree, levels: max(1, configuration.alertLevels), foldShare: configuration.alertFoldShare)
        let evaluated = Set(base.keys)
        return phases.time("org grouping") {
            var result: [AlertCondition] = []
            for rule in AlertRule.orgRules {
                var holders: [Int: AlertFigures] = [:]
                for unit in units where unit.rule == rule { holders[unit.index] = unit.figures }
                result += grouping.group(
                    rule: rule, holders: holders, evaluated: evaluated,
                    base: { index in
                        Self.baseFigures(rule, base[index] ?? AlertFigures(), configuration: self.configuration)
                    },
                    day: day)
            }
            return result
        }
    }

    /// A non-holding anchor's own figures for `rule`: the rate it is compared on, no shortfall.
    static func baseFigures(_ rule: AlertRule, _ figures: AlertFigures, configuration: AppConfiguration)
        -> AlertFigures
    {
        var result = figures
        switch rule {
        case .registrationBelowTarget:
            result.rate = figures.referenceMean
            result.threshold = configuration.registrationTarget
        case .activityBelowFloor: result.threshold = configuration.activityFloor
        case .activityBelowTarget: result.threshold = configuration.activityTarget
        default: result.threshold = configuration.dropPoints
        }
        result.referenceMean = nil
        return result
    }

    /// Activity below floor or target, drop against the previous 7 days with data,
    /// registration below target, for every org with registered learners on `day`, each
    /// raised only when at least `alertMinimumShortfall` learners are missing. The figures
    /// are those of the org table, so an alert's rate is the rate the dashboard shows. Also
    /// returns every evaluated unit's figures (registration rate parked in `referenceMean`).
    func unitConditions(day: Day, snapshot: Metrics.Snapshot) throws -> ([UnitCondition], [Int: AlertFigures]) {
        var phases = PhaseTimer()
        return try unitConditions(day: day, snapshot: snapshot, phases: &phases)
    }

    func unitConditions(day: Day, snapshot: Metrics.Snapshot, phases: inout PhaseTimer) throws
        -> ([UnitCondition], [Int: AlertFigures])
    {
        let tree = snapshot.tree
        let stock = try phases.time("org table") { try storedFigures(day: day, snapshot: snapshot) }
        let registrationBase = metrics.configuration.registrationBase
        let previousDays = Array(snapshot.dataDays.filter { $0 < day }.suffix(7))
        let previousRates = try phases.time("drop reference") {
            try dropReference(day: day, previousDays: previousDays, snapshot: snapshot)
        }
        let minimum = max(1, configuration.alertMinimumShortfall)
        var conditions: [UnitCondition] = []
        var evaluated: [Int: AlertFigures] = [:]
        evaluated.reserveCapacity(tree.count)
        // Formatted once: String(format:) per unit was a fifth of a city evaluation.
        let iso = day.iso
        let rateRules = [
            (AlertRule.activityBelowFloor, configuration.activityFloor),
            (.activityBelowTarget, configuration.activityTarget),
        ]
        for index in 0..<tree.count {
            guard let row = stock[index], row.registered >= 1 else { continue }
            let registrationRate = row.registrationRate(
                expected: snapshot.expected[index], partyMembers: snapshot.partyMembers[index], base: registrationBase)
            var base = AlertFigures()
            base.day = iso
            base.registered = row.registered
            base.rate = row.activityRate
            base.active = row.active
            base.referenceMean = registrationRate
            evaluated[index] = base
            base.referenceMean = nil
            if let rate = row.activityRate {
                let active = base.active ?? 0
                for (rule, threshold) in rateRules where rate < threshold {
                    let short = Self.shortfall(threshold: threshold, total: row.registered, have: active)
                    guard short >= minimum else { continue }
                    var figures = base
                    figures.threshold = threshold
                    figures.shortfall = short
                    conditions.append(UnitCondition(rule: rule, index: index, figures: figures))
                    break
                }
                if let first = previousDays.first, !previousRates.rates.isEmpty {
                    let (mean, known) = Self.referenceMean(
                        previousRates.rates, from: index * previousRates.width - first.number, days: previousDays)
                    if known == 7, mean - rate >= configuration.dropPoints - Self.tolerance {
                        let lost = Int(((mean - rate) * Double(row.registered) + Self.tolerance).rounded(.down))
                        if lost >= minimum {
                            var drop = base
                            drop.threshold = configuration.dropPoints
                            drop.referenceMean = mean
                            drop.referenceDays = known
                            drop.drop = mean - rate
                            drop.shortfall = lost
                            conditions.append(UnitCondition(rule: .activityDrop, index: index, figures: drop))
                        }
                    }
                }
            }
            if let rate = registrationRate, rate < configuration.registrationTarget {
                let expected = snapshot.expected[index] ?? row.listed
                let short = Self.shortfall(
                    threshold: configuration.registrationTarget, total: expected, have: row.registered)
                if short >= minimum {
                    var figures = base
                    figures.rate = rate
                    figures.active = nil
                    figures.threshold = configuration.registrationTarget
                    figures.expected = expected
                    figures.shortfall = short
                    conditions.append(UnitCondition(rule: .registrationBelowTarget, index: index, figures: figures))
                }
            }
        }
        return (conditions, evaluated)
    }

    /// The org table's figures for the day, indexed like the tree, read without what only the
    /// table shows (clubs, ranks, the previous period): the same stored counts, which the
    /// rules pass through the same rate functions (`AlertInputsTests`).
    func storedFigures(day: Day, snapshot: Metrics.Snapshot) throws -> [DailyFigures?] {
        var stock = [DailyFigures?](repeating: nil, count: snapshot.tree.count)
        for row in try store.orgDayCounts(on: day) {
            if let index = snapshot.orgIndexById[row.orgId] { stock[index] = row.figures }
        }
        return stock
    }

    /// The 7 earlier days' rates of every org from the stored figures, in one flat array:
    /// `width` days (calendar days from the first of `previousDays`) per org, orgs in tree
    /// order; empty without 7 earlier days with data.
    func dropReference(day: Day, previousDays: [Day], snapshot: Metrics.Snapshot) throws -> (
        rates: [Double?], width: Int
    ) {
        guard previousDays.count == 7, let first = previousDays.first else { return ([], 0) }
        let width = day.number - first.number
        var rates = [Double?](repeating: nil, count: width * snapshot.tree.count)
        for row in try store.orgDayActivity(from: first, through: day.adding(-1)) {
            guard let index = snapshot.orgIndexById[row.orgId] else { continue }
            rates[index * width + row.day.number - first.number] = Figures.ratio(row.active, row.registered)
        }
        return (rates, width)
    }

    /// The mean of the known rates among `days` (`rates[offset + day.number]`) and how many
    /// were known: Figures.mean's sum in the same order, without an array per unit.
    static func referenceMean(_ rates: [Double?], from offset: Int, days: [Day]) -> (mean: Double, known: Int) {
        var (sum, known) = (0.0, 0)
        for day in days {
            if let rate = rates[offset + day.number] { (sum, known) = (sum + rate, known + 1) }
        }
        return (sum / Double(max(1, known)), known)
    }

    // MARK: - Inactive learners

    /// One alert per supervised unit with learners inactive for at least `inactiveDays` days
    /// with data, in it or in its unsupervised descendants, each with their mentor.
    func inactiveConditions(day: Day, snapshot: Metrics.Snapshot) throws -> [AlertCondition] {
        // Unordered: each alert orders its own learners below.
        let inactive = try metrics.inactiveLearners(
            scope: nil, day: day, minimumDays: configuration.inactiveDays, ordered: false, snapshot: snapshot)
        let grouping = AlertTreeGrouping(
            tree: snapshot.tree, levels: max(1, configuration.alertLevels), foldShare: configuration.alertFoldShare)
        var byAnchor: [Int: [InactiveLearner]] = [:]
        for learner in inactive {
            guard let index = snapshot.tree.index(ofCode: learner.orgCode) else { continue }
            byAnchor[grouping.nearestSupervised(index), default: []].append(learner)
        }
        return byAnchor.keys.sorted().map { anchor in
            var figures = AlertFigures()
            figures.day = day.iso
            figures.inactiveDays = configuration.inactiveDays
            figures.learners = byAnchor[anchor]!.sorted { a, b in
                a.inactiveDays != b.inactiveDays ? a.inactiveDays > b.inactiveDays : a.learnerId < b.learnerId
            }
            let org = snapshot.tree.orgs[anchor]
            return AlertCondition(
                id: Self.id(.learnerInactive, org.code), rule: .learnerInactive, orgId: org.id, seen: day,
                figures: figures)
        }
    }

    // MARK: - Anomalies

    /// How many rows an anomaly alert lists; the count says how many there are in all.
    static let anomalyRowsShown = 20

    /// One alert per import and anomaly kind of the day, with the count and the first rows.
    /// Only anomalies that still describe the stored points count: a corrected file that
    /// replaced the day leaves the old anomaly rows behind, so each is checked against the
    /// current row, and of the same anomaly recorded by several imports the latest is named.
    func anomalyConditions(day: Day, snapshot: Metrics.Snapshot) throws -> [AlertCondition] {
        struct Key: Hashable {
            var learner: Int64
            var kind: AnomalyKind
        }
        var latest: [Key: AlertAnomaly] = [:]
        for record in try store.anomalies(on: day) {
            guard let kind = AnomalyKind(rawValue: record.kind) else { continue }
            let current = kind == .totalDecreased ? record.totalPoints : record.dayPoints
            guard let value = record.value, current == value else { continue }
            latest[Key(learner: record.learnerId, kind: kind)] = AlertAnomaly(
                kind: kind, value: value, reference: record.reference, importId: record.importId,
                file: record.file.map { ($0 as NSString).lastPathComponent }, learnerId: record.learnerCode,
                learnerName: record.learnerName)
        }
        let byImport = Dictionary(grouping: latest.values) { "\($0.importId)|\($0.kind.rawValue)" }
        return byImport.values.map { rows -> AlertCondition in
            let sorted = rows.sorted { ($0.learnerId ?? "") < ($1.learnerId ?? "") }
            let first = sorted[0]
            var figures = AlertFigures()
            figures.day = day.iso
            figures.importId = first.importId
            figures.file = first.file
            figures.anomalyCount = sorted.count
            figures.anomalies = Array(sorted.prefix(Self.anomalyRowsShown))
            return AlertCondition(
                id: Self.anomalyPrefix(day) + "\(first.importId):\(first.kind.rawValue)", rule: .dataAnomaly,
                orgId: nil, seen: day, figures: figures)
        }.sorted { $0.id < $1.id }
    }

    // MARK: - Staleness

    /// `data.stale`: yesterday's points are missing after `staleAfterHour` (before it, the day
    /// before yesterday's), or nothing has been imported for `staleStoreHours`. A store that
    /// has never imported anything is new, not stale.
    func staleConditions(now: Date, today: Day, timeZone: TimeZone, snapshot: Metrics.Snapshot) throws
        -> [AlertCondition]
    {
        guard let lastImport = try store.lastImportStartedAt() else { return [] }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let hour = calendar.component(.hour, from: now)
        let required = today.adding(hour >= configuration.staleAfterHour ? -1 : -2)
        var figures = AlertFigures()
        figures.lastDataDay = snapshot.dataDays.last?.iso
        if (snapshot.dataDays.last.map { $0 < required }) ?? true {
            figures.missingDay = true
            figures.requiredDay = required.iso
        }
        if let imported = ISO8601DateFormatter().date(from: lastImport) {
            let seconds = now.timeIntervalSince(imported)
            if seconds > Double(configuration.staleStoreHours) * 3600 {
                figures.storeUnchanged = true
                figures.lastImportAt = lastImport
                figures.hoursSinceImport = Int(seconds / 3600)
                figures.limitHours = configuration.staleStoreHours
            }
        }
        guard figures.missingDay == true || figures.storeUnchanged == true else { return [] }
        return [AlertCondition(id: Self.id(.dataStale), rule: .dataStale, orgId: nil, seen: today, figures: figures)]
    }
}
