import CNcurses
import Widgets

/// The screen calls `TerminalRenderer` makes, so a test can record them instead of drawing.
/// Colours arrive as terminal colour numbers (-1: the terminal's default) and attributes
/// as the degraded `TextAttributes` of the cell.
protocol TerminalOutput {
    /// How many colour pairs the terminal has (pair 0 is fixed).
    var colorPairCount: Int32 { get }
    /// Defines colour pair `pair`; false when the terminal refuses it.
    func definePair(_ pair: Int16, foreground: Int16, background: Int16) -> Bool
    /// The next update repaints the whole screen (the previous frame is unknown).
    func clearOnNextUpdate()
    /// Writes one cell: up to five scalars of `symbol` (a space when empty).
    mutating func put(_ symbol: String, x: Int, y: Int, pair: Int16, attributes: TextAttributes)
    func moveCursor(x: Int, y: Int)
    /// Sends everything written since the last update to the terminal.
    func update()
}

/// `TerminalOutput` on ncurses' standard screen.
struct NcursesOutput: TerminalOutput {
    private var characters = [wchar_t](repeating: 0, count: 6)

    var colorPairCount: Int32 { xuexi_color_pairs() }

    func definePair(_ pair: Int16, foreground: Int16, background: Int16) -> Bool {
        init_pair(pair, foreground, background) == OK
    }

    func clearOnNextUpdate() {
        clearok(xuexi_curscr(), true)
    }

    mutating func put(_ symbol: String, x: Int, y: Int, pair: Int16, attributes: TextAttributes) {
        var count = 0
        for scalar in symbol.unicodeScalars where count < 5 {
            characters[count] = wchar_t(bitPattern: scalar.value)
            count += 1
        }
        if count == 0 {
            characters[0] = 0x20
            count = 1
        }
        characters[count] = 0
        var complex = cchar_t()
        setcchar(&complex, characters, Self.attributeBits(attributes), pair, nil)
        // The bottom-right cell reports ERR (the cursor cannot advance) but is written.
        _ = mvwadd_wch(xuexi_stdscr(), Int32(y), Int32(x), &complex)
    }

    func moveCursor(x: Int, y: Int) {
        // ncurses leaves the terminal cursor where the window's cursor is after the update.
        wmove(xuexi_stdscr(), Int32(y), Int32(x))
    }

    func update() {
        wnoutrefresh(xuexi_stdscr())
        doupdate()
    }

    static func attributeBits(_ attributes: TextAttributes) -> attr_t {
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
