import Foundation
import Widgets
import XuexiCore
import XuexiModel

/// Derives the view model from the state and the loaded data. It asks the data source for
/// what the current screen shows (asking schedules a load in background mode) and writes
/// nothing but the memo of derived lists.
struct ViewModelBuilder {
    static let leaderboardSize = 50
    static let searchLimit = 100

    let data: DashboardDataSource
    let today: Day
    /// The screen the frame is for: whether the branch review has room for the item breakdown.
    let screen: Rect

    func build(_ state: DashboardState, memo: inout DerivedListsMemo) -> DashboardViewModel {
        let overview = data.overview()
        let shownDay = state.pinnedDay ?? overview.value?.liveDay(today: today) ?? today
        let period = state.shownPeriod(containing: shownDay)
        let scoped = { data.orgTree(period: period, scope: state.scopeCode) }
        var view = DashboardViewModel(
            overview: overview, shownDay: shownDay, period: period, today: today,
            namingTree: data.orgTree(period: period, scope: nil).value ?? scoped().value)
        if let branch = state.currentBranch {
            let hasData = !(overview.value?.dataDays.isEmpty ?? true)
            view.branch = branchLists(branch, state: state, view: view, loadItems: hasData, memo: &memo)
        } else {
            view.main = mainLists(state, model: scoped(), day: shownDay, period: period, memo: &memo)
        }
        if case .learner(let learner) = state.topRoute {
            view.learner = LearnerViewModel(
                learner: learner, history: data.learnerHistory(learnerId: learner.learnerId, day: shownDay),
                info: data.learnerInfo(learnerId: learner.learnerId))
        }
        if case .search(let search) = state.overlay {
            view.search = searchResults(search, state: state, model: scoped().value, period: period, memo: &memo)
        }
        if case .imports = state.overlay { view.imports = data.importRecords() }
        return view
    }

    // MARK: - Main screen

    func mainLists(
        _ state: DashboardState, model: LoadState<OrgTreeModel>, day: Day, period: Period,
        memo: inout DerivedListsMemo
    ) -> MainViewModel {
        let rows = orgRows(state, model: model, period: period, memo: &memo)
        let codes = model.value.map { tree in rows.map { tree.rows[$0.index].code } } ?? []
        let sparklines =
            model.value.flatMap { data.sparklines(day: day, model: $0, scope: state.scopeCode).value } ?? [:]
        let leaders = data.leaderboard(
            state.learners.kind, day: day, scope: state.scopeCode, filter: state.learners.filter,
            limit: ViewModelBuilder.leaderboardSize)
        let filter = state.alerts.filter
        let alerts = data.alerts(scope: state.scopeCode).map { $0.filter { filter.accepts($0.state) } }
        let listed = alerts.value ?? []
        let groups: [AlertGroup]
        if let memo = memo.alertGroups, memo.alerts == listed {
            groups = memo.groups
        } else {
            groups = AlertGroup.build(listed)
            memo.alertGroups = (listed, groups)
        }
        let alertRows = AlertTriageRow.rows(groups: groups, expanded: state.alerts.expanded, language: state.language)
        return MainViewModel(
            model: model, orgRows: rows, orgCodes: codes, sparklines: sparklines, leaderboard: leaders,
            leaderIds: leaders.value?.map(\.learnerId) ?? [], alerts: alerts, alertRows: alertRows,
            alertGroups: groups, alertIds: alertRows.map(\.id))
    }

    /// The expanded part of the tree in display order, derived again only when one of its
    /// inputs changed.
    func orgRows(
        _ state: DashboardState, model modelState: LoadState<OrgTreeModel>, period: Period,
        memo: inout DerivedListsMemo
    ) -> [VisibleOrgRow] {
        guard let model = modelState.value else { return [] }
        var isCurrent = false
        if case .loaded(_, let current) = modelState { isCurrent = current }
        let orgs = state.orgs
        let key = DerivedListsMemo.OrgRowsKey(
            period: period, scope: state.scopeCode, stamp: data.stamp, isCurrent: isCurrent,
            rowCount: model.rows.count, expanded: orgs.expanded, sort: orgs.sort,
            ascending: orgs.ascending, filter: orgs.filter)
        if let cached = memo.orgRows, cached.key == key { return cached.rows }
        let rows = model.visibleRows(
            expanded: orgs.expanded, sort: orgs.sort, ascending: orgs.ascending, filter: orgs.filter,
            floor: data.configuration.activityFloor, target: data.configuration.activityTarget)
        memo.orgRows = (key, rows)
        return rows
    }

