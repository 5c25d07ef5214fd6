import Widgets
import XuexiCore
import XuexiStore

/// The alerts pane and its two dialogs: `f` walks the states, Enter opens the alert's org,
/// `a` acknowledges with a note, `z` snoozes.
enum AlertsReducer {
    static func perform(_ state: inout DashboardState, _ action: DashboardAction, _ context: ReducerContext) -> Reaction
    {
        let rows = context.view.main?.alertRows ?? []
        let ids = rows.map(\.id)
        if let moved = ListMovement.move(
            action, ids: ids, selection: &state.alerts.selection,
            viewport: context.layout.alerts.viewport)
        {
            return moved
        }
        let selected = state.alerts.selection.resolve(in: ids).map { rows[$0] }
        switch action {
        case .cycleFilter:
            let cycle = AlertsPaneState.filterCycle
            state.alerts.filter = cycle[((cycle.firstIndex(of: state.alerts.filter) ?? 0) + 1) % cycle.count]
            return .redraw
        case .toggleExpand, .expandOrRight, .collapseOrLeft:
            guard let selected else { return .ignored }
            return expand(&state, selected, action)
        case .expandAll:
            let groups = rows.compactMap { row -> String? in if case .group(let group) = row { group.id } else { nil } }
            let open = groups.allSatisfy { state.alerts.expanded.contains($0) }
            state.alerts.expanded = open ? [] : Set(groups)
            return .redraw
        case .open:
            guard let selected else { return .ignored }
            return open(&state, selected)
        default:
            return .ignored
        }
    }

    /// Space toggles the selected group or alert, → opens it, ← closes it (or, on a row inside
    /// one, goes to the row it belongs to), as in the org tree.
    static func expand(_ state: inout DashboardState, _ row: AlertTriageRow, _ action: DashboardAction) -> Reaction {
        let own: String? =
            switch row {
            case .group(let group): group.id
            case .alert(let alert, _): alert.id
            case .member: nil
            }
        let parent: String? =
            switch row {
            case .group: nil
            case .alert(_, let groupId): groupId
            case .member(let member): member.alert.id
            }
        switch action {
        case .expandOrRight:
            guard let own else { return .ignored }
            state.alerts.expanded.insert(own)
        case .collapseOrLeft:
            if let own, state.alerts.expanded.contains(own) {
                state.alerts.expanded.remove(own)
            } else if let parent {
                state.alerts.selection.select(parent)
            } else {
                return .ignored
            }
        default:
            guard let own else { return .ignored }
            if state.alerts.expanded.contains(own) {
                state.alerts.expanded.remove(own)
            } else {
                state.alerts.expanded.insert(own)
            }
        }
        return .redraw
    }

    /// Enter: the branch review of the row's unit; a group opens; a data alert names its import.
    static func open(_ state: inout DashboardState, _ row: AlertTriageRow) -> Reaction {
        let code: String?
        switch row {
        case .group(let group):
            if group.alerts.count == 1, let only = group.alerts[0].orgCode {
                code = only
            } else if group.alerts.count == 1 {
                state.overlay = .imports(highlight: group.alerts[0].figures.importId, scrollOffset: 0)
                return .redraw
            } else {
                state.alerts.expanded.insert(group.id)
                return .redraw
            }
        case .alert(let alert, _): code = alert.orgCode
        case .member(let member): code = member.orgCode
        }
        if let code {
            state.routes.append(.branch(BranchState(orgCode: code)))
            return .redraw
        }
        // A data alert (数据未更新, an anomaly) is about the imports: show them, its import marked.
        guard let alert = row.alert else { return .ignored }
        state.overlay = .imports(highlight: alert.figures.importId, scrollOffset: 0)
        return .redraw
    }

    static func openDialog(_ state: inout DashboardState, _ action: DashboardAction, _ context: ReducerContext)
        -> Reaction
    {
        if let reason = state.storeAccess.readOnlyReason {
            let what = state.text(action == .acknowledge ? DashText.readOnlyAcknowledge : DashText.readOnlySnooze)
            return .redraw(
                .toast(state.text(DashText.toastReadOnly, what, state.text(DashText.readOnlyReason(reason))), .warning))
        }
        let rows = context.view.main?.alertRows ?? []
        guard let index = state.alerts.selection.resolve(in: rows.map(\.id)) else {
            return .redraw(.toast(state.text(DashText.toastNoAlert), .warning))
        }
        guard let alert = rows[index].alert else {
            return .redraw(.toast(state.text(DashText.alertsExpandFirst), .warning))
        }
        guard alert.state != .resolved else {
            return .redraw(.toast(AlertError.resolved(alert.id).message(state.language), .warning))
        }
        if action == .acknowledge {
            state.overlay = .acknowledge(alertId: alert.id, note: TextInputState(text: alert.note ?? ""))
        } else {
            state.overlay = .snooze(alertId: alert.id, choice: .oneDay)
        }
        return .redraw
    }

    /// Keys in the acknowledge dialog: Enter records the note, Esc cancels.
    static func acknowledgeKey(
        _ state: inout DashboardState, _ key: Key, alertId: String,
        note: TextInputState
    ) -> Reaction {
        switch key {
        case .escape:
            state.overlay = nil
            return .redraw
        case .enter:
            state.overlay = nil
            return .redraw(.acknowledge(alertId: alertId, note: note.text))
        default:
            var note = note
            guard note.edit(with: key) else { return .ignored }
            state.overlay = .acknowledge(alertId: alertId, note: note)
            return .redraw
        }
    }

    /// Keys in the snooze dialog: ←/→ or 1/3/7 choose, Enter snoozes.
    static func snoozeKey(
        _ state: inout DashboardState, _ key: Key, alertId: String, choice: SnoozeChoice,
        _ context: ReducerContext
    ) -> Reaction {
        let choices = SnoozeChoice.allCases
        let index = choices.firstIndex(of: choice) ?? 0
        switch key {
        case .escape, .character("q"):
            state.overlay = nil
        case .left, .character("h"), .backTab:
            state.overlay = .snooze(alertId: alertId, choice: choices[(index + choices.count - 1) % choices.count])
        case .right, .character("l"), .tab:
            state.overlay = .snooze(alertId: alertId, choice: choices[(index + 1) % choices.count])
        case .character("1"), .character("3"), .character("7"):
            if case .character(let digit) = key, let days = Int(String(digit)),
                let picked = SnoozeChoice(rawValue: days)
            {
                state.overlay = .snooze(alertId: alertId, choice: picked)
            }
        case .enter, .character("z"):
            state.overlay = nil
            let alert = context.view.main?.alerts.value?.first { $0.id == alertId }
            let until = SnoozeDialog(alert: alert, choice: choice, today: context.view.today).until(choice)
            return .redraw(.snooze(alertId: alertId, until: until))
        default:
            return .ignored
        }
        return .redraw
    }
}
