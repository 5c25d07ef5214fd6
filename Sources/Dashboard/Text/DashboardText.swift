import Foundation
import XuexiCore
import XuexiModel

/// Strings and formats in the language of the moment: every UI string goes through the one
/// string table; dates, ages and numbers are written the way each language writes them.
public struct DashboardText: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    public func callAsFunction(_ key: DashText, _ arguments: CustomStringConvertible...) -> String {
        StringTable.text(key, language, arguments: arguments)
    }

    /// "周五" / "Fri".
    public func weekday(_ day: Day) -> String {
        self(DashText.weekday(day.weekday))
    }

    /// "2026-11-20 周五" / "Fri 2026-11-20".
    public func date(_ day: Day) -> String {
        language == .zh ? "\(day.iso) \(weekday(day))" : "\(weekday(day)) \(day.iso)"
    }

    /// "11-20": for chart axes and narrow columns.
    public func shortDate(_ day: Day) -> String {
        let parts = day.components
        return String(format: "%02d-%02d", parts.month, parts.day)
    }

    /// How long ago `time` was: "刚刚", "5 分钟前" / "just now", "5 min ago".
    public func age(of time: Date, now: Date) -> String {
        let seconds = max(0, Int(now.timeIntervalSince(time)))
        if seconds < 60 { return self(DashText.ageNow) }
        if seconds < 3_600 { return self(DashText.ageMinutes, seconds / 60) }
        if seconds < 86_400 { return self(DashText.ageHours, seconds / 3_600) }
        return self(DashText.ageDays, seconds / 86_400)
    }

    /// Age of an alert in whole days: "今天", "3 天" / "today", "3 d".
    public func days(_ count: Int) -> String {
        count <= 0 ? self(DashText.daysToday) : self(DashText.daysCount, count)
    }

    /// "14:05" in `timeZone`.
    public func clock(_ time: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: time)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// Thousands separators in both languages (41,550): the figures the offices quote.
    public func count(_ value: Int) -> String { MetricFormat.count(value) }

    public func percent(_ value: Double?) -> String { MetricFormat.percent(value) }

    public func decimal(_ value: Double?) -> String { MetricFormat.decimal(value) }

    /// The period as the header names it: "日" / "本周均值" / "本月均值".
    public func periodName(_ period: DashboardPeriod, range: Period? = nil) -> String {
        guard let range else { return self(DashText.period(period)) }
        return self(DashText.periodRange, shortDate(range.first), shortDate(range.last))
    }

    public func leaderboardName(_ kind: LeaderboardKind) -> String {
        self(DashText.board(kind))
    }

    public func filterName(_ filter: LearnerFilter) -> String {
        self(DashText.learnerFilter(filter))
    }

    /// A time written by the importer (ISO 8601), if it parses.
    static func parseTimestamp(_ text: String) -> Date? {
        ISO8601DateFormatter().date(from: text)
    }
}
