import Foundation
import Widgets
import XuexiCore

/// Composes a frame: the screen for the current route, then the detail, toast and overlay
/// on top. Panes report where their rows went; the controller keeps their scroll offsets.
extension DashboardController {
    public func render(into buffer: inout ScreenBuffer) {
        screenSize = (buffer.width, buffer.height)
        let context = context()
        lastClockText = context.text.clock(context.now, timeZone: environment.timeZone)
        buffer.reset(style: theme[.text])
        feedback = FrameFeedback()
        let screen = buffer.area
        if isTooSmall {
            TooSmallScreen().render(in: screen, buffer: &buffer, context: context)
            return
        }
        if let toast = state.toast, toast.expires <= context.now { state.toast = nil }
        let header = screen.row(0)
        let footer = screen.row(screen.height - 1)
        let body = Rect(x: 0, y: 1, width: screen.width, height: screen.height - 2)
        let overviewState = data.overview()
        guard let overview = overviewState.value else {
            headerPane(day: nil, overview: nil).render(in: header, buffer: &buffer, context: context)
            context.drawLoadNotice(overviewState.isLoading ? .loading : overviewState, in: body, buffer: &buffer)
            FooterPane(hints: [KeyHint("q", text("dash.hint.quit"))], status: "").render(in: footer, buffer: &buffer, context: context)
            return
        }
        if overview.dataDays.isEmpty {
            headerPane(day: nil, overview: overview).render(in: header, buffer: &buffer, context: context)
            EmptyStoreScreen(storePath: environment.storePath, hasOrgs: overview.orgCount > 0).render(in: body, buffer: &buffer, context: context)
            FooterPane(hints: [KeyHint("q", text("dash.hint.quit")), KeyHint("L", "中文/English"), KeyHint("?", text("dash.hint.help"))],
                       status: "").render(in: footer, buffer: &buffer, context: context)
            renderToastAndOverlay(in: screen, buffer: &buffer, context: context)
            return
        }
        if let branch = state.currentBranch {
            renderBranch(branch, buffer: &buffer, context: context, overview: overview)
        } else {
            renderMain(buffer: &buffer, context: context, overview: overview)
        }
        if case .learner(let learner) = state.topRoute {
            LearnerDetailOverlay(learner: learner, history: data.learnerHistory(learnerId: learner.learnerId, day: shownDay),
                                 info: data.learnerInfo(learnerId: learner.learnerId), orgPath: { [self] code in orgPath(code: code) },
                                 lastDay: shownDay).render(in: body, buffer: &buffer, context: context)
        }
        renderToastAndOverlay(in: screen, buffer: &buffer, context: context)
    }

    /// Org names from the top down to `code`, from whichever tree is loaded.
    func orgPath(code: String) -> [String] {
        guard let model = data.orgTree(period: period, scope: nil).value ?? mainModel().value, let index = model.indexByCode[code] else { return [] }
        return model.path(to: index).map { model.rows[$0].name }
    }

    // MARK: - Header and footer

    func breadcrumb() -> [String] {
        var crumbs: [String] = []
        let model = data.orgTree(period: period, scope: nil).value ?? mainModel().value
        if let scope = state.scopeCode {
            if let model, let index = model.indexByCode[scope] {
                crumbs = model.path(to: index).map { model.rows[$0].name }
            } else {
                crumbs = [scope]
            }
        } else if let model, model.roots.count == 1 {
            crumbs = [model.rows[model.roots[0]].name]
        } else {
            crumbs = [text("dash.header.allOrgs")]
        }
        for route in state.routes {
            switch route {
            case .branch(let branch):
                guard let model, let index = model.indexByCode[branch.orgCode] else {
                    crumbs.append(branch.orgCode)
                    continue
                }
                // The path below what is already shown, so the crumb reads as one chain.
                let names = model.path(to: index).map { model.rows[$0].name }
                let shared = zip(crumbs, names).prefix { $0 == $1 }.count
                crumbs += names.dropFirst(shared)
            case .learner(let learner):
                crumbs.append(learner.name)
            }
        }
        return crumbs
    }

    func headerPane(day: Day?, overview: StoreOverview?) -> HeaderPane {
        let lastImport = overview?.lastImport.flatMap { DashboardText.parseTimestamp($0.startedAt) }
        return HeaderPane(breadcrumb: breadcrumb(), day: day, period: state.period, lastImport: lastImport,
                          isLive: state.pinnedDay == nil, isRefreshing: lastStoreChange != nil)
    }

