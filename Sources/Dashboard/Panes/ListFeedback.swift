import Widgets

/// What a list pane reports after drawing: where its rows are and which item each shows
/// (for clicks), the scroll offset it used (kept so scrolling is stable) and how many rows
/// fit (the page size for PgUp/PgDn).
struct ListFeedback {
    var rowsArea: Rect = .zero
    var firstIndex = 0
    var ids: [String] = []
    var visibleRows = 0

    func id(atY y: Int) -> String? {
        let row = y - rowsArea.y
        guard row >= 0, row < ids.count, rowsArea.contains(x: rowsArea.x, y: y) else { return nil }
        return ids[row]
    }
}
