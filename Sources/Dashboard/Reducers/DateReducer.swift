import XuexiCore
import XuexiModel

/// The day shown (`[` `]` step through days with data, `.` returns to live) and the period
/// the figures are averaged over (`d` `w` `m`).
enum DateReducer {
    static func perform(_ state: inout DashboardState, _ action: DashboardAction, _ context: ReducerContext) -> Reaction
    {
        switch action {
        case .previousDay:
            state.range = nil
            return stepDay(&state, by: -1, days: context.view.overviewValue?.dataDays)
        case .nextDay:
            state.range = nil
            return stepDay(&state, by: 1, days: context.view.overviewValue?.dataDays)
        case .latestDay:
            guard state.pinnedDay != nil else { return .ignored }
            state.pinnedDay = nil
            state.range = nil
            return .redraw(.toast(state.text(DashText.toastLive), .info))
        case .period(let period):
            guard state.period != period || state.learners.kind != period.leaderboardKind || state.range != nil else {
                return .ignored
            }
            state.show(period: period)
            return .redraw
        default:
            return .ignored
        }
    }

    /// Steps through the days that have data; the last one unpins (follows new imports).
    static func stepDay(_ state: inout DashboardState, by delta: Int, days: [Day]?) -> Reaction {
        guard let days, let latest = days.last else { return .ignored }
        let current = state.pinnedDay ?? latest
        let index = days.lastIndex { $0 <= current } ?? 0
        let target = min(max(0, index + delta), days.count - 1)
        guard target != index else {
            return .redraw(
                .toast(state.text(delta > 0 ? DashText.toastLatestAlready : DashText.toastEarliestAlready), .info))
        }
        state.pinnedDay = target == days.count - 1 ? nil : days[target]
        return .redraw
    }
}
