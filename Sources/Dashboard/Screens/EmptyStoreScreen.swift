import Widgets

/// A store without data: what to run to import exports or to try the demo.
struct EmptyStoreScreen: StatefulPane {
    var storePath: String?
    var hasOrgs: Bool

    func render(in area: Rect, buffer: inout ScreenBuffer, state _: Void, context: PaneContext) {
        let text = context.text
        let theme = context.theme
        let store = storePath ?? "PATH"
        let lines: [Line] = [
            Line(text(hasOrgs ? DashText.emptyNoPoints : DashText.emptyTitle), style: theme[.title], alignment: .left),
            Line(""),
            Line(text(DashText.emptyImport), alignment: .left),
            Line("    xuexi-dash import --store \(store) " + text(DashText.emptyFiles), style: theme[.textAccent]),
            Line(""),
            Line(text(DashText.emptyWatch), alignment: .left),
            Line("    xuexi-dash watch --store \(store) ~/exports", style: theme[.textAccent]),
            Line(""),
            Line(text(DashText.emptyDemo), alignment: .left),
            Line("    xuexi-dash demo", style: theme[.textAccent]),
            Line(""),
            Line(text(DashText.emptyLive), style: theme[.textDim], alignment: .left),
        ]
        let width = min(area.width - 4, max(60, lines.map(\.width).max() ?? 60) + 4)
        let box = area.centered(width: width, height: min(area.height, lines.count + 2))
        let block = Block(title: text(DashText.emptyBoxTitle), theme: theme)
        block.render(in: box, buffer: &buffer)
        Paragraph(lines: lines, style: theme[.text], wraps: false).render(
            in: block.inner(box).inset(horizontal: 1, vertical: 0), buffer: &buffer)
    }
}
