import XuexiModel

/// The three notes a street office sends (SPEC §1): 每日一督, 每周一晒, 每月一比.
public enum ReportKind: String, Sendable, Codable, CaseIterable {
    case daily, weekly, monthly

    public var periodKind: Period.Kind {
        switch self {
        case .daily: .day
        case .weekly: .week
        case .monthly: .month
        }
    }

    /// The leaderboard a report's top learners come from.
    public var leaderboard: LeaderboardKind {
        switch self {
        case .daily: .day
        case .weekly: .week
        case .monthly: .month
        }
    }

    public func title(_ language: Language) -> String {
        let key: ReportText =
            switch self {
            case .daily: .titleDaily
            case .weekly: .titleWeekly
            case .monthly: .titleMonthly
            }
        return key.text(language)
    }
}
