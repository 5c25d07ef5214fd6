import Widgets

/// The bottom row: the keys that matter in the focused pane, and a short status on the right.
struct FooterPane {
    var hints: [KeyHint]
    var status: String

    func render(in area: Rect, buffer: inout ScreenBuffer, context: PaneContext) {
        StatusBar(hints: hints, trailingText: status, theme: context.theme).render(in: area, buffer: &buffer)
    }
}
