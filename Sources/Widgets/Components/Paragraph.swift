/// Several lines of styled text, wrapped at word boundaries (CJK anywhere) or cut with `…`.
public struct Paragraph: Widget {
    public var lines: [Line]
    public var style: Style
    public var wraps: Bool
    /// Lines (after wrapping) skipped at the top, for scrolling long text.
    public var scrollOffset: Int

    public init(lines: [Line], style: Style = .plain, wraps: Bool = true, scrollOffset: Int = 0) {
        self.lines = lines
        self.style = style
        self.wraps = wraps
        self.scrollOffset = scrollOffset
    }

    /// Plain text; `\n` starts a new line.
    public init(
        _ text: String, style: Style = .plain, alignment: HorizontalAlignment = .left, wraps: Bool = true,
        scrollOffset: Int = 0
    ) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            Line(String($0), alignment: alignment)
        }
        self.init(lines: lines, style: style, wraps: wraps, scrollOffset: scrollOffset)
    }

    /// The lines as they will appear in `width` columns.
    public func displayLines(width: Int) -> [Line] {
        guard wraps else { return lines }
        return lines.flatMap { TextWrapper.wrap($0, width: width) }
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        buffer.setStyle(style, in: area)
        let visible = displayLines(width: area.width).dropFirst(max(0, scrollOffset)).prefix(area.height)
        for (row, line) in visible.enumerated() {
            buffer.write(line, x: area.x, y: area.y + row, maxWidth: area.width, style: style)
        }
    }
}
