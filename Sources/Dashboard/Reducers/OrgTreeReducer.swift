import XuexiCore

/// The org tree pane: moving, folding, opening a branch review, sorting and filtering; and
/// what happens when a tree arrives (roots opened once, a revealed org opened to).
enum OrgTreeReducer {
    static func perform(_ state: inout DashboardState, _ action: DashboardAction, _ context: ReducerContext) -> Reaction
    {
        guard let lists = context.view.main else { return .ignored }
        let codes = lists.orgCodes
        if let moved = ListMovement.move(
            action, ids: codes, selection: &state.orgs.selection,
            viewport: context.layout.orgs.viewport)
        {
            return moved
        }
        guard let model = lists.model.value, let index = state.orgs.selection.resolve(in: codes) else {
            return .ignored
        }
        let row = lists.orgRows[index]
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
        default:
            return sortOrFilter(&state, action)
        }
    }

    private static func sortOrFilter(_ state: inout DashboardState, _ action: DashboardAction) -> Reaction {
        let text = state.text
        switch action {
        case .nextSort:
            state.orgs.sort = state.orgs.sort.next
            state.orgs.ascending = state.orgs.sort.defaultAscending
            return .redraw(.toast(text(DashText.toastSort, text(DashText.orgSort(state.orgs.sort))), .info))
        case .reverseSort:
            state.orgs.ascending.toggle()
            return .redraw
        case .cycleFilter:
            state.orgs.filter = state.orgs.filter.next
            return .redraw(.toast(text(DashText.toastFilter, text(DashText.orgsFilterName(state.orgs.filter))), .info))
        default:
            return .ignored
        }
    }

    /// `e`: open every org, or when all are open, close all but the roots.
    static func expandOrCollapseAll(_ state: inout DashboardState, _ context: ReducerContext) -> Reaction {
        guard let model = context.scopedTree() else { return .ignored }
        let all = model.expandableCodes
        if state.orgs.expanded.isSuperset(of: all) {
            state.orgs.expanded = Set(model.roots.map { model.rows[$0].code }).intersection(all)
            return .redraw(.toast(state.text(DashText.toastCollapsed), .info))
        }
        state.orgs.expanded = all
        return .redraw(.toast(state.text(DashText.toastExpanded, all.count), .info))
    }

    /// A tree has arrived: open the roots the first time, and the path to an org waiting to be
    /// shown (switching the filter off if it would hide it).
    static func treeArrived(_ state: inout DashboardState, model: OrgTreeModel, configuration: AppConfiguration)
        -> [Effect]
    {
        if !state.orgs.expansionInitialized {
            state.orgs.expansionInitialized = true
            for root in model.roots where !model.children[root].isEmpty {
                state.orgs.expanded.insert(model.rows[root].code)
            }
        }
        guard let code = state.pendingReveal else { return [] }
        state.pendingReveal = nil
        guard let index = model.indexByCode[code] else {
            return [.toast(state.text(DashText.toastOrgNotInScope, code), .warning)]
        }
        for ancestor in model.path(to: index).dropLast() { state.orgs.expanded.insert(model.rows[ancestor].code) }
        state.orgs.selection.select(code)
        let limit = state.orgs.filter == .belowFloor ? configuration.activityFloor : configuration.activityTarget
        if state.orgs.filter != .all, let rate = model.rows[index].activityRate, rate >= limit {
            state.orgs.filter = .all
        }
        return []
    }
}
