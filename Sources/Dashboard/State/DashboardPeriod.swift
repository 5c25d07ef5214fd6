import XuexiCore
import XuexiModel

/// The period the org figures are averaged over (`d`, `w`, `m`, `y`).
public enum DashboardPeriod: String, Sendable, CaseIterable {
    case day, week, month
    /// The calendar year to date (two lookups of the running sums, like every period).
    case year

    var periodKind: Period.Kind {
        switch self {
        case .day: .day
        case .week: .week
        case .month: .month
        case .year: .year
        }
    }

    /// The leaderboard tab that goes with the period.
    var leaderboardKind: LeaderboardKind {
        switch self {
        case .day: .day
        case .week: .week
        case .month: .month
        // Running sums are kept per week and month; the year ranks by total points.
        case .year: .total
        }
    }
}
