import Widgets

/// Below 80×24 the panes cannot be read: say so, with the size needed and the size now. The
/// dashboard comes back by itself when the window grows.
struct TooSmallScreen: StatefulPane {
    static let minimumColumns = 80
    static let minimumRows = 24

    static func applies(columns: Int, rows: Int) -> Bool {
        columns < minimumColumns || rows < minimumRows
    }

    func render(in screen: Rect, buffer: inout ScreenBuffer, state _: Void, context: PaneContext) {
        let text = context.text
        let lines = [
            Line(text(DashText.tooSmallTitle), style: context.theme[.alertWarning].adding(.bold), alignment: .center),
            Line(
                text(
                    DashText.tooSmallSize, TooSmallScreen.minimumColumns, TooSmallScreen.minimumRows, screen.width,
                    screen.height), alignment: .center),
            Line(text(DashText.tooSmallHint), style: context.theme[.textDim], alignment: .center),
        ]
        let area = screen.centered(width: screen.width, height: min(screen.height, lines.count))
        Paragraph(lines: lines, style: context.theme[.text]).render(in: area, buffer: &buffer)
    }
}