    func footerHints() -> [KeyHint] {
        let t = text
        func hint(_ key: String, _ name: String) -> KeyHint { KeyHint(key, t("dash.hint.\(name)")) }
        var hints: [KeyHint]
        switch state.topRoute {
        case .learner:
            hints = [hint("Esc", "back")]
        case .branch(let branch):
            hints = branch.focus == .members
                ? [hint("Enter", "learner"), hint("s", "sort"), hint("f", "filter"), hint("Tab", "pane"), hint("Esc", "back")]
                : [hint("Enter", "learner"), hint("Tab", "pane"), hint("Esc", "back")]
            hints += [hint("[ ]", "day"), hint("d/w/m", "period")]
        case nil:
            switch state.focus {
            case .orgs:
                hints = [hint("Enter", "review"), hint("←→", "fold"), hint("s", "sort"), hint("f", "filter")]
            case .learners:
                hints = [hint("Enter", "learner"), hint("←→", "board"), hint("f", "filter")]
            case .alerts:
                hints = [hint("a", "ack"), hint("z", "snooze"), hint("f", "state"), hint("Enter", "review")]
            }
            hints += [hint("/", "search"), hint("[ ]", "day"), hint("d/w/m", "period"), hint("Tab", "pane")]
        }
        return hints + [hint("?", "help"), hint("q", "quit")]
    }

    func footerStatus() -> String {
        state.mouseEnabled ? "" : text("dash.footer.mouseOff")
    }

    // MARK: - Main screen

    func renderMain(buffer: inout ScreenBuffer, context: PaneContext, overview: StoreOverview) {
        let layout = MainLayout(screen: buffer.area)
        let day = shownDay
        headerPane(day: day, overview: overview).render(in: layout.header, buffer: &buffer, context: context)

        let modelState = mainModel()
        let model = modelState.value
        let rows = visibleOrgRows(modelState)
        let codes = orgCodes(rows, model: model)
        let orgIndex = resolveSelection(codes, &state.orgs.selection)
        let sparks = model.flatMap { data.sparklines(day: day, model: $0, scope: state.scopeCode).value } ?? [:]
        let orgs = OrgTreePane(model: modelState, rows: rows, sparklines: sparks, selectedIndex: orgIndex, scrollOffset: state.orgs.selection.scrollOffset,
                               sort: state.orgs.sort, ascending: state.orgs.ascending, filter: state.orgs.filter, period: state.period,
                               focused: state.focus == .orgs && state.routes.isEmpty)
            .render(in: layout.orgs, buffer: &buffer, context: context)
        state.orgs.selection.scrollOffset = orgs.firstIndex
        feedback.orgsArea = layout.orgs
        feedback.orgs = orgs

        let leaders = currentLeaderboard()
        let leaderIds = leaders.value?.map(\.learnerId) ?? []
        let learnerIndex = resolveSelection(leaderIds, &state.learners.selection)
        let learners = TopLearnersPane(entries: leaders, kind: state.learners.kind, filter: state.learners.filter, selectedIndex: learnerIndex,
                                       scrollOffset: state.learners.selection.scrollOffset, focused: state.focus == .learners && state.routes.isEmpty,
                                       orgLabel: { [self] code in orgLabel(code: code, model: model) })
            .render(in: layout.learners, buffer: &buffer, context: context)
        state.learners.selection.scrollOffset = learners.list.firstIndex
        feedback.learnersArea = layout.learners
        feedback.learners = learners.list
        feedback.tabsArea = learners.tabsArea
        feedback.tabs = learners.tabs

        let alerts = currentAlerts()
        let alertIds = alerts.value?.map(\.id) ?? []
        let alertIndex = resolveSelection(alertIds, &state.alerts.selection)
        let alertsFeedback = AlertsPane(alerts: alerts, filter: state.alerts.filter, selectedIndex: alertIndex, scrollOffset: state.alerts.selection.scrollOffset,
                                        focused: state.focus == .alerts && state.routes.isEmpty, today: today,
                                        orgLabel: { [self] code in orgLabel(code: code, model: model) })
            .render(in: layout.alerts, buffer: &buffer, context: context)
        state.alerts.selection.scrollOffset = alertsFeedback.firstIndex
        feedback.alertsArea = layout.alerts
        feedback.alerts = alertsFeedback

        FooterPane(hints: footerHints(), status: footerStatus()).render(in: layout.footer, buffer: &buffer, context: context)
    }

