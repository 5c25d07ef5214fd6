import Widgets
import XuexiCore
import XuexiModel

/// What a reducer hands back besides the new state (htop's `HandlerResult` plus Elm's
/// commands): the loop's response, and the effects the controller runs afterwards (the
/// only steps that touch the store, the theme files or the clock).
struct Reaction {
    var response: DashboardResponse
    var effects: [Effect] = []

    static let ignored = Reaction(response: .ignored)
    static let redraw = Reaction(response: .redraw)

    static func redraw(_ effects: Effect...) -> Reaction {
        Reaction(response: .redraw, effects: effects)
    }
}

/// Work a reducer asks for but cannot do as a pure function.
enum Effect {
    /// Show a message that goes away by itself (the controller stamps its expiry).
    case toast(String, Toast.Kind)
    case cycleTheme
    /// Drop every loaded value and derived list (`r`).
    case reloadData
    case acknowledge(alertId: String, note: String)
    case snooze(alertId: String, until: Day)
    /// `c` and `x`: the report of what is on screen, as a note on the clipboard or as files.
    case copyNote
    case exportReport
}

/// What the reducers read besides the state: the lists on screen and where they are.
struct ReducerContext {
    var view: DashboardViewModel
    var layout: FrameLayout
    /// The scope's tree, asked for only by the keys that need it on any screen (`e`).
    var scopedTree: () -> OrgTreeModel?
}

extension DashboardState {
    var text: DashboardText { DashboardText(language: language) }
}
