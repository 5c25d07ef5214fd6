import XuexiModel

/// The three notes a street office sends (SPEC §1): 每日一督, 每周一晒, 每月一比.
public enum ReportKind: String, Sendable, Codable, CaseIterable {
    case daily, weekly, monthly
    /// The calendar year to date (`--period year`, 年终考核).
    case yearly
    /// Any run of days (`--from D --to D`).
    case range

    public var periodKind: Period.Kind {
        switch self {
        case .daily: .day
        case .weekly: .week
        case .monthly: .month
        case .yearly: .year
        case .range: .range
        }
    }

    /// The leaderboard a report's top learners come from.
    public var leaderboard: LeaderboardKind {
        switch self {
        case .daily: .day
        case .weekly: .week
        case .monthly: .month
        // Week and month sums are kept per learner; longer periods rank by total points.
        case .yearly, .range: .total
        }
    }

    public func title(_ language: Language) -> String {
        let key: ReportText =
            switch self {
            case .daily: .titleDaily
            case .weekly: .titleWeekly
            case .monthly: .titleMonthly
            case .yearly: .titleYearly
            case .range: .titleRange
            }
        return key.text(language)
    }
}
