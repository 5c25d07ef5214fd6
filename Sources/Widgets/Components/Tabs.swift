/// A row of tab titles with the selected one highlighted. When the titles do not fit, the
/// row scrolls so the selected tab stays visible.
public struct Tabs: Widget {
    public var titles: [String]
    public var selected: Int
    public var activeStyle: Style
    public var inactiveStyle: Style
    public var dividerStyle: Style
    public var glyphs: Glyphs

    public init(titles: [String], selected: Int, theme: Theme = .default) {
        self.titles = titles
        self.selected = selected
        activeStyle = theme[.tabActive]
        inactiveStyle = theme[.tabInactive]
        dividerStyle = theme[.border]
        glyphs = theme.glyphs
    }

    /// Screen columns of each title (empty for tabs scrolled out of view), for mouse clicks.
    public func titleRanges(in area: Rect) -> [Range<Int>] {
        let widths = titles.map { DisplayWidth.of($0) + 2 }
        var starts: [Int] = []
        var x = 0
        for width in widths {
            starts.append(x)
            x += width + 1
        }
        var shift = 0
        if selected >= 0, selected < widths.count {
            let selectedEnd = starts[selected] + widths[selected]
            if selectedEnd > area.width { shift = selectedEnd - area.width }
        }
        return zip(starts, widths).map { start, width in
            let from = area.x + start - shift
            let to = from + width
            guard from >= area.x, to <= area.right else { return area.x..<area.x }
            return from..<to
        }
    }

    /// The tab under column `x`, if any.
    public func tabIndex(atX x: Int, in area: Rect) -> Int? {
        titleRanges(in: area).firstIndex { $0.contains(x) }
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let ranges = titleRanges(in: area)
        for (index, range) in ranges.enumerated() where !range.isEmpty {
            let style = index == selected ? activeStyle : inactiveStyle
            buffer.write(" \(titles[index]) ", x: range.lowerBound, y: area.y, maxWidth: range.count, style: style)
            if index < titles.count - 1, range.upperBound < area.right {
                buffer.put(symbol: glyphs.separator, width: 1, x: range.upperBound, y: area.y, style: dividerStyle)
            }
        }
    }
}
