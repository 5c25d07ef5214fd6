/// Clicks select (a second click on a selected org opens or closes it; on a learner, opens
/// the detail), the wheel scrolls the pane under the pointer, tabs switch on click. Where
/// things are comes from the frame's layout and the state's scroll offsets.
enum MouseReducer {
    static let wheelStep = 3

    static func mouse(_ state: inout DashboardState, _ mouse: DashboardMouse, _ context: ReducerContext) -> Reaction {
        guard state.overlay == nil, !context.layout.isTooSmall else {
            if case .search(let search) = state.overlay { return SearchReducer.wheel(&state, mouse, search: search) }
            return .ignored
        }
        switch state.topRoute {
        case .learner:
            return .ignored
        case .branch(var branch):
            let reaction = inBranch(&state, &branch, mouse, context)
            state.replaceBranch(with: branch)
            return reaction
        case nil:
            return inMain(&state, mouse, context)
        }
    }

    /// The id of the row under `y` in a list slot.
    private static func id(atY y: Int, in slot: FrameLayout.ListSlot, selection: ListSelection, ids: [String])
        -> String?
    {
        slot.viewport.index(atY: y, firstIndex: selection.scrollOffset, count: ids.count).map { ids[$0] }
    }

    private static func inMain(_ state: inout DashboardState, _ mouse: DashboardMouse, _ context: ReducerContext)
        -> Reaction
    {
        let layout = context.layout
        let lists = context.view.main
        switch mouse {
        case .click(let x, let y):
            if let tabs = layout.tabs, layout.tabsArea.contains(x: x, y: y),
                let index = tabs.tabIndex(atX: x, in: layout.tabsArea)
            {
                state.focus = .learners
                state.learners.kind = TopLearnersPane.tabs[index]
                return .redraw
            }
            if layout.orgs.area.contains(x: x, y: y) {
                state.focus = .orgs
                guard
                    let code = id(atY: y, in: layout.orgs, selection: state.orgs.selection, ids: lists?.orgCodes ?? [])
                else {
                    return .redraw
                }
                if state.orgs.selection.id == code {
                    let reaction = AppReducer.perform(&state, .toggleExpand, context)
                    return Reaction(response: .redraw, effects: reaction.effects)
                }
                state.orgs.selection.select(code)
                return .redraw
            }
            if layout.learners.area.contains(x: x, y: y) {
                state.focus = .learners
                let ids = lists?.leaderIds ?? []
                guard let id = id(atY: y, in: layout.learners, selection: state.learners.selection, ids: ids) else {
                    return .redraw
                }
                if state.learners.selection.id == id { return AppReducer.perform(&state, .open, context) }
                state.learners.selection.select(id)
                return .redraw
            }
            if layout.alerts.area.contains(x: x, y: y) {
                state.focus = .alerts
                if let id = id(atY: y, in: layout.alerts, selection: state.alerts.selection, ids: lists?.alertIds ?? [])
                {
                    state.alerts.selection.select(id)
                }
                return .redraw
            }
            return .ignored
        case .wheelUp(let x, let y), .wheelDown(let x, let y):
            let action: DashboardAction = if case .wheelUp = mouse { .moveUp } else { .moveDown }
            let pane: MainPane? =
                layout.orgs.area.contains(x: x, y: y)
                ? .orgs
                : layout.learners.area.contains(x: x, y: y)
                    ? .learners
                    : layout.alerts.area.contains(x: x, y: y) ? .alerts : nil
            guard let pane else { return .ignored }
            state.focus = pane
            return repeated(wheelStep) { AppReducer.perform(&state, action, context) }
        }
    }

    private static func inBranch(
        _ state: inout DashboardState, _ branch: inout BranchState, _ mouse: DashboardMouse,
        _ context: ReducerContext
    ) -> Reaction {
        let layout = context.layout
        switch mouse {
        case .click(let x, let y):
            if layout.members.area.contains(x: x, y: y) {
                branch.focus = .members
                let ids = context.view.branch?.memberIds ?? []
                guard let id = id(atY: y, in: layout.members, selection: branch.members, ids: ids) else {
                    return .redraw
                }
                if branch.members.id == id { return BranchReducer.perform(&state, &branch, .open, context) }
                branch.members.select(id)
                return .redraw
            }
            if layout.inactive.area.contains(x: x, y: y) {
                branch.focus = .inactive
                let ids = context.view.branch?.inactiveIds ?? []
                if let id = id(atY: y, in: layout.inactive, selection: branch.inactive, ids: ids) {
                    branch.inactive.select(id)
                }
                return .redraw
            }
            return .ignored
        case .wheelUp(let x, let y), .wheelDown(let x, let y):
            let action: DashboardAction = if case .wheelUp = mouse { .moveUp } else { .moveDown }
            if layout.members.area.contains(x: x, y: y) {
                branch.focus = .members
            } else if layout.inactive.area.contains(x: x, y: y) {
                branch.focus = .inactive
            } else {
                return .ignored
            }
            return repeated(wheelStep) { BranchReducer.perform(&state, &branch, action, context) }
        }
    }

    /// Runs a movement `count` times; redraw if any step moved.
    private static func repeated(_ count: Int, _ step: () -> Reaction) -> Reaction {
        var response = DashboardResponse.ignored
        for _ in 0..<count where step().response == .redraw { response = .redraw }
        return Reaction(response: response)
    }
}
