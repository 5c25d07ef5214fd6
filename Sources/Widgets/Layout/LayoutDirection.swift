/// Which way a layout splits a rectangle.
public enum LayoutDirection: Sendable, Hashable {
    /// Stacked top to bottom: constraints size heights.
    case vertical
    /// Side by side, left to right: constraints size widths.
    case horizontal
}
