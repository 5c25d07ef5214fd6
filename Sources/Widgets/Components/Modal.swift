/// The frame of an overlay: clears its rectangle (so nothing underneath shows through),
/// draws a border with a centred title, and leaves a padded inner area for content.
public struct Modal: Widget {
    public var title: String?
    public var style: Style
    public var borderStyle: Style
    public var titleStyle: Style
    public var glyphs: Glyphs

    public init(title: String? = nil, theme: Theme = .default) {
        self.title = title
        style = theme[.text].patched(with: theme[.modal])
        borderStyle = theme[.modalBorder]
        titleStyle = theme[.modalTitle]
        glyphs = theme.glyphs
    }

    /// A rectangle of `width`×`height` centred in `screen`, shrunk to fit with a one-cell margin.
    public static func area(width: Int, height: Int, in screen: Rect) -> Rect {
        let margin = screen.width > 4 && screen.height > 4 ? 1 : 0
        return screen.centered(
            width: min(width, screen.width - 2 * margin), height: min(height, screen.height - 2 * margin))
    }

    /// Inside the border, with one column of padding left and right.
    public func inner(_ area: Rect) -> Rect {
        area.inset(horizontal: 2, vertical: 1)
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        buffer.fill(area, style: style)
        Block(borderStyle: style.patched(with: borderStyle), titleStyle: titleStyle, glyphs: glyphs).render(
            in: area, buffer: &buffer)
        if let title, !title.isEmpty, area.width > 4 {
            let text = " \(DisplayWidth.truncate(title, to: area.width - 4)) "
            let width = DisplayWidth.of(text)
            buffer.write(text, x: area.x + (area.width - width) / 2, y: area.y, maxWidth: width, style: titleStyle)
        }
    }
}
