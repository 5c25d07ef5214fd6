import Foundation
import Widgets
import XuexiCore

/// Draws a frame from the state, the view model and the layout, and changes none of them:
/// the screen for the route, then the learner detail, the toast and the overlay on top.
struct FrameRenderer {
    var state: DashboardState
    var view: DashboardViewModel
    var layout: FrameLayout
    var context: PaneContext
    var environment: DashboardEnvironment
    /// The header's ⟳: the store changed a moment ago.
    var isRefreshing: Bool

    var text: DashboardText { context.text }

    func render(into buffer: inout ScreenBuffer) {
        buffer.reset(style: context.theme[.text])
        let screen = buffer.area
        let body = Rect(x: 0, y: 1, width: screen.width, height: screen.height - 2)
        switch layout.kind {
        case .tooSmall:
            TooSmallScreen().render(in: screen, buffer: &buffer, context: context)
            return
        case .noData:
            guard let overview = view.overviewValue else {
                headerPane(day: nil).render(in: screen.row(0), buffer: &buffer, context: context)
                context.drawLoadNotice(view.overview.isLoading ? .loading : view.overview, in: body, buffer: &buffer)
                FooterPane(hints: [KeyHint("q", text(DashText.hintQuit))], status: "")
                    .render(in: screen.row(screen.height - 1), buffer: &buffer, context: context)
                return
            }
            headerPane(day: nil).render(in: screen.row(0), buffer: &buffer, context: context)
            EmptyStoreScreen(storePath: environment.storePath, hasOrgs: overview.orgCount > 0)
                .render(in: body, buffer: &buffer, context: context)
            let hints = [
                KeyHint("q", text(DashText.hintQuit)), KeyHint("L", "中文/English"),
                KeyHint("?", text(DashText.hintHelp)),
            ]
            FooterPane(hints: hints, status: "").render(
                in: screen.row(screen.height - 1), buffer: &buffer, context: context)
        case .main(let main):
            if let lists = view.main { renderMain(main, lists: lists, buffer: &buffer) }
        case .branch(let branchLayout):
            if let branch = state.currentBranch, let lists = view.branch {
                renderBranch(branchLayout, branch: branch, lists: lists, buffer: &buffer)
            }
        }
        if layout.showsScreen, let learner = view.learner {
            LearnerDetailOverlay(
                learner: learner.learner, history: learner.history, info: learner.info,
                orgPath: view.orgPath(code:), lastDay: view.shownDay
            )
            .render(in: body, buffer: &buffer, context: context)
        }
        renderToastAndOverlay(in: screen, buffer: &buffer)
    }

    /// The panes of the main screen have the keys only when nothing is drilled into.
    private var mainFocus: MainPane? { state.routes.isEmpty ? state.focus : nil }

    func renderMain(_ layout: MainLayout, lists: MainViewModel, buffer: inout ScreenBuffer) {
        headerPane(day: view.shownDay).render(in: layout.header, buffer: &buffer, context: context)
        let orgs = state.orgs
        OrgTreePane(
            model: lists.model, rows: lists.orgRows, sparklines: lists.sparklines, sort: orgs.sort,
            ascending: orgs.ascending, filter: orgs.filter, period: state.period, range: state.range
        )
        .render(
            in: layout.orgs, buffer: &buffer,
            state: listState(orgs.selection, lists.orgCodes, focused: mainFocus == .orgs),
            context: context)
        TopLearnersPane(
            entries: lists.leaderboard, kind: state.learners.kind, filter: state.learners.filter,
            orgLabel: lists.orgLabel(code:)
        )
        .render(
            in: layout.learners, buffer: &buffer,
            state: listState(state.learners.selection, lists.leaderIds, focused: mainFocus == .learners),
            context: context)
        AlertsPane(
            alerts: lists.alerts, rows: lists.alertRows, groups: lists.alertGroups, filter: state.alerts.filter,
            today: view.today, orgLabel: lists.orgLabel(code:)
        )
        .render(
            in: layout.alerts, buffer: &buffer,
            state: listState(state.alerts.selection, lists.alertIds, focused: mainFocus == .alerts), context: context)
        FooterPane(hints: footerHints(), status: footerStatus(), toast: state.toast).render(
            in: layout.footer, buffer: &buffer, context: context)
    }

    func renderBranch(_ layout: BranchLayout, branch: BranchState, lists: BranchViewModel, buffer: inout ScreenBuffer) {
        let day = view.shownDay
        headerPane(day: day).render(in: layout.header, buffer: &buffer, context: context)
        let detailOpen = view.learner != nil
        BranchChartPane(series: lists.series, lastDay: day).render(in: layout.chart, buffer: &buffer, context: context)
        BranchSummaryPane(
            model: lists.model, orgCode: branch.orgCode, period: state.period, range: state.range,
            console: lists.console.value ?? nil
        )
        .render(in: layout.summary, buffer: &buffer, context: context)
        MemberHeatmapPane(
            members: lists.members, sort: branch.memberSort, ascending: branch.memberAscending,
            filter: branch.memberFilter, firstDay: day.adding(-13), lastDay: day
        )
        .render(
            in: layout.members, buffer: &buffer,
            state: listState(branch.members, lists.memberIds, focused: branch.focus == .members && !detailOpen),
            context: context)
        InactiveMembersPane(learners: lists.inactive, minimumDays: context.configuration.inactiveDays)
            .render(
                in: layout.inactive, buffer: &buffer,
                state: listState(branch.inactive, lists.inactiveIds, focused: branch.focus == .inactive && !detailOpen),
                context: context)
        if !layout.items.isEmpty, let items = lists.items {
            ItemBreakdownPane(items: items, period: state.period, range: state.range).render(
                in: layout.items, buffer: &buffer, context: context)
        }
        FooterPane(hints: footerHints(), status: footerStatus(), toast: state.toast).render(
            in: layout.footer, buffer: &buffer, context: context)
    }

    /// A list's selection as its pane draws it (already resolved and scrolled by `FrameSync`).
    func listState(_ selection: ListSelection, _ ids: [String], focused: Bool) -> ListPaneState {
        ListPaneState(
            selectedIndex: selection.resolvedIndex(in: ids), scrollOffset: selection.scrollOffset, focused: focused)
    }
}
