import CNcurses
import Widgets

/// Writes `ScreenBuffer` frames to ncurses: only cells that changed since the last frame,
/// then one `doupdate`, so an unchanged frame costs nothing and nothing flickers.
struct TerminalRenderer {
    private struct AppearanceKey: Hashable {
        var foreground: Color
        var background: Color
        var attributes: TextAttributes
    }

    private struct Appearance {
        var pair: Int16
        var attributes: attr_t
    }

    let depth: ColorDepth
    private var previous: ScreenBuffer?
    private var pairs: ColorPairCache
    private var appearances: [AppearanceKey: Appearance] = [:]
    private let hasDefaultColors: Bool

    init(depth: ColorDepth, hasDefaultColors: Bool) {
        self.depth = depth
        self.hasDefaultColors = hasDefaultColors
        pairs = ColorPairCache(capacity: Int32(max(0, xuexi_color_pairs() - 1))) { pair, foreground, background in
            init_pair(pair, foreground, background) == OK
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
            clearok(xuexi_curscr(), true)
            changes = buffer.allCells()
        }
        previous = buffer
        let cursorMoved = cursor.map { $0.x != lastCursor?.x || $0.y != lastCursor?.y } ?? false
        lastCursor = cursor
        guard !changes.isEmpty || cursorMoved else { return }
        let window = xuexi_stdscr()
        var characters = [wchar_t](repeating: 0, count: 6)
        for change in changes {
            let appearance = appearance(of: change.cell)
            var count = 0
            for scalar in change.cell.symbol.unicodeScalars where count < 5 {
                characters[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            if count == 0 {
                characters[0] = 0x20
                count = 1
            }
            characters[count] = 0
            var complex = cchar_t()
            setcchar(&complex, characters, appearance.attributes, appearance.pair, nil)
            // The bottom-right cell reports ERR (the cursor cannot advance) but is written.
            _ = mvwadd_wch(window, Int32(change.y), Int32(change.x), &complex)
        }
        if let cursor {
            // ncurses leaves the terminal cursor where the window's cursor is after the update.
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        }
        wnoutrefresh(window)
        doupdate()
    }

    private var lastCursor: (x: Int, y: Int)?

    private mutating func appearance(of cell: Cell) -> Appearance {
        let key = AppearanceKey(foreground: cell.foreground, background: cell.background, attributes: cell.attributes)
        if let known = appearances[key] { return known }
        let degraded = ColorDegradation.degradeCell(foreground: cell.foreground, background: cell.background, attributes: cell.attributes, to: depth)
        var pair: Int16 = 0
        if depth != .monochrome {
            pair = pairs.pair(foreground: colorNumber(degraded.foreground, isForeground: true), background: colorNumber(degraded.background, isForeground: false))
        }
        let result = Appearance(pair: pair, attributes: attributeBits(degraded.attributes))
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

    private func attributeBits(_ attributes: TextAttributes) -> attr_t {
        var bits = xuexi_a_normal()
        if attributes.contains(.bold) { bits |= xuexi_a_bold() }
        if attributes.contains(.dim) { bits |= xuexi_a_dim() }
        if attributes.contains(.italic) { bits |= xuexi_a_italic() }
        if attributes.contains(.underline) { bits |= xuexi_a_underline() }
        if attributes.contains(.reverse) { bits |= xuexi_a_reverse() }
        if attributes.contains(.blink) { bits |= xuexi_a_blink() }
        return bits
    }
}
