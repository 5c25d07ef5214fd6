import Foundation
import Widgets
import XuexiCore

/// What each action does on the screen that has the keys.
extension DashboardController {
    func handleKey(_ key: DashboardKey) -> DashboardResponse {
        if key == .ctrl("c") { return .quit }
        if let overlay = state.overlay { return handleOverlayKey(key, overlay: overlay) }
        guard let action = KeyBindings.action(for: key) else { return .ignored }
        if isTooSmall { return action == .quit ? .quit : .ignored }
        return perform(action)
    }

    func perform(_ action: DashboardAction) -> DashboardResponse {
        switch action {
        case .quit: return .quit
        case .help:
            state.overlay = .help
            return .redraw
        case .settings:
            state.overlay = .settings
            return .redraw
        case .search:
            state.overlay = .search(SearchState())
            return .redraw
        case .cycleTheme:
            cycleTheme()
            return .redraw
        case .toggleLanguage:
            state.language = state.language == .zh ? .en : .zh
            showToast(text("dash.toast.language"))
            return .redraw
        case .toggleMouse:
            state.mouseEnabled.toggle()
            showToast(text(state.mouseEnabled ? "dash.toast.mouseOn" : "dash.toast.mouseOff"))
            return .setMouse(state.mouseEnabled)
        case .refresh:
            data.reloadEverything()
            orgRowsCache = nil
            memberRowsCache = nil
            searchCache = nil
            return .fullRedraw
        case .previousDay: return stepDay(-1)
        case .nextDay: return stepDay(1)
        case .latestDay:
            guard state.pinnedDay != nil else { return .ignored }
            state.pinnedDay = nil
            showToast(text("dash.toast.live"))
            return .redraw
        case .period(let period):
            guard state.period != period || state.learners.kind != period.leaderboardKind else { return .ignored }
            state.period = period
            state.learners.kind = period.leaderboardKind
            return .redraw
        case .back:
            guard !state.routes.isEmpty else { return .ignored }
            state.routes.removeLast()
            return .redraw
        case .expandAll:
            return expandOrCollapseAll()
        default:
            break
        }
        switch state.topRoute {
        case .learner:
            if action == .open { state.routes.removeLast(); return .redraw }
            return .ignored
        case .branch(var branch):
            let response = performInBranch(action, branch: &branch)
            replaceTopRoute(.branch(branch))
            return response
        case nil:
            return performInMain(action)
        }
    }

    // MARK: - Main screen

    func performInMain(_ action: DashboardAction) -> DashboardResponse {
        switch action {
        case .nextPane, .previousPane:
            let panes = MainPane.allCases
            let index = panes.firstIndex(of: state.focus)!
            state.focus = panes[(index + (action == .nextPane ? 1 : panes.count - 1)) % panes.count]
            return .redraw
        case .acknowledge, .snooze:
            guard state.focus == .alerts else {
                state.focus = .alerts
                showToast(text("dash.toast.pickAlert"))
                return .redraw
            }
            return openAlertDialog(action)
        default:
            break
        }
        switch state.focus {
        case .orgs: return performInOrgs(action)
        case .learners: return performInLearners(action)
        case .alerts: return performInAlerts(action)
        }
    }

