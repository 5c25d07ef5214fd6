import XuexiCore
import XuexiModel

/// What the loader caches a value under: one case per query the dashboard runs, with exactly
/// the inputs that change its result, so two call sites cannot spell the same query twice.
enum QueryKey: Hashable, Sendable {
    case overview
    case orgTree(period: Period, scope: String?)
    case sparklines(day: Day, scope: String?)
    case leaderboard(kind: LeaderboardKind, day: Day, scope: String?, filter: LearnerFilter, limit: Int)
    /// Loaded at `DashboardDataSource.alertsStamp`, which also moves when another process
    /// changed an alert's state: a generation in the key would leave one cached alert list
    /// behind per evaluation (a live demo evaluates every few seconds).
    case alerts(scope: String?)
    case branchSeries(code: String, day: Day)
    case members(code: String, day: Day)
    case inactiveMembers(code: String, day: Day)
    case consoleRanking(day: Day)
    case chase(code: String, status: ChaseStatus, day: Day)
    case itemBreakdown(code: String, day: Day, days: Int)
    case learnerHistory(learnerId: String, day: Day)
    case learnerInfo(learnerId: String)
    case searchLearners(query: String, scope: String?, limit: Int)
    case searchOrgs(scope: String?, period: Period)
}
