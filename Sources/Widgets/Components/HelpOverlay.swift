/// The `?` overlay: every key and what it does, in two columns when one is too long,
/// centred over the screen.
public struct HelpOverlay: Widget {
    public var title: String
    public var entries: [KeyHint]
    /// A last line such as "Esc closes this help".
    public var footnote: String?
    public var theme: Theme

    public init(title: String, entries: [KeyHint], footnote: String? = nil, theme: Theme = .default) {
        self.title = title
        self.entries = entries
        self.footnote = footnote
        self.theme = theme
    }

    private var keyWidth: Int { entries.map { DisplayWidth.of($0.key) }.max() ?? 0 }
    private var entryWidth: Int { keyWidth + 2 + (entries.map { DisplayWidth.of($0.action) }.max() ?? 0) }

    /// Where the overlay goes on `screen`: one column of entries if they fit, else two.
    public func area(in screen: Rect) -> Rect {
        let footRows = footnote == nil ? 0 : 2
        let oneColumnHeight = entries.count + footRows + 2
        let columns = oneColumnHeight <= screen.height - 2 ? 1 : 2
        let rows = (entries.count + columns - 1) / columns
        let width = columns * entryWidth + (columns - 1) * 3 + 4
        let footWidth = (footnote.map(DisplayWidth.of) ?? 0) + 4
        return Modal.area(
            width: max(width, footWidth, DisplayWidth.of(title) + 6), height: rows + footRows + 2, in: screen)
    }

    /// Draws centred in `screen` (pass the whole screen, not a pre-computed rectangle).
    public func render(in screen: Rect, buffer: inout ScreenBuffer) {
        let area = area(in: screen.intersection(buffer.area))
        guard !area.isEmpty else { return }
        let modal = Modal(title: title, theme: theme)
        modal.render(in: area, buffer: &buffer)
        let inner = modal.inner(area)
        guard !inner.isEmpty else { return }
        let footRows = footnote == nil ? 0 : 2
        let entryRows = max(0, inner.height - footRows)
        guard entryRows > 0 else { return }
        let columns = (entries.count + entryRows - 1) / entryRows
        let columnWidth = columns > 1 ? (inner.width - 3 * (columns - 1)) / columns : inner.width
        let keyStyle = theme[.textAccent]
        for (index, entry) in entries.enumerated() {
            let column = index / entryRows
            let row = index % entryRows
            let x = inner.x + column * (columnWidth + 3)
            guard x < inner.right else { break }
            let y = inner.y + row
            let width = min(columnWidth, inner.right - x)
            let keyColumn = min(keyWidth, width)
            buffer.write(entry.key, x: x, y: y, maxWidth: keyColumn, style: keyStyle)
            if width > keyColumn + 2 {
                buffer.write(
                    entry.action, x: x + keyColumn + 2, y: y, maxWidth: width - keyColumn - 2, style: modal.style)
            }
        }
        if let footnote {
            buffer.write(
                Line(footnote, style: theme[.textDim], alignment: .center), x: inner.x, y: inner.bottom - 1,
                maxWidth: inner.width, style: modal.style)
        }
    }
}
