/// A small trend line in block characters (▁▂▃▄▅▆▇█), oldest value on the left. A missing
/// value (nil) is blank, zero is the baseline ▁, and any positive value is at least ▂, so
/// "no data", "nothing" and "a little" look different. Taller areas give finer steps.
public struct Sparkline: Widget {
    public var values: [Double?]
    /// The value drawn as a full column; default: the largest visible value.
    public var maxValue: Double?
    public var style: Style
    public var glyphs: Glyphs

    public init(values: [Double?], maxValue: Double? = nil, style: Style? = nil, theme: Theme = .default) {
        self.values = values
        self.maxValue = maxValue
        self.style = style ?? theme[.sparkline]
        glyphs = theme.glyphs
    }

    public init(values: [Double], maxValue: Double? = nil, style: Style? = nil, theme: Theme = .default) {
        self.init(values: values.map { Optional($0) }, maxValue: maxValue, style: style, theme: theme)
    }

    /// Height in eighths of a cell for each value, for an area `rows` tall (nil = blank).
    public func levels(visibleValues: ArraySlice<Double?>, rows: Int) -> [Int?] {
        let units = rows * 8
        let largest = maxValue ?? visibleValues.compactMap { $0 }.max() ?? 0
        return visibleValues.map { value in
            guard let value, !value.isNaN else { return nil }
            if value <= 0 || largest <= 0 { return 1 }
            let scaled = Int((min(value, largest) / largest * Double(units)).rounded(.up))
            return min(units, max(2, scaled))
        }
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let visible = values.suffix(area.width)
        let levels = levels(visibleValues: visible, rows: area.height)
        let ramp = glyphs.sparkline.map { Grapheme($0) }
        for (column, level) in levels.enumerated() {
            guard let level else { continue }
            for row in 0..<area.height {
                let filledHere = level - row * 8
                guard filledHere > 0 else { break }
                buffer.put(
                    grapheme: ramp[min(8, filledHere) - 1], width: 1, x: area.x + column, y: area.bottom - 1 - row,
                    style: style)
            }
        }
    }
}
