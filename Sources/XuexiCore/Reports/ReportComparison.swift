import XuexiModel

/// Each figure's change against the previous period (weekly and monthly notes): 活跃度
/// +3.2 个百分点, 注册 +45 人. When the period is still running, the previous period is cut
/// to the same number of days (early in a month: the same days of the previous month).
public struct ReportComparison: Sendable, Codable, Equatable {
    public var first: String
    public var last: String
    /// The previous period was cut to as many days as this one has so far.
    public var sameDays: Bool
    public var days: Int
    /// The scope's and each league unit's changes, by code.
    public var changes: [FigureChange]

    public func change(_ code: String) -> FigureChange? { changes.first { $0.code == code } }
}

/// Current minus previous; nil where either side has no figure.
public struct FigureChange: Sendable, Codable, Equatable {
    public var code: String
    public var registered: Int?
    /// Fractions: 0.032 is +3.2 percentage points.
    public var activityRate: Double?
    public var registrationRate: Double?
    public var averagePoints: Double?

    init(current: OrgFigures, previous: OrgFigures?) {
        code = current.code
        func delta(_ a: Double?, _ b: Double?) -> Double? { a.flatMap { a in b.map { a - $0 } } }
        registered = previous.flatMap { $0.daysWithData > 0 ? current.registered - $0.registered : nil }
        activityRate = delta(current.activityRate, previous?.activityRate)
        registrationRate = delta(current.registrationRate, previous?.registrationRate)
        averagePoints = delta(current.averagePoints, previous?.averagePoints)
    }
}

extension ReportBuilder {
    /// The comparison of a weekly or monthly report; nil for daily notes and empty periods.
    func comparison(
        _ kind: ReportKind, period: Period, lastDataDay: Day?, scope: String?, rows: [OrgFigures]
    ) throws -> ReportComparison? {
        guard kind != .daily else { return nil }
        return try metrics.periodComparison(period: period, lastDataDay: lastDataDay, scope: scope, rows: rows)
    }
}

extension Metrics {
    /// Each row's change against the previous period (the dashboard's week, month and year
    /// views and the weekly and monthly notes call this one function). When the period is
    /// still running, the previous period is cut to as many days. Nil when nothing to compare.
    public func periodComparison(
        period: Period, lastDataDay: Day?, scope: String?, rows: [OrgFigures]
    ) throws -> ReportComparison? {
        guard period.kind != .day, let lastDataDay else { return nil }
        let previous = period.previous
        let elapsed = lastDataDay.number - period.first.number + 1
        let sameDays = lastDataDay < period.last && elapsed < previous.length
        let compared = sameDays ? Period(first: previous.first, last: previous.first.adding(elapsed - 1)) : previous
        let table = try orgTable(period: compared, scope: scope)
        guard table.lastDataDay != nil else { return nil }
        return ReportComparison(
            first: compared.first.iso, last: compared.last.iso, sameDays: sameDays, days: compared.length,
            changes: rows.map { FigureChange(current: $0, previous: table.row(code: $0.code)) })
    }
}

extension FigureChange {
    /// "+3.2" percentage points of activity ("—" without a figure); every output signs alike.
    public var activityText: String { Self.signed(activityRate, 100) }
    public var registrationRateText: String { Self.signed(registrationRate, 100) }
    public var averagePointsText: String { Self.signed(averagePoints, 1) }
    /// "+45" learners registered.
    public var registeredText: String {
        registered.map { $0 > 0 ? "+\(MetricFormat.count($0))" : MetricFormat.count($0) } ?? MetricFormat.missing
    }

    static func signed(_ value: Double?, _ scale: Double) -> String {
        guard let value else { return MetricFormat.missing }
        let text = MetricFormat.decimal(value * scale)
        return value * scale >= 0.05 ? "+" + text : (text == "-0.0" ? "0.0" : text)
    }
}

extension ReportMarkdown {
    /// "较上周同期（2026-11-23 至 2026-11-24）：活跃度 +3.2 个百分点，注册 +45 人，…".
    func comparisonLine(_ change: FigureChange, comparison: ReportComparison) -> String {
        let key: ReportText =
            switch (report.kind, comparison.sameDays) {
            case (.weekly, true): .compareWeekSameDays
            case (.weekly, false): .compareWeek
            case (.monthly, true): .compareMonthSameDays
            case (.monthly, false): .compareMonth
            case (_, true): .comparePreviousSameDays
            case (_, false): .comparePrevious
            }
        let heading = t(key, comparison.first, comparison.last)
        return heading + changeText(change)
    }

    func changeText(_ change: FigureChange) -> String {
        t(
            ReportText.compareFigures, change.activityText, change.registeredText, change.registrationRateText,
            change.averagePointsText)
    }
}
