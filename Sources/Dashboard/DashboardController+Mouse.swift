/// Clicks select (a second click on a selected org opens or closes it; on a learner, opens
/// the detail), the wheel scrolls the pane under the pointer, tabs switch on click.
extension DashboardController {
    static let wheelStep = 3

    func handleMouse(_ mouse: DashboardMouse) -> DashboardResponse {
        guard state.overlay == nil, !isTooSmall else {
            if case .search(var search) = state.overlay {
                switch mouse {
                case .wheelUp: search.selectedIndex = max(0, search.selectedIndex - 1)
                case .wheelDown: search.selectedIndex += 1
                case .click: return .ignored
                }
                state.overlay = .search(search)
                return .redraw
            }
            return .ignored
        }
        switch state.topRoute {
        case .learner:
            return .ignored
        case .branch(var branch):
            let response = mouseInBranch(mouse, branch: &branch)
            replaceTopRoute(.branch(branch))
            return response
        case nil:
            return mouseInMain(mouse)
        }
    }

    private func mouseInMain(_ mouse: DashboardMouse) -> DashboardResponse {
        switch mouse {
        case .click(let x, let y):
            if let tabs = feedback.tabs, feedback.tabsArea.contains(x: x, y: y), let index = tabs.tabIndex(atX: x, in: feedback.tabsArea) {
                state.focus = .learners
                state.learners.kind = TopLearnersPane.tabs[index]
                return .redraw
            }
            if feedback.orgsArea.contains(x: x, y: y) {
                state.focus = .orgs
                guard let code = feedback.orgs.id(atY: y) else { return .redraw }
                if state.orgs.selection.id == code { _ = perform(.toggleExpand); return .redraw }
                state.orgs.selection.select(code)
                return .redraw
            }
            if feedback.learnersArea.contains(x: x, y: y) {
                state.focus = .learners
                guard let id = feedback.learners.id(atY: y) else { return .redraw }
                if state.learners.selection.id == id { return perform(.open) }
                state.learners.selection.select(id)
                return .redraw
            }
            if feedback.alertsArea.contains(x: x, y: y) {
                state.focus = .alerts
                if let id = feedback.alerts.id(atY: y) { state.alerts.selection.select(id) }
                return .redraw
            }
            return .ignored
        case .wheelUp(let x, let y), .wheelDown(let x, let y):
            let action: DashboardAction = if case .wheelUp = mouse { .moveUp } else { .moveDown }
            let pane: MainPane? = feedback.orgsArea.contains(x: x, y: y) ? .orgs
                : feedback.learnersArea.contains(x: x, y: y) ? .learners
                : feedback.alertsArea.contains(x: x, y: y) ? .alerts : nil
            guard let pane else { return .ignored }
            state.focus = pane
            var response = DashboardResponse.ignored
            for _ in 0..<DashboardController.wheelStep where perform(action) == .redraw { response = .redraw }
            return response
        }
    }

    private func mouseInBranch(_ mouse: DashboardMouse, branch: inout BranchState) -> DashboardResponse {
        switch mouse {
        case .click(let x, let y):
            if feedback.membersArea.contains(x: x, y: y) {
                branch.focus = .members
                guard let id = feedback.members.id(atY: y) else { return .redraw }
                if branch.members.id == id { return performInBranch(.open, branch: &branch) }
                branch.members.select(id)
                return .redraw
            }
            if feedback.inactiveArea.contains(x: x, y: y) {
                branch.focus = .inactive
                if let id = feedback.inactive.id(atY: y) { branch.inactive.select(id) }
                return .redraw
            }
            return .ignored
        case .wheelUp(let x, let y), .wheelDown(let x, let y):
            let action: DashboardAction = if case .wheelUp = mouse { .moveUp } else { .moveDown }
            if feedback.membersArea.contains(x: x, y: y) { branch.focus = .members } else if feedback.inactiveArea.contains(x: x, y: y) { branch.focus = .inactive } else { return .ignored }
            var response = DashboardResponse.ignored
            for _ in 0..<DashboardController.wheelStep where performInBranch(action, branch: &branch) == .redraw { response = .redraw }
            return response
        }
    }
}