    // MARK: - Branch review

    func branchLists(
        _ branch: BranchState, state: DashboardState, view: DashboardViewModel, loadItems: Bool,
        memo: inout DerivedListsMemo
    ) -> BranchViewModel {
        let day = view.shownDay
        let members = memberRows(branch, day: day, memo: &memo)
        let inactive = data.inactiveMembers(code: branch.orgCode, day: day)
        var items: LoadState<[ItemPoints]>?
        if loadItems, !BranchLayout(screen: screen).items.isEmpty {
            let days = state.period == .day ? 1 : (day.number - view.period.first.number + 1)
            items = data.itemBreakdown(code: branch.orgCode, day: day, days: days)
        }
        return BranchViewModel(
            orgCode: branch.orgCode, model: data.orgTree(period: view.period, scope: nil),
            series: data.branchSeries(code: branch.orgCode, day: day), members: members,
            memberIds: members.value?.map(\.days.learnerId) ?? [], inactive: inactive,
            inactiveIds: inactive.value?.map(\.learnerId) ?? [], console: data.consoleRanking(day: day), items: items)
    }

    func memberRows(_ branch: BranchState, day: Day, memo: inout DerivedListsMemo) -> LoadState<[MemberRow]> {
        let loaded = data.members(code: branch.orgCode, day: day)
        guard let members = loaded.value else { return loaded.map { _ in [] } }
        var isCurrent = false
        if case .loaded(_, let current) = loaded { isCurrent = current }
        let chase = branch.memberFilter.status.map { data.chase(code: branch.orgCode, status: $0, day: day) }
        if let chase, chase.value == nil { return chase.map { _ in [] } }
        let chased = chase?.value
        let key = DerivedListsMemo.MemberRowsKey(
            orgCode: branch.orgCode, day: day, stamp: data.stamp, isCurrent: isCurrent,
            memberCount: members.count, sort: branch.memberSort,
            ascending: branch.memberAscending, filter: branch.memberFilter, chaseLoaded: chased != nil)
        if let cached = memo.memberRows, cached.key == key { return .loaded(cached.rows, isCurrent: isCurrent) }
        let filtered = members.filter { member in
            switch branch.memberFilter {
            case .all: true
            case .party: member.party
            case .masses: !member.party
            case .unregistered, .unactivated, .inactive: chased?.contains(member.learnerId) ?? false
            }
        }
        let rows = MemberRow.sorted(
            filtered.map(MemberRow.init), by: branch.memberSort, ascending: branch.memberAscending)
        memo.memberRows = (key, rows)
        return .loaded(rows, isCurrent: isCurrent)
    }

    // MARK: - Search

    func searchResults(
        _ search: SearchState, state: DashboardState, model: OrgTreeModel?, period: Period,
        memo: inout DerivedListsMemo
    ) -> SearchResults {
        let query = search.input.text.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return SearchResults() }
        let orgEntries =
            model.flatMap { data.searchOrgs(model: $0, scope: state.scopeCode, period: period).value } ?? []
        let orgs = SearchIndex(orgs: orgEntries).search(query, limit: ViewModelBuilder.searchLimit)
        let learnersState = data.searchLearners(query, scope: state.scopeCode, limit: ViewModelBuilder.searchLimit)
        var learners: [SearchEntry]
        var learnerTotal: Int
        if let matches = learnersState.value {
            learners = SearchIndex.learnerEntries(matches.rows, query: query, model: model)
            learnerTotal = matches.total
            memo.lastLearnerSearch = (query, learners, learnerTotal)
        } else {
            learners = memo.lastLearnerSearch?.results ?? []
            learnerTotal = memo.lastLearnerSearch?.total ?? 0
        }
        return SearchResults(
            results: SearchIndex.merge(orgs.entries, learners), total: orgs.total + learnerTotal,
            learnersLoading: learnersState.isLoading)
    }
}
