import Widgets

/// Writes `ScreenBuffer` frames to the terminal: only cells that changed since the last
/// frame, then one update, so an unchanged frame costs nothing and nothing flickers.
struct TerminalRenderer<Output: TerminalOutput> {
    private struct AppearanceKey: Hashable {
        var foreground: Color
        var background: Color
        var attributes: TextAttributes
    }

    private struct Appearance {
        var pair: Int16
        var attributes: TextAttributes
    }

    let depth: ColorDepth
    private(set) var output: Output
    private var previous: ScreenBuffer?
    private var lastCursor: (x: Int, y: Int)?
    private var pairs: ColorPairCache
    private var appearances: [AppearanceKey: Appearance] = [:]
    private let hasDefaultColors: Bool

    init(output: Output, depth: ColorDepth, hasDefaultColors: Bool) {
        self.output = output
        self.depth = depth
        self.hasDefaultColors = hasDefaultColors
        pairs = ColorPairCache(capacity: Int32(max(0, output.colorPairCount - 1))) { pair, foreground, background in
            output.definePair(pair, foreground: foreground, background: background)
        }
    }

    /// Forget the last frame so the next one is written in full (after a resize or a
    /// suspend, when the screen no longer shows what we think it does).
    mutating func invalidate() {
        previous = nil
    }

    mutating func present(_ buffer: ScreenBuffer, cursor: (x: Int, y: Int)? = nil) {
        let changes: [CellChange]
        if let previous, previous.width == buffer.width, previous.height == buffer.height {
            changes = buffer.diff(from: previous)
        } else {
            output.clearOnNextUpdate()
            changes = buffer.allCells()
        }
        previous = buffer
        let cursorMoved = cursor.map { $0.x != lastCursor?.x || $0.y != lastCursor?.y } ?? false
        lastCursor = cursor
        guard !changes.isEmpty || cursorMoved else { return }
        for change in changes {
            let appearance = appearance(of: change.cell)
            output.put(
                change.cell.symbol, x: change.x, y: change.y, pair: appearance.pair,
                attributes: appearance.attributes)
        }
        if let cursor { output.moveCursor(x: cursor.x, y: cursor.y) }
        output.update()
    }

    private mutating func appearance(of cell: Cell) -> Appearance {
        let key = AppearanceKey(foreground: cell.foreground, background: cell.background, attributes: cell.attributes)
        if let known = appearances[key] { return known }
        let degraded = ColorDegradation.degradeCell(
            foreground: cell.foreground, background: cell.background, attributes: cell.attributes, to: depth)
        var pair: Int16 = 0
        if depth != .monochrome {
            pair = pairs.pair(
                foreground: colorNumber(degraded.foreground, isForeground: true),
                background: colorNumber(degraded.background, isForeground: false))
        }
        let result = Appearance(pair: pair, attributes: degraded.attributes)
        appearances[key] = result
        return result
    }

    private func colorNumber(_ color: Color, isForeground: Bool) -> Int16 {
        switch color {
        case .default: return hasDefaultColors ? -1 : (isForeground ? 7 : 0)
        case .indexed(let index): return Int16(index)
        case .rgb(let red, let green, let blue): return Int16(ColorDegradation.nearestIndexed256((red, green, blue)))
        }
    }
}
