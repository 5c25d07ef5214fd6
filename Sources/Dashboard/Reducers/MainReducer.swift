import XuexiCore
import XuexiModel

/// The main screen: Tab between panes, then the focused pane's reducer.
enum MainReducer {
    static func perform(_ state: inout DashboardState, _ action: DashboardAction, _ context: ReducerContext) -> Reaction
    {
        switch action {
        case .nextPane, .previousPane:
            let panes = MainPane.allCases
            let index = panes.firstIndex(of: state.focus) ?? 0
            state.focus = panes[(index + (action == .nextPane ? 1 : panes.count - 1)) % panes.count]
            return .redraw
        case .acknowledge, .snooze:
            guard state.focus == .alerts else {
                state.focus = .alerts
                return .redraw(.toast(state.text(DashText.toastPickAlert), .info))
            }
            return AlertsReducer.openDialog(&state, action, context)
        default:
            break
        }
        switch state.focus {
        case .orgs: return OrgTreeReducer.perform(&state, action, context)
        case .learners: return LearnersReducer.perform(&state, action, context)
        case .alerts: return AlertsReducer.perform(&state, action, context)
        }
    }
}

/// The top-learners pane: boards (tabs), filter, and the learner detail.
enum LearnersReducer {
    static func perform(_ state: inout DashboardState, _ action: DashboardAction, _ context: ReducerContext) -> Reaction
    {
        let entries = context.view.main?.leaderboard.value ?? []
        let ids = entries.map(\.learnerId)
        if let moved = ListMovement.move(
            action, ids: ids, selection: &state.learners.selection,
            viewport: context.layout.learners.viewport)
        {
            return moved
        }
        let tabs = TopLearnersPane.tabs
        switch action {
        case .collapseOrLeft, .expandOrRight, .nextSort:
            let index = tabs.firstIndex(of: state.learners.kind) ?? 0
            let step = action == .collapseOrLeft ? tabs.count - 1 : 1
            state.learners.kind = tabs[(index + step) % tabs.count]
            return .redraw
        case .cycleFilter:
            let filters = LearnerFilter.allCases
            state.learners.filter = filters[((filters.firstIndex(of: state.learners.filter) ?? 0) + 1) % filters.count]
            return .redraw
        case .open:
            guard let index = state.learners.selection.resolve(in: ids) else { return .ignored }
            let entry = entries[index]
            state.routes.append(
                .learner(LearnerDetailState(learnerId: entry.learnerId, name: entry.name, orgCode: entry.orgCode)))
            return .redraw
        default:
            return .ignored
        }
    }
}
