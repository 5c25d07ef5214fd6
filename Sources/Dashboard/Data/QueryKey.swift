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
    case importRecords
}

extension QueryKey {
    var isAlerts: Bool {
        if case .alerts = self { return true }
        return false
    }

    /// The same query for another day, period, board or filter. While a new key loads, the
    /// last value of its family stands in (marked not current), so changing the day or the
    /// board never blanks a pane. Nil where a stand-in would mislead (another learner's facts)
    /// or is kept elsewhere (search results).
    var family: String? {
        switch self {
        case .overview, .learnerInfo, .searchLearners, .importRecords: nil
        case .orgTree(_, let scope): "orgTree|" + (scope ?? "")
        case .sparklines(_, let scope): "sparklines|" + (scope ?? "")
        case .leaderboard(_, _, let scope, _, let limit): "leaderboard|\(scope ?? "")|\(limit)"
        case .alerts(let scope): "alerts|" + (scope ?? "")
        case .branchSeries(let code, _): "branchSeries|" + code
        case .members(let code, _): "members|" + code
        case .inactiveMembers(let code, _): "inactiveMembers|" + code
        case .consoleRanking: "consoleRanking"
        case .chase(let code, let status, _): "chase|\(code)|\(status)"
        case .itemBreakdown(let code, _, _): "itemBreakdown|" + code
        case .learnerHistory(let learnerId, _): "learnerHistory|" + learnerId
        case .searchOrgs(let scope, _): "searchOrgs|" + (scope ?? "")
        }
    }
}
