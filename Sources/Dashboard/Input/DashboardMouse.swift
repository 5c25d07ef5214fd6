/// A mouse action at a screen cell (0-based column `x`, row `y`).
public enum DashboardMouse: Sendable, Hashable {
    case click(x: Int, y: Int)
    case wheelUp(x: Int, y: Int)
    case wheelDown(x: Int, y: Int)
}
