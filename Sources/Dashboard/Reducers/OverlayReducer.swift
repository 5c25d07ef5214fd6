import Widgets

/// Keys while an overlay is open: it takes them all until it closes.
enum OverlayReducer {
    static func key(_ state: inout DashboardState, _ key: Key, overlay: Overlay, _ context: ReducerContext) -> Reaction
    {
        switch overlay {
        case .help:
            switch key {
            case .escape, .enter, .character("?"), .character("q"), .function(1), .backspace:
                state.overlay = nil
                return .redraw
            default:
                return .ignored
            }
        case .settings:
            switch key {
            case .escape, .enter, .character("q"), .function(2), .backspace:
                state.overlay = nil
                return .redraw
            case .character("t"): return SettingsReducer.perform(&state, .cycleTheme)
            case .character("L"): return SettingsReducer.perform(&state, .toggleLanguage)
            case .character("M"): return SettingsReducer.perform(&state, .toggleMouse)
            default: return .ignored
            }
        case .search(let search):
            return SearchReducer.key(&state, key, search: search, context)
        case .acknowledge(let alertId, let note):
            return AlertsReducer.acknowledgeKey(&state, key, alertId: alertId, note: note)
        case .snooze(let alertId, let choice):
            return AlertsReducer.snoozeKey(&state, key, alertId: alertId, choice: choice, context)
        case .imports(let highlight, let offset):
            switch key {
            case .escape, .enter, .character("q"), .backspace:
                state.overlay = nil
            case .up, .character("k"):
                state.overlay = .imports(highlight: highlight, scrollOffset: max(0, offset - 1))
            case .down, .character("j"):
                let count = context.view.imports?.value?.count ?? 0
                state.overlay = .imports(highlight: highlight, scrollOffset: min(max(0, count - 1), offset + 1))
            default:
                return .ignored
            }
            return .redraw
        }
    }
}
