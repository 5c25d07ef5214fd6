/// A rectangle of terminal cells: `x`, `y` are the top-left corner, sizes are never negative.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    public var isEmpty: Bool { width == 0 || height == 0 }
    public var area: Int { width * height }
    /// One past the last column.
    public var right: Int { x + width }
    /// One past the last row.
    public var bottom: Int { y + height }

    public func contains(x pointX: Int, y pointY: Int) -> Bool {
        pointX >= x && pointX < right && pointY >= y && pointY < bottom
    }

    /// The rectangle shrunk by `margin` on every side (empty when nothing is left).
    public func inset(by margin: Int) -> Rect {
        inset(horizontal: margin, vertical: margin)
    }

    public func inset(horizontal: Int, vertical: Int) -> Rect {
        let newWidth = width - 2 * horizontal
        let newHeight = height - 2 * vertical
        guard newWidth > 0, newHeight > 0 else {
            return Rect(x: x + min(horizontal, width), y: y + min(vertical, height), width: 0, height: 0)
        }
        return Rect(x: x + horizontal, y: y + vertical, width: newWidth, height: newHeight)
    }

    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let rightEdge = min(right, other.right)
        let bottomEdge = min(bottom, other.bottom)
        guard rightEdge > left, bottomEdge > top else { return Rect(x: left, y: top, width: 0, height: 0) }
        return Rect(x: left, y: top, width: rightEdge - left, height: bottomEdge - top)
    }

    /// The single-row rectangle at `offset` rows below the top (empty when outside).
    public func row(_ offset: Int) -> Rect {
        guard offset >= 0, offset < height else { return Rect(x: x, y: y + max(0, offset), width: width, height: 0) }
        return Rect(x: x, y: y + offset, width: width, height: 1)
    }

    /// A rectangle of at most `width`×`height`, centred inside this one.
    public func centered(width requestedWidth: Int, height requestedHeight: Int) -> Rect {
        let clampedWidth = min(max(0, requestedWidth), width)
        let clampedHeight = min(max(0, requestedHeight), height)
        return Rect(
            x: x + (width - clampedWidth) / 2, y: y + (height - clampedHeight) / 2, width: clampedWidth,
            height: clampedHeight)
    }

    public var description: String { "Rect(x: \(x), y: \(y), width: \(width), height: \(height))" }
}
