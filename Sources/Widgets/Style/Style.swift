/// How to paint a cell. `nil` colours leave what is already in the cell, so text drawn over
/// a selected row keeps the row's background (the ratatui "patch" rule).
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var attributes: TextAttributes

    public init(foreground: Color? = nil, background: Color? = nil, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// Leaves cells as they are.
    public static let plain = Style()

    /// This style with `other` laid on top: `other`'s colours win where set, attributes add up.
    public func patched(with other: Style) -> Style {
        Style(
            foreground: other.foreground ?? foreground,
            background: other.background ?? background,
            attributes: attributes.union(other.attributes)
        )
    }

    public func adding(_ extra: TextAttributes) -> Style {
        var copy = self
        copy.attributes.formUnion(extra)
        return copy
    }

    /// The style as a terminal of `depth` can show it; see `ColorDegradation.degrade(_:to:)`.
    public func degraded(to depth: ColorDepth) -> Style {
        ColorDegradation.degrade(self, to: depth)
    }
}
