import Widgets
import XuexiCore

/// The top of the reducers: a key becomes an action (or goes to the open overlay), global
/// actions are handled here, the rest by the reducer of the screen that has the keys.
enum AppReducer {
    static func key(_ state: inout DashboardState, _ key: Key, _ context: ReducerContext) -> Reaction {
        if key == .ctrl("c") { return Reaction(response: .quit) }
        if let overlay = state.overlay { return OverlayReducer.key(&state, key, overlay: overlay, context) }
        guard let action = KeyBindings.action(for: key) else { return .ignored }
        if context.layout.isTooSmall { return action == .quit ? Reaction(response: .quit) : .ignored }
        return perform(&state, action, context)
    }

    static func perform(_ state: inout DashboardState, _ action: DashboardAction, _ context: ReducerContext) -> Reaction
    {
        if let reaction = performGlobal(&state, action, context) { return reaction }
        switch state.topRoute {
        case .learner:
            guard action == .open else { return .ignored }
            state.routes.removeLast()
            return .redraw
        case .branch(var branch):
            let reaction = BranchReducer.perform(&state, &branch, action, context)
            state.replaceBranch(with: branch)
            return reaction
        case nil:
            return MainReducer.perform(&state, action, context)
        }
    }

    /// Actions that mean the same on every screen; nil for the others.
    private static func performGlobal(
        _ state: inout DashboardState, _ action: DashboardAction,
        _ context: ReducerContext
    ) -> Reaction? {
        switch action {
        case .quit: return Reaction(response: .quit)
        case .help:
            state.overlay = .help
            return .redraw
        case .settings:
            state.overlay = .settings
            return .redraw
        case .search:
            state.overlay = .search(SearchState())
            return .redraw
        case .cycleTheme, .toggleLanguage, .toggleMouse, .refresh:
            return SettingsReducer.perform(&state, action)
        case .previousDay, .nextDay, .latestDay, .period:
            return DateReducer.perform(&state, action, context)
        case .back:
            guard !state.routes.isEmpty else { return .ignored }
            state.routes.removeLast()
            return .redraw
        case .expandAll:
            return OrgTreeReducer.expandOrCollapseAll(&state, context)
        case .copyNote:
            return .redraw(.copyNote)
        case .exportReport:
            return .redraw(.exportReport)
        default:
            return nil
        }
    }
}

/// Theme, language, mouse and reload: the settings keys, also reachable from the F2 overlay.
enum SettingsReducer {
    static func perform(_ state: inout DashboardState, _ action: DashboardAction) -> Reaction {
        switch action {
        case .cycleTheme:
            return .redraw(.cycleTheme)
        case .toggleLanguage:
            state.language = state.language == .zh ? .en : .zh
            return .redraw(.toast(state.text(DashText.toastLanguage), .info))
        case .toggleMouse:
            state.mouseEnabled.toggle()
            let message = state.text(state.mouseEnabled ? DashText.toastMouseOn : DashText.toastMouseOff)
            return Reaction(response: .setMouse(state.mouseEnabled), effects: [.toast(message, .info)])
        case .refresh:
            return Reaction(
                response: .fullRedraw, effects: [.reloadData, .toast(state.text(DashText.toastRefreshed), .info)])
        default:
            return .ignored
        }
    }
}
