import Widgets

/// The `/` search: the query being typed and the highlighted result.
public struct SearchState: Sendable {
    public var input = TextInputState()
    public var selectedIndex = 0
    public var scrollOffset = 0

    public init() {}
}
