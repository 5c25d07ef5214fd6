import Widgets

/// Every pane, overlay and dialog of the dashboard draws through this one protocol, as
/// ratatui's `StatefulWidget`: the pane holds what it shows, `render` gets the state that
/// says how (selection, scroll, focus) and only reads it. Scroll offsets are settled before
/// drawing (`FrameSync`), so a pane never reports anything back.
protocol StatefulPane {
    associatedtype State
    func render(in area: Rect, buffer: inout ScreenBuffer, state: State, context: PaneContext)
}

extension StatefulPane where State == Void {
    func render(in area: Rect, buffer: inout ScreenBuffer, context: PaneContext) {
        render(in: area, buffer: &buffer, state: (), context: context)
    }
}

/// How a list pane is drawn: the selected row (by index into the list), the first row shown
/// and whether the pane has the keys.
struct ListPaneState: Equatable {
    var selectedIndex: Int?
    var scrollOffset = 0
    var focused = false
}
