import XuexiModel

extension ReportText {
    /// "周一" … "周日" for an ISO weekday (1 = Monday).
    static func weekday(_ weekday: Int) -> ReportText {
        [.weekday1, .weekday2, .weekday3, .weekday4, .weekday5, .weekday6, .weekday7][(weekday + 6) % 7]
    }

    /// The heading of the points column of a leaderboard of `kind`.
    static func pointsColumn(_ kind: LeaderboardKind) -> ReportText {
        switch kind {
        case .day: .colPointsDay
        case .week: .colPointsWeek
        case .month: .colPointsMonth
        case .total: .colPointsTotal
        }
    }
}
