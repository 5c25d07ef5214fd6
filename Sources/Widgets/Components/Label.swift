/// One line of text in one row: the smallest widget, for values and captions.
public struct Label: Widget {
    public var line: Line
    public var style: Style

    public init(_ text: String, style: Style = .plain, alignment: HorizontalAlignment = .left) {
        line = Line(text, alignment: alignment)
        self.style = style
    }

    public init(line: Line, style: Style = .plain) {
        self.line = line
        self.style = style
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        buffer.setStyle(style, in: area.row(0))
        buffer.write(line, x: area.x, y: area.y, maxWidth: area.width, style: style)
    }
}
