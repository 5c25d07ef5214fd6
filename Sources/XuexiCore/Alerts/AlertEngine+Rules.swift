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

    /// Activity below floor or target, drop against the previous days, registration below
    /// target, for every org with at least `alertMinimumRegistered` registered learners on `day`. The figures are those of the
    /// org table, so an alert's rate is the rate the dashboard and reports show.
    func orgConditions(day: Day, snapshot: Metrics.Snapshot) throws -> [AlertCondition] {
        let table = try metrics.orgTable(period: .day(day))
        let previousDays = Array(snapshot.dataDays.filter { $0 < day }.suffix(7))
        var previousRates: [String: [Double?]] = [:]
        if let first = previousDays.first {
            previousRates = try metrics.activitySeries(
                orgCodes: table.rows.map(\.code), endingOn: day.adding(-1),
                count: day.number - first.number)
        }
        var conditions: [AlertCondition] = []
        for row in table.rows where row.registered >= max(1, configuration.alertMinimumRegistered) {
            guard let org = snapshot.tree.org(code: row.code) else { continue }
            var base = AlertFigures()
            base.day = day.iso
            base.registered = row.registered
            if let rate = row.activityRate {
                var figures = base
                figures.rate = rate
                figures.active = Int((row.active ?? 0).rounded())
                if rate < configuration.activityFloor {
                    figures.threshold = configuration.activityFloor
                    conditions.append(
                        AlertCondition(
                            id: Self.id(.activityBelowFloor, row.code), rule: .activityBelowFloor,
                            orgId: org.id, seen: day, figures: figures))
                } else if rate < configuration.activityTarget {
                    figures.threshold = configuration.activityTarget
                    conditions.append(
                        AlertCondition(
                            id: Self.id(.activityBelowTarget, row.code), rule: .activityBelowTarget,
                            orgId: org.id, seen: day, figures: figures))
                }
                if let first = previousDays.first, let series = previousRates[row.code] {
                    let known = previousDays.compactMap { series[$0.number - first.number] }
                    if let mean = Figures.mean(known), mean - rate >= configuration.dropPoints - Self.tolerance {
                        var drop = base
                        drop.rate = rate
                        drop.active = figures.active
                        drop.threshold = configuration.dropPoints
                        drop.referenceMean = mean
                        drop.referenceDays = known.count
                        drop.drop = mean - rate
                        conditions.append(
                            AlertCondition(
                                id: Self.id(.activityDrop, row.code), rule: .activityDrop,
                                orgId: org.id, seen: day, figures: drop))
                    }
                }
            }
            if let rate = row.registrationRate, rate < configuration.registrationTarget {
                var figures = base
                figures.rate = rate
                figures.threshold = configuration.registrationTarget
                figures.expected = row.expected ?? row.listed
                conditions.append(
                    AlertCondition(
                        id: Self.id(.registrationBelowTarget, row.code), rule: .registrationBelowTarget,
                        orgId: org.id, seen: day, figures: figures))
            }
        }
        return conditions
    }

    // MARK: - Inactive learners

    /// One alert per org grouping the learners of that org (their own org, not its parents)
    /// inactive for at least `inactiveDays` days with data, each with their mentor.
    func inactiveConditions(day: Day, snapshot: Metrics.Snapshot) throws -> [AlertCondition] {
        let inactive = try metrics.inactiveLearners(scope: nil, day: day, minimumDays: configuration.inactiveDays)
        let byOrg = Dictionary(grouping: inactive, by: \.orgCode)
        return byOrg.keys.sorted().compactMap { code in
            guard let org = snapshot.tree.org(code: code) else { return nil }
            var figures = AlertFigures()
            figures.day = day.iso
            figures.inactiveDays = configuration.inactiveDays
            figures.learners = byOrg[code]!.sorted { a, b in
                a.inactiveDays != b.inactiveDays ? a.inactiveDays > b.inactiveDays : a.learnerId < b.learnerId
            }
            return AlertCondition(
                id: Self.id(.learnerInactive, code), rule: .learnerInactive, orgId: org.id, seen: day,
                figures: figures)
        }
    }

    // MARK: - Anomalies

    /// The day's anomalies that still describe the stored points: a corrected file that
    /// replaced the day leaves the old anomaly rows behind, so each is checked against the
    /// current row, and of the same anomaly recorded by several imports the latest is named.
    func anomalyConditions(day: Day, snapshot: Metrics.Snapshot) throws -> [AlertCondition] {
        struct Found {
            var code: String, name: String, orgId: Int64
            var anomalies: [AnomalyKind: AlertAnomaly] = [:]
        }
        var byLearner: [Int64: Found] = [:]
        for record in try store.anomalies(on: day) {
            guard let kind = AnomalyKind(rawValue: record.kind) else { continue }
            let current = kind == .totalDecreased ? record.totalPoints : record.dayPoints
            guard let value = record.value, current == value else { continue }
            var found =
                byLearner[record.learnerId]
                ?? Found(code: record.learnerCode, name: record.learnerName, orgId: record.orgId)
            found.anomalies[kind] = AlertAnomaly(
                kind: kind, value: value, reference: record.reference,
                importId: record.importId,
                file: record.file.map { ($0 as NSString).lastPathComponent })
            byLearner[record.learnerId] = found
        }
        return byLearner.values.sorted { $0.code < $1.code }.map { found in
            var figures = AlertFigures()
            figures.day = day.iso
            figures.learnerId = found.code
            figures.learnerName = found.name
            figures.anomalies = AnomalyKind.allCases.compactMap { found.anomalies[$0] }
            return AlertCondition(
                id: Self.anomalyPrefix(day) + found.code, rule: .dataAnomaly, orgId: found.orgId, seen: day,
                figures: figures)
        }
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
