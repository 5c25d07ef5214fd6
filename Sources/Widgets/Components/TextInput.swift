/// A one-line text field drawing a `TextInputState`: the cursor is a highlighted cell
/// (the terminal cursor stays hidden), and long text scrolls by display cells to keep the
/// cursor, and the end of the text when the cursor is near it, in view. A dim "…" in the
/// first or last column says that text is hidden on that side.
public struct TextInput: Widget {
    public var state: TextInputState
    public var placeholder: String?
    public var style: Style
    public var cursorStyle: Style
    public var placeholderStyle: Style
    /// Drawn where text is scrolled out of view.
    public var overflowMark: String

    public init(state: TextInputState, placeholder: String? = nil, theme: Theme = .default) {
        self.state = state
        self.placeholder = placeholder
        style = theme[.input]
        cursorStyle = theme[.inputCursor]
        placeholderStyle = theme[.textDim]
        overflowMark = theme.glyphs.ellipsis
    }

    /// The screen cell of the cursor when drawn in `area`: where the terminal cursor should
    /// sit so an input method opens its candidate window next to the text being typed.
    public func cursorPosition(in area: Rect) -> (x: Int, y: Int)? {
        guard !area.isEmpty else { return nil }
        let layout = state.layout(width: area.width)
        let column = state.characters[layout.start..<state.cursor].reduce(0) { $0 + DisplayWidth.of(character: $1) }
        return (min(area.x + (layout.marksLeft ? 1 : 0) + column, area.right - 1), area.y)
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: style)
        if state.isEmpty, let placeholder {
            buffer.write(placeholder, x: row.x + 1, y: row.y, maxWidth: row.width - 1, style: placeholderStyle)
        }
        let layout = state.layout(width: row.width)
        let markStyle = style.patched(with: placeholderStyle)
        if layout.marksLeft {
            buffer.write(overflowMark, x: row.x, y: row.y, maxWidth: 1, style: markStyle)
        }
        let right = row.right - (layout.marksRight ? 1 : 0)
        let characters = state.characters
        var x = row.x + (layout.marksLeft ? 1 : 0)
        var index = layout.start
        while index < characters.count {
            let width = DisplayWidth.of(character: characters[index])
            if x + width > right { break }
            if width > 0 {
                let cellStyle = index == state.cursor ? style.patched(with: cursorStyle) : style
                buffer.put(symbol: String(characters[index]), width: width, x: x, y: row.y, style: cellStyle)
            }
            x += width
            index += 1
        }
        if state.cursor == characters.count, x < right {
            buffer.put(symbol: " ", width: 1, x: x, y: row.y, style: style.patched(with: cursorStyle))
        }
        if layout.marksRight {
            // Right after the last character shown, so the mark reads as part of the text.
            buffer.write(overflowMark, x: min(x, row.right - 1), y: row.y, maxWidth: 1, style: markStyle)
        }
    }
}
