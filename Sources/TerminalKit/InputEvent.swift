import Widgets

/// Everything the terminal can tell the app: keys, mouse actions, size changes and hang-up.
public enum InputEvent: Sendable, Hashable {
    case key(Key)
    case mouse(MouseEvent)
    /// The window changed size; a drag produces one event, at the final size.
    case resize(columns: Int, rows: Int)
    /// The terminal went away (every input wait returns at once on a dead tty). The session
    /// has nothing more to read; the app decides how to end (it exits with status 129, as
    /// a hang-up signal would).
    case hangUp
}
