import Widgets
import XuexiCore

/// The alerts pane and its two dialogs: `f` walks the states, Enter opens the alert's org,
/// `a` acknowledges with a note, `z` snoozes.
enum AlertsReducer {
    static func perform(_ state: inout DashboardState, _ action: DashboardAction, _ context: ReducerContext) -> Reaction
    {
        let alerts = context.view.main?.alerts.value ?? []
        let ids = alerts.map(\.id)
        if let moved = ListMovement.move(
            action, ids: ids, selection: &state.alerts.selection,
            viewport: context.layout.alerts.viewport)
        {
            return moved
        }
        switch action {
        case .cycleFilter:
            let cycle = AlertsPaneState.filterCycle
            state.alerts.filter = cycle[((cycle.firstIndex(of: state.alerts.filter) ?? 0) + 1) % cycle.count]
            return .redraw
        case .open:
            guard let index = state.alerts.selection.resolve(in: ids), let code = alerts[index].orgCode else {
                return .ignored
            }
            state.routes.append(.branch(BranchState(orgCode: code)))
            return .redraw
        default:
            return .ignored
        }
    }

    static func openDialog(_ state: inout DashboardState, _ action: DashboardAction, _ context: ReducerContext)
        -> Reaction
    {
        let alerts = context.view.main?.alerts.value ?? []
        guard let index = state.alerts.selection.resolve(in: alerts.map(\.id)) else {
            return .redraw(.toast(state.text(DashText.toastNoAlert), .warning))
        }
        let alert = alerts[index]
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
