import Widgets

/// The scaffolding every list pane shares: a frame titled with the list's position ("3/26"),
/// a notice while the list loads, failed or is empty, and where the table's rows go (what
/// `FrameLayout` uses for page sizes and clicks, and the pane for drawing).
struct ListPane {
    var title: String
    /// Right-hand side of the frame's title: "3/26", a count, or nothing.
    var trailing: String?
    var focused: Bool

    /// "3/26" for a non-empty list.
    static func position(selected: Int?, count: Int) -> String? {
        count > 0 ? "\((selected ?? 0) + 1)/\(count)" : nil
    }

    /// The content area inside a pane's frame.
    static func inner(of area: Rect) -> Rect {
        Block(title: nil).inner(area)
    }

    /// Where the rows of a table with a header row go inside `tableArea`.
    static func viewport(table tableArea: Rect?) -> ListViewport {
        guard let tableArea, !tableArea.isEmpty else { return ListViewport() }
        let visible = max(0, tableArea.height - 1)
        return ListViewport(
            rowsArea: Rect(x: tableArea.x, y: tableArea.y + 1, width: tableArea.width, height: visible),
            visibleRows: visible)
    }

    /// Draws the frame and returns the content area.
    func drawFrame(in area: Rect, buffer: inout ScreenBuffer, context: PaneContext) -> Rect {
        let block = context.block(title: title, trailing: trailing, focused: focused)
        block.render(in: area, buffer: &buffer)
        return block.inner(area)
    }

    /// Draws "loading", the failure or `emptyMessage` in `area` when there are no rows to
    /// list; true when the caller should draw its table.
    static func drawNotice<Value>(
        _ load: LoadState<Value>, isEmpty: Bool, emptyMessage: String, emptyStyle: Style? = nil,
        in area: Rect, buffer: inout ScreenBuffer, context: PaneContext
    ) -> Bool {
        guard load.value != nil else {
            context.drawLoadNotice(load, in: area, buffer: &buffer)
            return false
        }
        guard !isEmpty else {
            context.drawNotice(emptyMessage, in: area, buffer: &buffer, style: emptyStyle)
            return false
        }
        return true
    }
}

/// Where a list pane's rows are on screen and how many fit: the page size for PgUp/PgDn and
/// the rows a click can hit. Computed from the layout, never read back from a drawn frame.
struct ListViewport: Equatable {
    var rowsArea = Rect.zero
    var visibleRows = 0

    /// The list index under screen row `y`, given the first row shown and the list's length.
    func index(atY y: Int, firstIndex: Int, count: Int) -> Int? {
        let row = y - rowsArea.y
        guard row >= 0, row < visibleRows, firstIndex + row < count else { return nil }
        return firstIndex + row
    }
}
