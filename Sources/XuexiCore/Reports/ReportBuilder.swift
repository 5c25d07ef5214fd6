import Foundation
import XuexiModel
import XuexiStore

/// Builds the daily, weekly and monthly reports of SPEC §6 and renders them. Reading only:
/// a report never evaluates alerts, so the same store always gives the same bytes.
public struct ReportBuilder: Sendable {
    public let metrics: Metrics
    public let alertEngine: AlertEngine
    public var configuration: AppConfiguration { metrics.configuration }

    /// How many learners a note names by default (SPEC §4: 20 stars; `--top N` changes it),
    /// plus everyone tied with the last.
    public static let topLearnerCount = 20

    public init(store: XuexiStore, configuration: AppConfiguration = AppConfiguration()) {
        let metrics = Metrics(store: store, configuration: configuration)
        self.init(
            metrics: metrics, alertEngine: AlertEngine(store: store, configuration: configuration, metrics: metrics))
    }

    public init(metrics: Metrics, alertEngine: AlertEngine) {
        self.metrics = metrics
        self.alertEngine = alertEngine
    }

    /// The report of `kind` for the period containing `date` (default: the latest day with
    /// data) about `org`'s children (default: the only root's children, or the roots when the
    /// store has several). Throws `UnknownOrganization` for an unknown code and
    /// `ReportError.noData` when there is no date to default to.
    public func build(
        _ kind: ReportKind, date: Day? = nil, org: String? = nil, top topCount: Int = ReportBuilder.topLearnerCount,
        range: Period? = nil, showPhones: Bool = false
    ) throws -> Report {
        let snapshot = try metrics.snapshot()
        let tree = snapshot.tree
        guard let day = date ?? (kind == .range ? range?.last : nil) ?? snapshot.dataDays.last else {
            throw ReportError.noData
        }
        let period = kind == .range ? (range ?? .day(day)) : Period(kind: kind.periodKind, containing: day)

        let scopeIndex: Int?
        if let org {
            guard let index = tree.index(ofCode: org) else { throw UnknownOrganization(code: org) }
            scopeIndex = index
        } else {
            scopeIndex = tree.rootIndices.count == 1 ? tree.rootIndices[0] : nil
        }
        let scopeCode = scopeIndex.map { tree.orgs[$0].code }
        let table = try metrics.orgTable(period: period, scope: scopeCode)
        let leagueDepth = scopeIndex == nil ? 0 : 1
        let league = table.rows.enumerated().filter { $0.element.depth == leagueDepth }.sorted { a, b in
            switch (a.element.rank, b.element.rank) {
            case let (x?, y?): return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)

        let lastDataDay = table.lastDataDay
        let notices = activityNotices(league)

        let minimum = kind == .daily ? configuration.starThreshold : 1
        var top = TopLearners(limit: topCount, minimumPoints: minimum, qualifying: 0, entries: [], moreTied: 0)
        var inactive: [InactiveLearner] = []
        if let lastDataDay {
            top = try metrics.topLearners(
                kind.leaderboard, day: lastDataDay, scope: scopeCode, limit: topCount, minimumPoints: minimum)
            inactive = try metrics.inactiveLearners(
                scope: scopeCode, day: lastDataDay, minimumDays: configuration.inactiveDays)
        }

        let alerts = try alertEngine.alerts(state: .active, scope: scopeCode).filter {
            $0.state != .snoozed && $0.firstSeen <= period.last
        }

        var report = Report(
            kind: kind, date: day.iso, periodFirst: period.first.iso, periodLast: period.last.iso,
            lastDataDay: lastDataDay?.iso,
            daysWithData: snapshot.dataDays.filter { $0 >= period.first && $0 <= period.last }.count,
            scope: scopeIndex.map {
                ReportScope(code: tree.orgs[$0].code, name: tree.orgs[$0].name, path: tree.path(of: $0).map(\.name))
            },
            summary: scopeCode.flatMap { table.row(code: $0) },
            league: league, notices: notices, topLearners: top.entries, topLearnersBy: kind.leaderboard,
            top: TopSummary(top),
            inactive: inactive, alerts: alerts, thresholds: ReportThresholds(configuration))
        report.comparison = try comparison(
            kind, period: period, lastDataDay: lastDataDay, scope: scopeCode,
            rows: (scopeCode.flatMap { table.row(code: $0) }.map { [$0] } ?? []) + league)
        if let lastDataDay, let console = try metrics.store.consoleRanking(onOrBefore: lastDataDay) {
            report.consoleRanking = ConsoleRanking(day: console.day.iso, entries: console.entries)
        }
        report.topByUnit = ReportBuilder.topByUnit(top.entries, league: league, tree: tree)
        report.registrationNotices = league.compactMap { row in
            guard let rate = row.registrationRate, rate < configuration.registrationTarget else { return nil }
            return RegistrationNotice(
                code: row.code, name: row.name, registrationRate: rate, target: configuration.registrationTarget)
        }.sorted { ($0.registrationRate, $0.code) < ($1.registrationRate, $1.code) }
        report.callLists = try callLists(kind, notices: notices, day: lastDataDay, showPhones: showPhones)
        let names = tree.unitNames(scope: scopeIndex)
        var mentioned = Set(league.map(\.code) + notices.map(\.code) + top.entries.map(\.orgCode))
        mentioned.formUnion(inactive.map(\.orgCode) + alerts.compactMap(\.orgCode))
        report.unitLabels = names.labels.filter { mentioned.contains($0.key) }
        return report
    }

    /// League units below the activity floor, then below the target, lowest rate first.
    func activityNotices(_ league: [OrgFigures]) -> [ReportNotice] {
        let floor = configuration.activityFloor
        let target = configuration.activityTarget
        return league.compactMap { row -> ReportNotice? in
            guard let rate = row.activityRate, rate < target else { return nil }
            let level: ReportNotice.Level = rate < floor ? .belowFloor : .belowTarget
            return ReportNotice(
                code: row.code, name: row.name, level: level, activityRate: rate,
                threshold: level == .belowFloor ? floor : target)
        }.sorted { a, b in
            if a.level != b.level { return a.level == .belowFloor }
            if a.activityRate != b.activityRate { return a.activityRate < b.activityRate }
            return a.code < b.code
        }
    }

    /// How many of the listed top learners each league unit has, league order, units with
    /// none left out ("前 20 名中 大营村 12 人").
    static func topByUnit(_ entries: [LeaderboardEntry], league: [OrgFigures], tree: OrgTree) -> [UnitCount] {
        var counts: [String: Int] = [:]
        for entry in entries {
            guard let index = tree.index(ofCode: entry.orgCode) else { continue }
            for row in league {
                if let unit = tree.index(ofCode: row.code), tree.contains(index, inSubtreeOf: unit) {
                    counts[row.code, default: 0] += 1
                    break
                }
            }
        }
        return league.compactMap { row in counts[row.code].map { UnitCount(code: row.code, name: row.name, count: $0) }
        }
    }

    /// The report in `format`: UTF-8 text for md, csv and json, a ZIP workbook for xlsx.
    public func render(_ report: Report, format: ReportFormat, language: Language) throws -> Data {
        switch format {
        case .md: Data(ReportMarkdown(report: report, language: language).render().utf8)
        case .csv: Data(ReportCSV.render(ReportTables.make(report, language: language)).utf8)
        case .xlsx:
            try XLSXWriter(sheets: ReportTables.make(report, language: language), modified: Day(iso: report.date))
                .data()
        case .json: try ReportBuilder.json(report)
        }
    }

    static func json(_ report: Report) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(report)
        data.append(0x0A)
        return data
    }
}
