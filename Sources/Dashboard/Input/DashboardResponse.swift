/// What the loop must do after an input (htop's handler result): nothing, draw, change the
/// terminal's mouse mode, or leave.
public enum DashboardResponse: Sendable, Equatable {
    /// The input changed nothing on screen.
    case ignored
    case redraw
    /// Redraw and turn mouse reporting on or off (`M`).
    case setMouse(Bool)
    /// Repaint every cell (Ctrl-L), e.g. after another program wrote on the terminal.
    case fullRedraw
    case quit
}
