import Widgets

/// The branch review: the 30-day chart and the summary with sibling ranks on top; members
/// with their heatmap below, beside the inactive members and the item breakdown.
struct BranchLayout: Equatable {
    var header: Rect
    var chart: Rect
    var summary: Rect
    var members: Rect
    var inactive: Rect
    var items: Rect
    var footer: Rect

    init(screen: Rect) {
        header = screen.row(0)
        footer = screen.row(screen.height - 1)
        let body = Rect(x: screen.x, y: screen.y + 1, width: screen.width, height: max(0, screen.height - 2))
        let topHeight = min(16, max(9, body.height * 36 / 100))
        let parts = Layout.split(body, direction: .vertical, constraints: [.length(topHeight), .fill(1)])
        let sideWidth = min(56, max(34, screen.width * 38 / 100))
        let top = Layout.split(parts[0], direction: .horizontal, constraints: [.fill(1), .length(sideWidth)])
        chart = top[0]
        summary = top[1]
        let bottom = Layout.split(parts[1], direction: .horizontal, constraints: [.fill(1), .length(sideWidth)])
        members = bottom[0]
        let side = bottom[1]
        if side.height >= 14 {
            let itemsHeight = min(9, max(5, side.height / 3))
            let stack = Layout.split(side, direction: .vertical, constraints: [.fill(1), .length(itemsHeight)])
            inactive = stack[0]
            items = stack[1]
        } else {
            inactive = side
            items = Rect(x: side.x, y: side.bottom, width: side.width, height: 0)
        }
    }
}
