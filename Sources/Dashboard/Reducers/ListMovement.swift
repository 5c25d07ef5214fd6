/// Up/down/page/home/end on any list.
enum ListMovement {
    /// Moves `selection` through `ids`; nil when `action` is not a movement. A page is the
    /// visible rows less one, so one row of context stays on screen.
    static func move(
        _ action: DashboardAction, ids: [String], selection: inout ListSelection,
        viewport: ListViewport
    ) -> Reaction? {
        let pageSize = max(1, viewport.visibleRows - 1)
        let delta: Int
        switch action {
        case .moveUp: delta = -1
        case .moveDown: delta = 1
        case .pageUp: delta = -pageSize
        case .pageDown: delta = pageSize
        case .moveToTop: delta = -ids.count
        case .moveToBottom: delta = ids.count
        default: return nil
        }
        return selection.move(in: ids, by: delta) ? .redraw : .ignored
    }
}
