import Widgets

/// Everything that can happen to the dashboard from outside: keys, the mouse, a new size.
public enum DashboardInput: Sendable, Hashable {
    case key(Key)
    case mouse(DashboardMouse)
    case resize(columns: Int, rows: Int)
}
