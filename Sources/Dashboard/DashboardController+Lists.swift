import Widgets
import XuexiCore

/// The lists the panes show, computed the same way for drawing and for key handling, and the
/// rules that keep selections (by id) valid as the lists change.
extension DashboardController {
    // MARK: - Main screen data

    func mainModel() -> LoadState<OrgTreeModel> {
        data.orgTree(period: period, scope: state.scopeCode)
    }

    /// The unscoped tree for the branch review, so siblings of the scope root still rank.
    func branchModel() -> LoadState<OrgTreeModel> {
        data.orgTree(period: period, scope: nil)
    }

    /// The expanded part of the tree in display order, recomputed only when the tree, the
    /// expansion, the sort or the filter changed.
    func visibleOrgRows(_ modelState: LoadState<OrgTreeModel>) -> [VisibleOrgRow] {
        guard let model = modelState.value else { return [] }
        prepareExpansion(model)
        var isCurrent = false
        if case .loaded(_, let current) = modelState { isCurrent = current }
        let orgs = state.orgs
        let signature = "\(period)|\(state.scopeCode ?? "")|\(data.stamp)|\(isCurrent)|\(model.rows.count)|\(orgs.expanded.count)|\(orgs.expanded.hashValue)|\(orgs.sort)|\(orgs.ascending)|\(orgs.filter)"
        if let cache = orgRowsCache, cache.signature == signature { return cache.rows }
        let rows = model.visibleRows(expanded: orgs.expanded, sort: orgs.sort, ascending: orgs.ascending, filter: orgs.filter,
                                     floor: data.configuration.activityFloor, target: data.configuration.activityTarget)
        orgRowsCache = (signature, rows)
        return rows
    }

    /// Opens the roots the first time a tree arrives, and the path to an org waiting to be shown.
    func prepareExpansion(_ model: OrgTreeModel) {
        if !state.orgs.expansionInitialized {
            state.orgs.expansionInitialized = true
            for root in model.roots where !model.children[root].isEmpty { state.orgs.expanded.insert(model.rows[root].code) }
        }
        if let code = pendingReveal, let index = model.indexByCode[code] {
            pendingReveal = nil
            for ancestor in model.path(to: index).dropLast() { state.orgs.expanded.insert(model.rows[ancestor].code) }
            state.orgs.selection.select(code)
            if state.orgs.filter != .all, let rate = model.rows[index].activityRate,
               rate >= (state.orgs.filter == .belowFloor ? data.configuration.activityFloor : data.configuration.activityTarget) {
                state.orgs.filter = .all
            }
        } else if let code = pendingReveal {
            pendingReveal = nil
            showToast(text("dash.toast.orgNotInScope", code), kind: .warning)
        }
    }

    func orgCodes(_ rows: [VisibleOrgRow], model: OrgTreeModel?) -> [String] {
        guard let model else { return [] }
        return rows.map { model.rows[$0.index].code }
    }

    func currentLeaderboard() -> LoadState<[LeaderboardEntry]> {
        data.leaderboard(state.learners.kind, day: shownDay, scope: state.scopeCode, filter: state.learners.filter,
                         limit: DashboardController.leaderboardSize)
    }

    /// The alerts the pane lists: the scope's alerts in the state chosen with `f`.
    func currentAlerts() -> LoadState<[Alert]> {
        let filter = state.alerts.filter
        return data.alerts(scope: state.scopeCode).map { $0.filter { filter.accepts($0.state) } }
    }

    // MARK: - Branch review data