    func performInOrgs(_ action: DashboardAction) -> DashboardResponse {
        let modelState = mainModel()
        let model = modelState.value
        let rows = visibleOrgRows(modelState)
        let codes = orgCodes(rows, model: model)
        if let moved = moveResponse(action, ids: codes, &state.orgs.selection, page: feedback.orgs.visibleRows) {
            return moved
        }
        guard let model, let index = resolveSelection(codes, &state.orgs.selection) else {
            return .ignored
        }
        let row = rows[index]
        let code = codes[index]
        switch action {
        case .collapseOrLeft:
            if row.isExpanded, state.orgs.filter == .all {
                state.orgs.expanded.remove(code)
            } else if model.parent[row.index] >= 0 {
                state.orgs.selection.select(model.rows[model.parent[row.index]].code)
            } else {
                return .ignored
            }
            return .redraw
        case .expandOrRight:
            if row.hasChildren && !row.isExpanded {
                state.orgs.expanded.insert(code)
            } else if row.isExpanded, index + 1 < codes.count {
                state.orgs.selection.select(codes[index + 1])
                state.orgs.selection.indexHint = index + 1
            } else {
                return .ignored
            }
            return .redraw
        case .toggleExpand:
            guard row.hasChildren, state.orgs.filter == .all else { return .ignored }
            if row.isExpanded { state.orgs.expanded.remove(code) } else { state.orgs.expanded.insert(code) }
            return .redraw
        case .open:
            state.routes.append(.branch(BranchState(orgCode: code)))
            return .redraw
        case .nextSort:
            state.orgs.sort = state.orgs.sort.next
            state.orgs.ascending = state.orgs.sort.defaultAscending
            showToast(text("dash.toast.sort", text("dash.sort.\(state.orgs.sort.rawValue)")))
            return .redraw
        case .reverseSort:
            state.orgs.ascending.toggle()
            return .redraw
        case .cycleFilter:
            state.orgs.filter = state.orgs.filter.next
            showToast(text("dash.toast.filter", text("dash.orgs.filterName.\(state.orgs.filter.rawValue)")))
            return .redraw
        default:
            return .ignored
        }
    }

    func performInLearners(_ action: DashboardAction) -> DashboardResponse {
        let entries = currentLeaderboard().value ?? []
        let ids = entries.map(\.learnerId)
        if let moved = moveResponse(action, ids: ids, &state.learners.selection, page: feedback.learners.visibleRows) {
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
            state.learners.filter = filters[(filters.firstIndex(of: state.learners.filter)! + 1) % filters.count]
            return .redraw
        case .open:
            guard let index = resolveSelection(ids, &state.learners.selection) else { return .ignored }
            let entry = entries[index]
            state.routes.append(.learner(LearnerDetailState(learnerId: entry.learnerId, name: entry.name, orgCode: entry.orgCode)))
            return .redraw
        default:
            return .ignored
        }
    }

    func performInAlerts(_ action: DashboardAction) -> DashboardResponse {
        let alerts = currentAlerts().value ?? []
        let ids = alerts.map(\.id)
        if let moved = moveResponse(action, ids: ids, &state.alerts.selection, page: feedback.alerts.visibleRows) {
            return moved
        }
        switch action {
        case .cycleFilter:
            let cycle = AlertsPaneState.filterCycle
            state.alerts.filter = cycle[((cycle.firstIndex(of: state.alerts.filter) ?? 0) + 1) % cycle.count]
            return .redraw
        case .open:
            guard let index = resolveSelection(ids, &state.alerts.selection),
                  let code = alerts[index].orgCode else { return .ignored }
            state.routes.append(.branch(BranchState(orgCode: code)))
            return .redraw
        default:
            return .ignored
        }
    }

    func openAlertDialog(_ action: DashboardAction) -> DashboardResponse {
        let alerts = currentAlerts().value ?? []
        guard let index = resolveSelection(alerts.map(\.id), &state.alerts.selection) else {
            showToast(text("dash.toast.noAlert"), kind: .warning)
            return .redraw
        }
        let alert = alerts[index]
        guard alert.state != .resolved else {
            showToast(AlertError.resolved(alert.id).message(state.language), kind: .warning)
            return .redraw
        }
        if action == .acknowledge {
            state.overlay = .acknowledge(alertId: alert.id, note: TextInputState(text: alert.note ?? ""))
        } else {
            state.overlay = .snooze(alertId: alert.id, choice: .oneDay)
        }
        return .redraw
    }

    // MARK: - Branch review

