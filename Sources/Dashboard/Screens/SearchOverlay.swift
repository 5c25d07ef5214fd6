import Widgets

/// `/`: an incremental search over orgs and learners by name or code. Results update with
/// every key; ↑/↓ choose, Enter jumps (an org is selected in the tree, a learner opens).
struct SearchOverlay: StatefulPane {
    var results: [SearchEntry]
    var total: Int
    var learnersLoading: Bool

    static func area(in screen: Rect) -> Rect {
        DialogPlacement.area(
            width: min(76, screen.width - 4), height: min(20, screen.height - 4), in: screen, anchor: .top)
    }

    /// The result list's part of the dialog, or nil when it is too low to list anything.
    static func listArea(in screen: Rect) -> Rect? {
        let inner = Modal(title: "").inner(area(in: screen))
        guard inner.height >= 4 else { return nil }
        return Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 3)
    }

    func render(in screen: Rect, buffer: inout ScreenBuffer, state search: SearchState, context: PaneContext) {
        let text = context.text
        let theme = context.theme
        let area = SearchOverlay.area(in: screen)
        let modal = Modal(title: text(DashText.searchTitle), theme: theme)
        modal.render(in: area, buffer: &buffer)
        let inner = modal.inner(area)
        guard let listArea = SearchOverlay.listArea(in: screen) else { return }
        TextInput(state: search.input, placeholder: text(DashText.searchPlaceholder), theme: theme)
            .render(in: inner.row(0), buffer: &buffer)
        var status: String
        if search.input.isEmpty {
            status = text(DashText.searchPrompt)
        } else if total == 0 {
            status = text(DashText.searchNoMatch)
        } else {
            status = text(DashText.searchCount, total)
        }
        if learnersLoading { status += " · " + text(DashText.searchLearnersLoading) }
        buffer.write(
            status, x: inner.x, y: inner.y + 1, maxWidth: inner.width, style: modal.style.patched(with: theme[.textDim])
        )
        let tagStyle = theme[.textAccent]
        let items: [Line] = results.map { entry in
            let tag = text(entry.kind == .org ? DashText.searchOrg : DashText.searchLearner) + " "
            let code = " " + entry.code
            // The path is cut from the left so the part that tells units apart stays visible.
            let room = listArea.width - 1 - DisplayWidth.of(tag + entry.name + code) - 2
            let path =
                entry.context.isEmpty || room < 4 ? "" : "  " + TopLearnersPane.leadingCut(entry.context, to: room)
            return Line(spans: [
                Span(tag, style: tagStyle), Span(entry.name), Span(code, style: theme[.textDim]),
                Span(path, style: theme[.textDim]),
            ])
        }
        let list = List(
            items: items, selected: results.isEmpty ? nil : search.selectedIndex, scrollOffset: search.scrollOffset,
            theme: theme)
        list.render(in: listArea, buffer: &buffer)
        buffer.write(
            Line(text(DashText.searchHint), style: theme[.textDim], alignment: .center), x: inner.x,
            y: inner.bottom - 1, maxWidth: inner.width, style: modal.style)
    }
}
