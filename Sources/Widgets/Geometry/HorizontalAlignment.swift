/// Where text sits inside a wider space.
public enum HorizontalAlignment: Sendable, Hashable {
    case left
    case center
    case right

    /// Columns to leave empty before content of `contentWidth` in a space of `availableWidth`.
    public func leadingPadding(contentWidth: Int, availableWidth: Int) -> Int {
        let slack = max(0, availableWidth - contentWidth)
        switch self {
        case .left: return 0
        case .center: return slack / 2
        case .right: return slack
        }
    }
}
