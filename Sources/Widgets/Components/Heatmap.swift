/// A grid of intensities, one row per member and one column per day. Each cell shows a
/// shade glyph (· ░ ▒ ▓ █) in the theme's heatmap colour for its level, so the levels read
/// even without colour; nil (no data) stays blank.
public struct Heatmap: Widget {
    public var rowLabels: [String]
    public var columnLabels: [String]
    /// values[row][column]
    public var values: [[Double?]]
    /// Lowest values of levels 1–4 (ascending); default: quarters of the largest value.
    public var thresholds: [Double]?
    /// Columns per cell: the glyph, then a gap when wider than 1.
    public var cellWidth: Int
    /// Rows skipped at the top, for scrolling.
    public var scrollOffset: Int
    public var levelStyles: [Style]
    public var labelStyle: Style
    public var glyphs: Glyphs

    public init(
        rowLabels: [String], columnLabels: [String] = [], values: [[Double?]], thresholds: [Double]? = nil,
        cellWidth: Int = 2, scrollOffset: Int = 0, theme: Theme = .default
    ) {
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.values = values
        self.thresholds = thresholds
        self.cellWidth = max(1, cellWidth)
        self.scrollOffset = scrollOffset
        levelStyles = ThemeRole.heatmapLevels.map { theme[$0] }
        labelStyle = theme[.textDim]
        glyphs = theme.glyphs
    }

    /// 0 for zero or less; 1–4 by the thresholds (at least that much), or by quarters of the
    /// largest value: (0, ¼] is 1, (¼, ½] is 2, (½, ¾] is 3, (¾, 1] is 4.
    public func level(of value: Double) -> Int {
        Heatmap.level(of: value, thresholds: thresholds, largest: largestValue)
    }

    private var largestValue: Double {
        values.lazy.flatMap { $0.lazy.compactMap { $0 } }.max() ?? 0
    }

    private static func level(of value: Double, thresholds: [Double]?, largest: Double) -> Int {
        guard value > 0 else { return 0 }
        if let thresholds, !thresholds.isEmpty {
            return min(4, max(1, thresholds.prefix(4).filter { value >= $0 }.count))
        }
        guard largest > 0 else { return 4 }
        return min(4, max(1, Int((value / largest * 4).rounded(.up))))
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let widestLabel = rowLabels.map(DisplayWidth.of).max() ?? 0
        let labelWidth = min(widestLabel, area.width / 3)
        let gridX = area.x + labelWidth + (labelWidth > 0 ? 1 : 0)
        let visibleColumns = max(0, (area.right - gridX) / cellWidth)
        var y = area.y
        if !columnLabels.isEmpty && area.height > 1 {
            var nextFreeX = gridX
            for (column, label) in columnLabels.prefix(visibleColumns).enumerated() {
                let x = gridX + column * cellWidth
                let width = DisplayWidth.of(label)
                guard x >= nextFreeX, x + width <= area.right else { continue }
                buffer.write(label, x: x, y: y, maxWidth: width, style: labelStyle)
                nextFreeX = x + width + 1
            }
            y += 1
        }
        let largest = largestValue
        let shades = glyphs.heat.map { Grapheme($0) }
        for rowIndex in max(0, scrollOffset)..<values.count where y < area.bottom {
            if labelWidth > 0, rowIndex < rowLabels.count {
                buffer.write(
                    DisplayWidth.fit(rowLabels[rowIndex], to: labelWidth), x: area.x, y: y, maxWidth: labelWidth,
                    style: labelStyle)
            }
            for (column, value) in values[rowIndex].prefix(visibleColumns).enumerated() {
                guard let value, !value.isNaN else { continue }
                let level = Heatmap.level(of: value, thresholds: thresholds, largest: largest)
                let x = gridX + column * cellWidth
                for offset in 0..<max(1, cellWidth - 1) {
                    buffer.put(grapheme: shades[level], width: 1, x: x + offset, y: y, style: levelStyles[level])
                }
            }
            y += 1
        }
    }
}