    func memberRows(_ branch: BranchState) -> LoadState<[MemberRow]> {
        let loaded = data.members(code: branch.orgCode, day: shownDay)
        guard let members = loaded.value else { return loaded.map { _ in [] } }
        var isCurrent = false
        if case .loaded(_, let current) = loaded { isCurrent = current }
        let signature = "\(branch.orgCode)|\(shownDay)|\(data.stamp)|\(isCurrent)|\(members.count)|\(branch.memberSort)|\(branch.memberAscending)|\(branch.memberFilter)"
        if let cache = memberRowsCache, cache.signature == signature { return .loaded(cache.rows, isCurrent: isCurrent) }
        let filtered = members.filter { member in
            switch branch.memberFilter {
            case .all: true
            case .party: member.party
            case .masses: !member.party
            }
        }
        let rows = MemberRow.sorted(filtered.map(MemberRow.init), by: branch.memberSort, ascending: branch.memberAscending)
        memberRowsCache = (signature, rows)
        return .loaded(rows, isCurrent: isCurrent)
    }

    func inactiveMembers(_ branch: BranchState) -> LoadState<[InactiveLearner]> {
        data.inactiveMembers(code: branch.orgCode, day: shownDay)
    }

    // MARK: - Search

    /// Orgs (in memory) then learners (searched in the store) matching the query. While the
    /// learners of a new query load, the last query's learners stay listed, so typing never
    /// blanks the list.
    func searchResults(_ search: SearchState) -> (results: [SearchEntry], total: Int, learnersLoading: Bool) {
        let query = search.input.text.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return ([], 0, false) }
        let orgEntries: [SearchEntry] = mainModel().value.flatMap { data.searchOrgs(model: $0, scope: state.scopeCode, period: period).value } ?? []
        let orgs = SearchIndex(orgs: orgEntries).search(query, limit: DashboardController.searchLimit)
        let learnersState = data.searchLearners(query, scope: state.scopeCode, limit: DashboardController.searchLimit)
        var learners: [SearchEntry]
        var learnerTotal: Int
        if let matches = learnersState.value {
            // "第二十五学习小组" alone does not say where: show the path below the top org.
            let model = mainModel().value
            learners = SearchIndex.learnerEntries(matches.rows).map { entry in
                var entry = entry
                if let code = entry.orgCode, model?.indexByCode[code] != nil { entry.context = orgLabel(code: code, model: model) }
                return entry
            }
            learnerTotal = matches.total
            searchCache = (query, learners, learnerTotal)
        } else {
            learners = searchCache?.results ?? []
            learnerTotal = searchCache?.total ?? 0
        }
        return (orgs.entries + learners, orgs.total + learnerTotal, learnersState.isLoading)
    }

    // MARK: - Selection by id

    /// The index of `selected` in `ids`; when it is gone, the row at `hint` (clamped) becomes
    /// the selection, so a refresh or a filter moves the cursor as little as possible.
    func resolveSelection(_ ids: [String], _ selection: inout ListSelection) -> Int? {
        guard !ids.isEmpty else { return nil }
        let hint = selection.indexHint
        if selection.isExplicit, let current = selection.id, let index = (hint < ids.count && ids[hint] == current) ? hint : ids.firstIndex(of: current) {
            selection.indexHint = index
            return index
        }
        let index = min(max(0, hint), ids.count - 1)
        selection.id = ids[index]
        selection.indexHint = index
        return index
    }

    /// Moves a selection by `delta` rows (clamped); false when it could not move.
    @discardableResult
    func moveSelection(_ ids: [String], _ selection: inout ListSelection, by delta: Int) -> Bool {
        guard let index = resolveSelection(ids, &selection) else { return false }
        let target = min(max(0, index + delta), ids.count - 1)
        guard target != index else { return false }
        selection.id = ids[target]
        selection.indexHint = target
        selection.isExplicit = true
        return true
    }

    /// The org label shown beside a learner: the path below the scope's top org.
    func orgLabel(code: String, model: OrgTreeModel?) -> String {
        guard let model, let index = model.indexByCode[code] else { return code }
        let path = model.path(to: index)
        let shown = path.count > 1 ? path.dropFirst() : path[...]
        return shown.map { model.rows[$0].name }.joined(separator: "/")
    }
}
