import Foundation
import Widgets
import XuexiCore
import XuexiModel

/// The header (breadcrumb, day, import, clock), the footer's key hints, and what is drawn on
/// top: the toast and the overlay.
extension FrameRenderer {
    func headerPane(day: Day?) -> HeaderPane {
        let lastImport = view.overviewValue?.lastImport.flatMap { DashboardText.parseTimestamp($0.startedAt) }
        return HeaderPane(
            breadcrumb: breadcrumb(), day: day, period: state.period, range: state.range, lastImport: lastImport,
            isLive: state.pinnedDay == nil, isRefreshing: isRefreshing, access: state.storeAccess)
    }

    func breadcrumb() -> [String] {
        var crumbs: [String] = []
        let model = view.namingTree
        if let scope = state.scopeCode {
            if let model, let index = model.indexByCode[scope] {
                crumbs = model.path(to: index).map { model.rows[$0].name }
            } else {
                crumbs = [scope]
            }
        } else if let model, model.roots.count == 1 {
            crumbs = [model.rows[model.roots[0]].name]
        } else {
            crumbs = [text(DashText.headerAllOrgs)]
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

    func footerHints() -> [KeyHint] {
        let t = text
        func hint(_ key: String, _ name: DashText) -> KeyHint { KeyHint(key, t(name)) }
        var hints: [KeyHint]
        switch state.topRoute {
        case .learner:
            hints = [hint("Esc", .hintBack)]
        case .branch(let branch):
            hints =
                branch.focus == .members
                ? [
                    hint("Enter", .hintLearner), hint("s", .hintSort), hint("f", .hintFilter), hint("Tab", .hintPane),
                    hint("Esc", .hintBack),
                ]
                : [hint("Enter", .hintLearner), hint("Tab", .hintPane), hint("Esc", .hintBack)]
            hints += [hint("[ ]", .hintDay), hint("d/w/m", .hintPeriod), hint("c", .hintCopy), hint("x", .hintExport)]
        case nil:
            switch state.focus {
            case .orgs:
                hints = [
                    hint("Enter", .hintReview), hint("←→", .hintFold), hint("s", .hintSort), hint("f", .hintFilter),
                ]
            case .learners:
                hints = [hint("Enter", .hintLearner), hint("←→", .hintBoard), hint("f", .hintFilter)]
            case .alerts:
                hints = [
                    hint("a", .hintAck), hint("z", .hintSnooze), hint("f", .hintState), hint("Enter", .hintReview),
                ]
            }
            hints += [
                hint("/", .hintSearch), hint("[ ]", .hintDay), hint("d/w/m", .hintPeriod), hint("Tab", .hintPane),
                hint("c", .hintCopy), hint("x", .hintExport),
            ]
        }
        return hints + [hint("?", .hintHelp), hint("q", .hintQuit)]
    }

    func footerStatus() -> String {
        state.mouseEnabled ? "" : text(DashText.footerMouseOff)
    }

    // MARK: - On top

    func renderToastAndOverlay(in screen: Rect, buffer: inout ScreenBuffer) {
        let body = Rect(x: 0, y: 1, width: screen.width, height: screen.height - 2)
        // On the main screen and the branch review the toast is part of the footer line.
        if let toast = state.toast, !layout.showsScreen {
            let widget = Toast(message: toast.text, kind: toast.kind, theme: context.theme)
            widget.render(in: widget.area(in: body), buffer: &buffer)
        }
        guard let overlay = state.overlay else { return }
        let alerts = view.main?.alerts.value
        switch overlay {
        case .help:
            HelpContent(clipboardReachesDesktop: environment.clipboardReachesDesktop).render(
                in: screen, buffer: &buffer, context: context)
        case .settings:
            SettingsOverlay(
                themeName: context.theme.displayName, mouseEnabled: state.mouseEnabled,
                storePath: environment.storePath,
                configPath: environment.configPath ?? context.configuration.source,
                colorDescription: environment.colorDescription
            )
            .render(in: screen, buffer: &buffer, context: context)
        case .search(let search):
            let found = view.search ?? SearchResults()
            SearchOverlay(results: found.results, total: found.total, learnersLoading: found.learnersLoading)
                .render(in: screen, buffer: &buffer, state: search, context: context)
        case .acknowledge(let alertId, let note):
            AcknowledgeDialog(alert: alerts?.first { $0.id == alertId }, note: note)
                .render(in: screen, buffer: &buffer, context: context)
        case .imports(let highlight, let offset):
            ImportsOverlay(records: view.imports ?? .loading, highlight: highlight, scrollOffset: offset)
                .render(in: screen, buffer: &buffer, context: context)
        case .snooze(let alertId, let choice):
            SnoozeDialog(alert: alerts?.first { $0.id == alertId }, choice: choice, today: view.today)
                .render(in: screen, buffer: &buffer, context: context)
        }
    }
}
