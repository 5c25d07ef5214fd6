/// A scrolling list of lines with a selected item marked (›) and highlighted.
public struct List: Widget {
    public var items: [Line]
    public var selected: Int?
    public var scrollOffset: Int
    public var style: Style
    public var selectionStyle: Style
    public var marker: String

    public init(
        items: [Line], selected: Int? = nil, scrollOffset: Int = 0, focused: Bool = true, theme: Theme = .default
    ) {
        self.items = items
        self.selected = selected
        self.scrollOffset = scrollOffset
        style = theme[.text]
        selectionStyle = theme[focused ? .selection : .selectionInactive]
        marker = theme.glyphs.selectionMarker
    }

    public func effectiveScrollOffset(in area: Rect) -> Int {
        ScrollPosition.offset(
            selected: selected, currentOffset: scrollOffset, visibleRows: area.height, rowCount: items.count)
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        buffer.setStyle(style, in: area)
        let offset = effectiveScrollOffset(in: area)
        let markerWidth = DisplayWidth.of(marker) + 1
        for (row, index) in (offset..<min(items.count, offset + area.height)).enumerated() {
            let y = area.y + row
            let isSelected = index == selected
            let rowStyle = isSelected ? selectionStyle : style
            if isSelected { buffer.setStyle(selectionStyle, in: area.row(row)) }
            if area.width > markerWidth {
                buffer.write(isSelected ? marker : "", x: area.x, y: y, maxWidth: markerWidth, style: rowStyle)
                buffer.write(
                    items[index], x: area.x + markerWidth, y: y, maxWidth: area.width - markerWidth, style: rowStyle)
            } else {
                buffer.write(items[index], x: area.x, y: y, maxWidth: area.width, style: rowStyle)
            }
        }
    }
}
