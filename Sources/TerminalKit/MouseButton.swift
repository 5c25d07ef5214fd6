/// A mouse button in a click event.
public enum MouseButton: Sendable, Hashable {
    case left
    case middle
    case right
}
