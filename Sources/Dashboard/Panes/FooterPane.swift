import Widgets

/// The bottom row: the keys that matter in the focused pane, and a short status on the right.
struct FooterPane: StatefulPane {
    var hints: [KeyHint]
    var status: String

    func render(in area: Rect, buffer: inout ScreenBuffer, state _: Void, context: PaneContext) {
        StatusBar(hints: hints, trailingText: status, theme: context.theme).render(in: area, buffer: &buffer)
    }
}
