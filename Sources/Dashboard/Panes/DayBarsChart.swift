import Widgets

/// Day points as one bar per day (oldest left), with the scale on the left and dates below:
/// the learner detail's 30 days, where every day must line up with its date.
struct DayBarsChart: Widget {
    var values: [Int?]
    var xLabels: [(index: Int, text: String)]
    var theme: Theme

    func render(in area: Rect, buffer: inout ScreenBuffer) {
        let area = area.intersection(buffer.area)
        guard area.height >= 3, !values.isEmpty else { return }
        let glyphs = theme.glyphs
        let axis = theme[.chartAxis]
        let top = max(10, values.compactMap { $0 }.max() ?? 0)
        let labelWidth = String(top).count
        let plotX = area.x + labelWidth + 1
        let plotRows = area.height - 2
        let slot = max(1, (area.right - plotX) / values.count)
        let barWidth = slot >= 2 ? slot - 1 : slot
        buffer.write(Line(String(top), alignment: .right), x: area.x, y: area.y, maxWidth: labelWidth, style: axis)
        buffer.write(
            Line("0", alignment: .right), x: area.x, y: area.y + plotRows - 1, maxWidth: labelWidth, style: axis)
        for row in 0..<plotRows {
            buffer.put(symbol: glyphs.vertical, width: 1, x: plotX - 1, y: area.y + row, style: axis)
        }
        let baseline = area.y + plotRows
        buffer.put(symbol: glyphs.bottomLeft, width: 1, x: plotX - 1, y: baseline, style: axis)
        for x in plotX..<area.right { buffer.put(symbol: glyphs.horizontal, width: 1, x: x, y: baseline, style: axis) }
        for (index, value) in values.enumerated() {
            let x = plotX + index * slot
            guard let value, x + barWidth <= area.right else { continue }
            if value == 0 {
                buffer.write(
                    String(repeating: "·", count: barWidth), x: x, y: baseline - 1, maxWidth: barWidth,
                    style: theme[.textDim])
                continue
            }
            let eighths = max(1, value * plotRows * 8 / top)
            for row in 0..<plotRows {
                let filled = eighths - row * 8
                guard filled > 0 else { break }
                let symbol = glyphs.sparkline[min(8, filled) - 1]
                for column in 0..<barWidth {
                    buffer.put(symbol: symbol, width: 1, x: x + column, y: baseline - 1 - row, style: theme[.chart])
                }
            }
        }
        var nextFree = plotX
        for label in xLabels {
            let width = DisplayWidth.of(label.text)
            let x = min(area.right - width, max(plotX, plotX + label.index * slot + barWidth / 2 - width / 2))
            guard x >= nextFree else { continue }
            buffer.write(label.text, x: x, y: baseline + 1, maxWidth: width, style: axis)
            nextFree = x + width + 1
        }
    }
}
