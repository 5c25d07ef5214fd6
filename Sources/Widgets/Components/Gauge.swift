/// A horizontal bar filled to `ratio` in eighths of a cell, coloured good/warn/bad by
/// thresholds, with its label (default: the percentage) to the right. The unfilled part is a
/// quiet track (`bar.track`), so a column of gauges reads as bars, not as shaded blocks.
public struct Gauge: Widget {
    public var ratio: Double
    public var label: String?
    public var thresholds: GaugeThresholds?
    public var goodStyle: Style
    public var warnStyle: Style
    public var badStyle: Style
    public var emptyStyle: Style
    public var labelStyle: Style
    public var showsLabel: Bool
    public var glyphs: Glyphs

    public init(
        ratio: Double, label: String? = nil, thresholds: GaugeThresholds? = nil, showsLabel: Bool = true,
        theme: Theme = .default
    ) {
        self.ratio = ratio
        self.label = label
        self.thresholds = thresholds
        self.showsLabel = showsLabel
        goodStyle = theme[.barGood]
        warnStyle = theme[.barWarn]
        badStyle = theme[.barBad]
        emptyStyle = theme.styles[.barTrack] ?? theme[.barEmpty]
        labelStyle = theme[.text]
        glyphs = theme.glyphs
    }

    /// The ratio kept within 0…1 (NaN counts as 0).
    public var clampedRatio: Double {
        ratio.isNaN ? 0 : min(1, max(0, ratio))
    }

    public var level: GaugeThresholds.Level {
        thresholds?.level(for: clampedRatio) ?? .good
    }

    public var labelText: String {
        label ?? "\(Int((clampedRatio * 100).rounded()))%"
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let text = showsLabel ? labelText : ""
        let labelWidth = text.isEmpty ? 0 : min(area.width, max(4, DisplayWidth.of(text)))
        let barWidth = labelWidth > 0 ? max(0, area.width - labelWidth - 1) : area.width
        let barStyle: Style
        switch level {
        case .good: barStyle = goodStyle
        case .warn: barStyle = warnStyle
        case .bad: barStyle = badStyle
        }
        let eighths = Int((clampedRatio * Double(barWidth * 8)).rounded())
        let partials = glyphs.barEighths.map { Grapheme($0) }
        let empty = Grapheme(glyphs.barEmpty)
        for row in 0..<area.height {
            let y = area.y + row
            for column in 0..<barWidth {
                let filled = eighths - column * 8
                if filled >= 8 {
                    buffer.put(grapheme: partials[7], width: 1, x: area.x + column, y: y, style: barStyle)
                } else if filled > 0 {
                    buffer.put(grapheme: partials[filled - 1], width: 1, x: area.x + column, y: y, style: barStyle)
                } else {
                    buffer.put(grapheme: empty, width: 1, x: area.x + column, y: y, style: emptyStyle)
                }
            }
        }
        if labelWidth > 0 {
            let labelX = area.right - labelWidth
            buffer.write(
                Line(text, alignment: .right), x: labelX, y: area.y + (area.height - 1) / 2, maxWidth: labelWidth,
                style: labelStyle)
        }
    }
}
