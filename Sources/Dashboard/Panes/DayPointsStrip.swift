import Widgets

/// One member's day points as a row of shade glyphs (· ░ ▒ ▓ █), oldest left: the heatmap
/// of the branch review, drawn one table row at a time so only visible members cost anything.
struct DayPointsStrip: Widget {
    var points: [Int?]
    /// Lower bounds of levels 1–4 in day points; 0 stays level 0.
    var bounds: [Int] = [1, 15, 30, 45]
    /// Columns per day: 1, or 2 for a glyph and a gap on wide screens.
    var cellWidth: Int
    var theme: Theme

    static func level(of value: Int, bounds: [Int]) -> Int {
        var level = 0
        for bound in bounds where value >= bound { level += 1 }
        return level
    }

    func render(in area: Rect, buffer: inout ScreenBuffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let glyphs = theme.glyphs
        let columns = min(points.count, area.width / max(1, cellWidth))
        for (column, value) in points.suffix(columns).enumerated() {
            let x = area.x + column * cellWidth
            guard let value else {
                buffer.put(symbol: " ", width: 1, x: x, y: area.y, style: theme[.textDim])
                continue
            }
            let level = DayPointsStrip.level(of: value, bounds: bounds)
            buffer.put(
                symbol: glyphs.heat[level], width: 1, x: x, y: area.y, style: theme[ThemeRole.heatmapLevels[level]])
        }
    }
}