    func performInBranch(_ action: DashboardAction, branch: inout BranchState) -> DashboardResponse {
        switch action {
        case .nextPane, .previousPane, .collapseOrLeft, .expandOrRight:
            branch.focus = branch.focus == .members ? .inactive : .members
            return .redraw
        default:
            break
        }
        switch branch.focus {
        case .members:
            let members = memberRows(branch).value ?? []
            let ids = members.map(\.days.learnerId)
            if let moved = moveResponse(action, ids: ids, &branch.members, page: feedback.members.visibleRows) {
                return moved
            }
            switch action {
            case .open:
                guard let index = resolveSelection(ids, &branch.members) else { return .ignored }
                let member = members[index].days
                state.routes.append(.learner(LearnerDetailState(learnerId: member.learnerId, name: member.name, orgCode: nil)))
                return .redraw
            case .nextSort:
                branch.memberSort = branch.memberSort.next
                branch.memberAscending = branch.memberSort == .name
                showToast(text("dash.toast.sort", text("dash.memberSort.\(branch.memberSort.rawValue)")))
                return .redraw
            case .reverseSort:
                branch.memberAscending.toggle()
                return .redraw
            case .cycleFilter:
                let filters = LearnerFilter.allCases
                branch.memberFilter = filters[(filters.firstIndex(of: branch.memberFilter)! + 1) % filters.count]
                return .redraw
            default:
                return .ignored
            }
        case .inactive:
            let list = inactiveMembers(branch).value ?? []
            let ids = list.map(\.learnerId)
            if let moved = moveResponse(action, ids: ids, &branch.inactive, page: feedback.inactive.visibleRows) {
                return moved
            }
            if action == .open, let index = resolveSelection(ids, &branch.inactive) {
                let learner = list[index]
                state.routes.append(.learner(LearnerDetailState(learnerId: learner.learnerId, name: learner.name, orgCode: learner.orgCode)))
                return .redraw
            }
            return .ignored
        }
    }

    func replaceTopRoute(_ route: Route) {
        // The action may have pushed a route; replace the branch it started from.
        for index in state.routes.indices.reversed() {
            if case .branch = state.routes[index] {
                state.routes[index] = route
                return
            }
        }
    }

    // MARK: - Shared behaviours

    /// Up/down/page/home/end on a list; nil when `action` is not a movement.
    func moveResponse(_ action: DashboardAction, ids: [String], _ selection: inout ListSelection, page: Int) -> DashboardResponse? {
        let pageSize = max(1, page - 1)
        let delta: Int
        switch action {
        case .moveUp: delta = -1
        case .moveDown: delta = 1
        case .pageUp: delta = -pageSize
        case .pageDown: delta = pageSize
        case .moveToTop: delta = -ids.count
        case .moveToBottom: delta = ids.count
        default: return nil
        }
        return moveSelection(ids, &selection, by: delta) ? .redraw : .ignored
    }

    func stepDay(_ delta: Int) -> DashboardResponse {
        guard let days = overview?.dataDays, let latest = days.last else { return .ignored }
        let current = state.pinnedDay ?? latest
        let index = days.lastIndex { $0 <= current } ?? 0
        let target = min(max(0, index + delta), days.count - 1)
        guard target != index else {
            showToast(text(delta > 0 ? "dash.toast.latestAlready" : "dash.toast.earliestAlready"))
            return .redraw
        }
        state.pinnedDay = target == days.count - 1 ? nil : days[target]
        return .redraw
    }

    func expandOrCollapseAll() -> DashboardResponse {
        guard let model = mainModel().value else { return .ignored }
        let all = model.expandableCodes
        if state.orgs.expanded.isSuperset(of: all) {
            state.orgs.expanded = Set(model.roots.map { model.rows[$0].code }).intersection(all)
            showToast(text("dash.toast.collapsed"))
        } else {
            state.orgs.expanded = all
            showToast(text("dash.toast.expanded", all.count))
        }
        return .redraw
    }

    func cycleTheme() {
        let next = themes.name(after: state.themeName)
        let loaded = themes.load(next)
        theme = loaded.theme.with(glyphs: environment.glyphs)
        state.themeName = next
        if let error = loaded.error {
            showToast(text("dash.toast.themeError", error.description), kind: .error)
        } else {
            showToast(text("dash.toast.theme", loaded.theme.displayName))
        }
    }
}
