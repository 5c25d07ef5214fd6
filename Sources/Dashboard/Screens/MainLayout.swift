import Widgets

/// Where the main screen's panes go. Wide terminals (≥ 110 columns) put the top learners
/// beside the org tree and the alerts across the bottom; narrower ones give the tree the
/// full width and share the bottom between learners and alerts.
struct MainLayout: Equatable {
    var header: Rect
    var orgs: Rect
    var learners: Rect
    var alerts: Rect
    var footer: Rect

    init(screen: Rect) {
        header = screen.row(0)
        footer = screen.row(screen.height - 1)
        let body = Rect(x: screen.x, y: screen.y + 1, width: screen.width, height: max(0, screen.height - 2))
        if screen.width >= 110 {
            let alertsHeight = min(14, max(7, body.height * 30 / 100))
            let parts = Layout.split(body, direction: .vertical, constraints: [.fill(1), .length(alertsHeight)])
            let learnersWidth = min(64, max(42, screen.width * 34 / 100))
            let top = Layout.split(parts[0], direction: .horizontal, constraints: [.fill(1), .length(learnersWidth)])
            orgs = top[0]
            learners = top[1]
            alerts = parts[1]
        } else {
            let bottomHeight = min(14, max(8, body.height * 38 / 100))
            let parts = Layout.split(body, direction: .vertical, constraints: [.fill(1), .length(bottomHeight)])
            orgs = parts[0]
            let bottom = Layout.split(parts[1], direction: .horizontal, constraints: [.percentage(45), .fill(1)])
            learners = bottom[0]
            alerts = bottom[1]
        }
    }
}
