import XuexiCore
import XuexiModel

/// The period the org figures are averaged over (`d`, `w`, `m`).
public enum DashboardPeriod: String, Sendable, CaseIterable {
    case day, week, month

    var periodKind: Period.Kind {
        switch self {
        case .day: .day
        case .week: .week
        case .month: .month
        }
    }

    /// The leaderboard tab that goes with the period.
    var leaderboardKind: LeaderboardKind {
        switch self {
        case .day: .day
        case .week: .week
        case .month: .month
        }
    }
}
