import Widgets

/// Where a frame puts things, computed from the screen size, the state and the view model
/// alone (a pure step, before drawing): the panes' areas, the rows of every list (page sizes
/// for PgUp/PgDn, targets for clicks) and the leaderboard's tabs. Key and mouse handling read
/// this instead of anything a previous frame reported.
struct FrameLayout {
    enum Screen {
        case tooSmall
        /// The overview is loading, failed, or the store has no days yet.
        case noData
        case main(MainLayout)
        case branch(BranchLayout)
    }

    /// A list pane: its whole area and its rows.
    struct ListSlot {
        var area = Rect.zero
        var viewport = ListViewport()
    }

    var screen: Rect
    var kind: Screen
    var orgs = ListSlot()
    var learners = ListSlot()
    var alerts = ListSlot()
    var members = ListSlot()
    var inactive = ListSlot()
    var tabsArea = Rect.zero
    var tabs: Tabs?
    /// Rows of the search overlay's result list (0 when it is not open).
    var searchRows = 0

    /// The main screen or a branch review is drawn (not a notice instead of them).
    var showsScreen: Bool {
        switch kind {
        case .main, .branch: true
        case .tooSmall, .noData: false
        }
    }

    var isTooSmall: Bool {
        if case .tooSmall = kind { return true }
        return false
    }

    init(columns: Int, rows: Int, state: DashboardState, view: DashboardViewModel, context: PaneContext) {
        screen = Rect(x: 0, y: 0, width: columns, height: rows)
        guard !TooSmallScreen.applies(columns: columns, rows: rows) else {
            kind = .tooSmall
            return
        }
        kind = .noData
        guard let overview = view.overviewValue else { return }
        if case .search = state.overlay { searchRows = SearchOverlay.listArea(in: screen)?.height ?? 0 }
        guard !overview.dataDays.isEmpty else { return }
        if state.currentBranch != nil {
            let layout = BranchLayout(screen: screen)
            kind = .branch(layout)
            members = ListSlot(
                area: layout.members, viewport: ListPane.viewport(table: ListPane.inner(of: layout.members)))
            inactive = ListSlot(
                area: layout.inactive, viewport: ListPane.viewport(table: ListPane.inner(of: layout.inactive)))
        } else if let lists = view.main {
            let layout = MainLayout(screen: screen)
            kind = .main(layout)
            placeMain(layout, state: state, lists: lists, context: context)
        }
    }

    private mutating func placeMain(
        _ layout: MainLayout, state: DashboardState, lists: MainViewModel, context: PaneContext
    ) {
        let orgIndex = state.orgs.selection.resolvedIndex(in: lists.orgCodes)
        let orgTable = OrgTreePane.tableArea(in: layout.orgs, selectedIndex: orgIndex, rowCount: lists.orgCodes.count)
        orgs = ListSlot(area: layout.orgs, viewport: ListPane.viewport(table: orgTable))
        learners = ListSlot(
            area: layout.learners, viewport: ListPane.viewport(table: TopLearnersPane.tableArea(in: layout.learners)))
        if let tabsRow = TopLearnersPane.tabsArea(in: layout.learners) {
            tabsArea = tabsRow
            tabs = TopLearnersPane.tabsWidget(selected: state.learners.kind, context: context)
        }
        let alertIndex = state.alerts.selection.resolvedIndex(in: lists.alertIds)
        let alertTable = AlertsPane.tableArea(
            in: layout.alerts, selectedIndex: alertIndex, rowCount: lists.alertIds.count)
        alerts = ListSlot(area: layout.alerts, viewport: ListPane.viewport(table: alertTable))
    }
}
