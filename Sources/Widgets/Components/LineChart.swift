/// A line chart with a y axis (max, middle, min labels) and x labels under the axis. Lines
/// are drawn in braille dots (2×4 per cell), each dot column joined to the next by a vertical
/// run as btop does, so the line never breaks into loose dots; `.blocks` draws the first
/// series as a filled area of block characters instead, which is also what terminals without
/// braille get. Values that are NaN (days without data) leave a gap in the first series,
/// marked along the bottom and labelled with `gapLabel` where it fits.
public struct LineChart: Widget {
    public enum Mode: Sendable, Hashable {
        case braille
        case blocks
    }

    public var series: [ChartSeries]
    /// Spread evenly under the x axis: first at the left, last at the right.
    public var xLabels: [String]
    /// Fixed y range; default: from min(0, lowest value) to the highest value.
    public var yRange: ClosedRange<Double>?
    public var mode: Mode
    public var axisStyle: Style
    public var showsLegend: Bool
    public var glyphs: Glyphs
    public var valueFormatter: @Sendable (Double) -> String
    /// Written inside a gap in the first series where it fits (e.g. "无数据"); nil: marks only.
    public var gapLabel: String?
    public var gapStyle: Style

    public init(
        series: [ChartSeries], xLabels: [String] = [], yRange: ClosedRange<Double>? = nil, mode: Mode = .braille,
        showsLegend: Bool = true, gapLabel: String? = nil, theme: Theme = .default,
        valueFormatter: @escaping @Sendable (Double) -> String = LineChart.compactNumber
    ) {
        self.gapLabel = gapLabel
        gapStyle = theme[.textDim]
        self.series = series
        self.xLabels = xLabels
        self.yRange = yRange
        self.mode = theme.glyphs.braille ? mode : .blocks
        self.showsLegend = showsLegend
        axisStyle = theme[.chartAxis]
        glyphs = theme.glyphs
        self.valueFormatter = valueFormatter
    }

    /// 12 → "12", 2.5 → "2.5", 12 300 → "12.3k": short enough for an axis.
    @Sendable public static func compactNumber(_ value: Double) -> String {
        func trimmed(_ number: Double) -> String {
            let rounded = (number * 10).rounded() / 10
            if rounded == rounded.rounded() { return String(Int(rounded)) }
            return String(rounded)
        }
        if abs(value) >= 1_000_000 { return trimmed(value / 1_000_000) + "M" }
        if abs(value) >= 10_000 { return trimmed(value / 1_000) + "k" }
        return trimmed(value)
    }

    public var resolvedYRange: ClosedRange<Double> {
        if let yRange, yRange.upperBound > yRange.lowerBound { return yRange }
        let all = series.flatMap(\.values).filter { !$0.isNaN }
        let low = min(0, all.min() ?? 0)
        var high = all.max() ?? 1
        if high <= low { high = low + 1 }
        return low...high
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let range = resolvedYRange
        let hasXLabels = !xLabels.isEmpty && area.height >= 4
        let axisRow = area.bottom - 1 - (hasXLabels ? 1 : 0)
        let plotHeight = axisRow - area.y
        guard plotHeight >= 1, area.width >= 4 else {
            renderPlot(in: area, range: range, buffer: &buffer)
            return
        }
        var yLabels: [(row: Int, text: String)] = [
            (area.y, valueFormatter(range.upperBound)), (axisRow - 1, valueFormatter(range.lowerBound)),
        ]
        if plotHeight >= 5 {
            yLabels.append((area.y + (plotHeight - 1) / 2, valueFormatter((range.lowerBound + range.upperBound) / 2)))
        }
        if plotHeight == 1 { yLabels.removeFirst() }
        let labelWidth = min(area.width / 3, yLabels.map { DisplayWidth.of($0.text) }.max() ?? 0)
        for label in yLabels {
            buffer.write(
                Line(label.text, alignment: .right), x: area.x, y: label.row, maxWidth: labelWidth, style: axisStyle)
        }
        let axisX = area.x + labelWidth
        for row in area.y..<axisRow {
            buffer.put(symbol: glyphs.vertical, width: 1, x: axisX, y: row, style: axisStyle)
        }
        buffer.put(symbol: glyphs.bottomLeft, width: 1, x: axisX, y: axisRow, style: axisStyle)
        for column in (axisX + 1)..<area.right {
            buffer.put(symbol: glyphs.horizontal, width: 1, x: column, y: axisRow, style: axisStyle)
        }
        let plot = Rect(x: axisX + 1, y: area.y, width: area.right - axisX - 1, height: plotHeight)
        if hasXLabels { renderXLabels(plot: plot, y: axisRow + 1, buffer: &buffer) }
        renderPlot(in: plot, range: range, buffer: &buffer)
        if showsLegend && series.count > 1 { renderLegend(plot: plot, buffer: &buffer) }
    }