    // MARK: - Branch review

    func renderBranch(_ stateBranch: BranchState, buffer: inout ScreenBuffer, context: PaneContext, overview: StoreOverview) {
        var branch = stateBranch
        let layout = BranchLayout(screen: buffer.area)
        let day = shownDay
        headerPane(day: day, overview: overview).render(in: layout.header, buffer: &buffer, context: context)
        let detailOpen = { if case .learner = self.state.topRoute { return true } else { return false } }()

        BranchChartPane(series: data.branchSeries(code: branch.orgCode, day: day), lastDay: day)
            .render(in: layout.chart, buffer: &buffer, context: context)
        BranchSummaryPane(model: branchModel(), orgCode: branch.orgCode, period: state.period)
            .render(in: layout.summary, buffer: &buffer, context: context)

        let members = memberRows(branch)
        let memberIds = members.value?.map(\.days.learnerId) ?? []
        let memberIndex = resolveSelection(memberIds, &branch.members)
        let membersFeedback = MemberHeatmapPane(members: members, sort: branch.memberSort, ascending: branch.memberAscending, filter: branch.memberFilter,
                                                selectedIndex: memberIndex, scrollOffset: branch.members.scrollOffset,
                                                focused: branch.focus == .members && !detailOpen, firstDay: day.adding(-13), lastDay: day)
            .render(in: layout.members, buffer: &buffer, context: context)
        branch.members.scrollOffset = membersFeedback.firstIndex
        feedback.membersArea = layout.members
        feedback.members = membersFeedback

        let inactive = inactiveMembers(branch)
        let inactiveIndex = resolveSelection(inactive.value?.map(\.learnerId) ?? [], &branch.inactive)
        let inactiveFeedback = InactiveMembersPane(learners: inactive, minimumDays: data.configuration.inactiveDays,
                                                   selectedIndex: inactiveIndex, scrollOffset: branch.inactive.scrollOffset,
                                                   focused: branch.focus == .inactive && !detailOpen)
            .render(in: layout.inactive, buffer: &buffer, context: context)
        branch.inactive.scrollOffset = inactiveFeedback.firstIndex
        feedback.inactiveArea = layout.inactive
        feedback.inactive = inactiveFeedback

        if !layout.items.isEmpty {
            let days = state.period == .day ? 1 : (day.number - period.first.number + 1)
            ItemBreakdownPane(items: data.itemBreakdown(code: branch.orgCode, day: day, days: days), period: state.period)
                .render(in: layout.items, buffer: &buffer, context: context)
        }
        FooterPane(hints: footerHints(), status: footerStatus()).render(in: layout.footer, buffer: &buffer, context: context)
        replaceTopRoute(.branch(branch))
    }

    // MARK: - On top

    func renderToastAndOverlay(in screen: Rect, buffer: inout ScreenBuffer, context: PaneContext) {
        let body = Rect(x: 0, y: 1, width: screen.width, height: screen.height - 2)
        if let toast = state.toast {
            let widget = Toast(message: toast.text, kind: toast.kind, theme: theme)
            widget.render(in: widget.area(in: body), buffer: &buffer)
        }
        guard let overlay = state.overlay else { return }
        switch overlay {
        case .help:
            HelpContent().render(in: screen, buffer: &buffer, context: context)
        case .settings:
            SettingsOverlay(themeName: theme.displayName, mouseEnabled: state.mouseEnabled, storePath: environment.storePath,
                            configPath: environment.configPath ?? data.configuration.source, colorDescription: environment.colorDescription)
                .render(in: screen, buffer: &buffer, context: context)
        case .search(var search):
            let found = searchResults(search)
            search.selectedIndex = min(search.selectedIndex, max(0, found.results.count - 1))
            let result = SearchOverlay(search: search, results: found.results, total: found.total, learnersLoading: found.learnersLoading)
                .render(in: screen, buffer: &buffer, context: context)
            search.scrollOffset = result.scrollOffset
            feedback.searchRows = result.visibleRows
            state.overlay = .search(search)
        case .acknowledge(let alertId, let note):
            AcknowledgeDialog(alert: currentAlerts().value?.first { $0.id == alertId }, note: note)
                .render(in: screen, buffer: &buffer, context: context)
        case .snooze(let alertId, let choice):
            SnoozeDialog(alert: currentAlerts().value?.first { $0.id == alertId }, choice: choice, today: today)
                .render(in: screen, buffer: &buffer, context: context)
        }
    }
}
