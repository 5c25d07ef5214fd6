/// Everything the terminal can tell the app: keys, mouse actions and size changes.
public enum InputEvent: Sendable, Hashable {
    case key(KeyEvent)
    case mouse(MouseEvent)
    /// The window changed size; a drag produces one event, at the final size.
    case resize(columns: Int, rows: Int)
}