    private func renderXLabels(plot: Rect, y: Int, buffer: inout ScreenBuffer) {
        var nextFreeX = plot.x
        for (index, label) in xLabels.enumerated() {
            let width = DisplayWidth.of(label)
            let anchor = xLabels.count == 1 ? plot.x : plot.x + index * (plot.width - 1) / (xLabels.count - 1)
            var start = anchor - width / 2
            if index == 0 { start = plot.x }
            if index == xLabels.count - 1 && xLabels.count > 1 { start = plot.right - width }
            start = max(start, plot.x)
            guard start >= nextFreeX, start + width <= plot.right else { continue }
            buffer.write(label, x: start, y: y, maxWidth: width, style: axisStyle)
            nextFreeX = start + width + 1
        }
    }

    private func renderPlot(in plot: Rect, range: ClosedRange<Double>, buffer: inout ScreenBuffer) {
        guard !plot.isEmpty else { return }
        switch mode {
        case .braille: renderBraille(in: plot, range: range, buffer: &buffer)
        case .blocks: renderBlocks(in: plot, range: range, buffer: &buffer)
        }
    }

    private func renderBraille(in plot: Rect, range: ClosedRange<Double>, buffer: inout ScreenBuffer) {
        var canvas = BrailleCanvas(columns: plot.width, rows: plot.height)
        let span = range.upperBound - range.lowerBound
        for (owner, line) in series.enumerated() where !line.values.isEmpty {
            var previous: (x: Int, y: Int)?
            for (index, value) in line.values.enumerated() {
                guard !value.isNaN else {
                    // A gap in the data breaks the line instead of bridging it.
                    previous = nil
                    continue
                }
                let x = line.values.count == 1 ? 0 : index * (canvas.dotWidth - 1) / (line.values.count - 1)
                let fraction = (min(max(value, range.lowerBound), range.upperBound) - range.lowerBound) / span
                let y = canvas.dotHeight - 1 - Int((fraction * Double(canvas.dotHeight - 1)).rounded())
                if let previous {
                    canvas.connect(from: previous, to: (x, y), owner: owner)
                } else {
                    canvas.set(dotX: x, dotY: y, owner: owner)
                }
                previous = (x, y)
            }
        }
        for row in 0..<plot.height {
            for column in 0..<plot.width {
                guard let symbol = canvas.symbol(column: column, row: row) else { continue }
                buffer.put(
                    symbol: symbol, width: 1, x: plot.x + column, y: plot.y + row,
                    style: series[canvas.owner(column: column, row: row)].style)
            }
        }
        if let first = series.first {
            let gaps = Self.gapColumns(values: first.values, dotWidth: canvas.dotWidth) {
                canvas.symbol(column: $0, row: plot.height - 1) == nil
            }
            renderGaps(gaps, in: plot, buffer: &buffer)
        }
    }

    private func renderBlocks(in plot: Rect, range: ClosedRange<Double>, buffer: inout ScreenBuffer) {
        guard let line = series.first, !line.values.isEmpty else { return }
        let span = range.upperBound - range.lowerBound
        let units = plot.height * 8
        var gaps: [Int] = []
        defer { renderGaps(Self.runs(of: gaps), in: plot, buffer: &buffer) }
        for column in 0..<plot.width {
            // Nearest sample for this column: the area keeps the data's shape at any width.
            let sampleIndex =
                line.values.count == 1
                ? 0 : Int((Double(column) * Double(line.values.count - 1) / Double(max(1, plot.width - 1))).rounded())
            let value = line.values[min(sampleIndex, line.values.count - 1)]
            guard !value.isNaN else {
                gaps.append(column)
                continue
            }
            let fraction = (min(max(value, range.lowerBound), range.upperBound) - range.lowerBound) / span
            let level = Int((fraction * Double(units)).rounded())
            for row in 0..<plot.height {
                let filledHere = level - row * 8
                guard filledHere > 0 else { break }
                buffer.put(
                    symbol: glyphs.sparkline[min(8, filledHere) - 1], width: 1, x: plot.x + column,
                    y: plot.bottom - 1 - row, style: line.style)
            }
        }
    }

    private func renderLegend(plot: Rect, buffer: inout ScreenBuffer) {
        let entries = series.map { Span("\(glyphs.horizontal)\(glyphs.horizontal) \($0.name)", style: $0.style) }
        let text = Line(spans: entries.flatMap { [$0, Span(" ")] }.dropLast())
        let width = text.width
        guard width <= plot.width else { return }
        buffer.write(text, x: plot.right - width, y: plot.y, maxWidth: width)
    }
}
