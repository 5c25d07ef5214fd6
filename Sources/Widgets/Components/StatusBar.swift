/// The footer: key hints on the left ("q Quit  ? Help"), a status text on the right.
/// Hints that do not fit are left out whole, never cut in the middle.
public struct StatusBar: Widget {
    public var hints: [KeyHint]
    public var trailingText: String?
    public var style: Style
    public var keyStyle: Style

    public init(hints: [KeyHint], trailingText: String? = nil, theme: Theme = .default) {
        self.hints = hints
        self.trailingText = trailingText
        style = theme[.footer]
        keyStyle = theme[.footerKey]
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: style)
        var trailingWidth = 0
        if let trailingText, !trailingText.isEmpty {
            let text = DisplayWidth.truncate(trailingText, to: max(0, area.width / 2 - 1)) + " "
            trailingWidth = DisplayWidth.of(text)
            buffer.write(text, x: row.right - trailingWidth, y: row.y, maxWidth: trailingWidth, style: style)
        }
        var x = row.x + 1
        let limit = row.right - trailingWidth
        for hint in hints {
            let keyText = " \(hint.key) "
            let actionText = "\(hint.action) "
            let width = DisplayWidth.of(keyText) + DisplayWidth.of(actionText)
            guard x + width <= limit else { break }
            x += buffer.write(keyText, x: x, y: row.y, style: keyStyle)
            x += buffer.write(actionText, x: x, y: row.y, style: style)
        }
    }
}
