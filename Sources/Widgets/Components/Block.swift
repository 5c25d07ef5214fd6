/// A frame around a pane: border lines, a title in the top border and an optional trailing
/// title on the right (e.g. "12/240"). Draw the block, then the content into `inner(_:)`.
public struct Block: Widget {
    public var title: String?
    public var trailingTitle: String?
    public var borders: Borders
    public var borderStyle: Style
    public var titleStyle: Style
    /// Painted over the whole area first (nil keeps what is there).
    public var fillStyle: Style?
    public var glyphs: Glyphs

    public init(
        title: String? = nil, trailingTitle: String? = nil, borders: Borders = .all,
        borderStyle: Style, titleStyle: Style, fillStyle: Style? = nil, glyphs: Glyphs = .unicode
    ) {
        self.title = title
        self.trailingTitle = trailingTitle
        self.borders = borders
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
        self.fillStyle = fillStyle
        self.glyphs = glyphs
    }

    /// A block in `theme`'s colours; `focused` uses the focus border so the active pane stands out.
    public init(
        title: String? = nil, trailingTitle: String? = nil, borders: Borders = .all, focused: Bool = false,
        theme: Theme = .default
    ) {
        self.init(
            title: title, trailingTitle: trailingTitle, borders: borders,
            borderStyle: theme[focused ? .borderFocus : .border], titleStyle: theme[.title],
            fillStyle: nil, glyphs: theme.glyphs
        )
    }

    /// The area left for content inside the borders.
    public func inner(_ area: Rect) -> Rect {
        var rect = area
        if borders.contains(.left) { rect = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 1, height: rect.height) }
        if borders.contains(.right) { rect = Rect(x: rect.x, y: rect.y, width: rect.width - 1, height: rect.height) }
        if borders.contains(.top) { rect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1) }
        if borders.contains(.bottom) { rect = Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height - 1) }
        return rect
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        if let fillStyle { buffer.fill(area, style: fillStyle) }
        let top = area.y
        let bottom = area.bottom - 1
        let left = area.x
        let right = area.right - 1
        let horizontal = Grapheme(glyphs.horizontal)
        let vertical = Grapheme(glyphs.vertical)
        if borders.contains(.top) {
            for x in left...right { buffer.put(grapheme: horizontal, width: 1, x: x, y: top, style: borderStyle) }
        }
        if borders.contains(.bottom) {
            for x in left...right { buffer.put(grapheme: horizontal, width: 1, x: x, y: bottom, style: borderStyle) }
        }
        if borders.contains(.left) {
            for y in top...bottom { buffer.put(grapheme: vertical, width: 1, x: left, y: y, style: borderStyle) }
        }
        if borders.contains(.right) {
            for y in top...bottom { buffer.put(grapheme: vertical, width: 1, x: right, y: y, style: borderStyle) }
        }
        if borders.contains([.top, .left]) {
            buffer.put(symbol: glyphs.topLeft, width: 1, x: left, y: top, style: borderStyle)
        }
        if borders.contains([.top, .right]), right > left {
            buffer.put(symbol: glyphs.topRight, width: 1, x: right, y: top, style: borderStyle)
        }
        if borders.contains([.bottom, .left]), bottom > top {
            buffer.put(symbol: glyphs.bottomLeft, width: 1, x: left, y: bottom, style: borderStyle)
        }
        if borders.contains([.bottom, .right]), bottom > top, right > left {
            buffer.put(symbol: glyphs.bottomRight, width: 1, x: right, y: bottom, style: borderStyle)
        }
        renderTitles(in: area, buffer: &buffer)
    }

    /// Titles sit in the top border (or the first row without one), one column in from each
    /// corner and padded with a space; the leading title wins when both do not fit.
    private func renderTitles(in area: Rect, buffer: inout ScreenBuffer) {
        let inset = borders.contains(.left) ? 1 : 0
        let available = area.width - inset - (borders.contains(.right) ? 1 : 0)
        guard available > 0 else { return }
        var leadingUsed = 0
        if let title, !title.isEmpty {
            let text =
                available >= 3
                ? " \(DisplayWidth.truncate(title, to: available - 2)) " : DisplayWidth.truncate(title, to: available)
            leadingUsed = buffer.write(text, x: area.x + inset, y: area.y, maxWidth: available, style: titleStyle)
        }
        if let trailingTitle, !trailingTitle.isEmpty {
            let text = " \(trailingTitle) "
            let width = DisplayWidth.of(text)
            guard leadingUsed + width + 1 <= available else { return }
            buffer.write(text, x: area.x + inset + available - width, y: area.y, maxWidth: width, style: borderStyle)
        }
    }
}
