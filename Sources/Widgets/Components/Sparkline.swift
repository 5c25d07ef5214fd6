/// A small trend line in block characters (▁▂▃▄▅▆▇█), oldest value on the left; nil is a
/// blank column. By default the line is scaled to its own series (lowest to highest, with a
/// floor on the span so a flat week reads as a flat line, not as noise); `.fromZero` draws
/// against zero instead, where zero is the baseline ▁ and any positive value at least ▂.
/// With a `target`, the target is inside the scale and values below it take
/// `belowTargetStyle`, so "under the target" is visible at a glance.
public struct Sparkline: Widget {
    public enum Scale: Sendable, Hashable {
        /// 0 … the largest value (or `maxValue`).
        case fromZero
        /// Lowest … highest value (or `minValue` … `maxValue`), the span at least
        /// `minimumRelativeSpan` × the largest magnitude, centred on the values.
        case series(minimumRelativeSpan: Double)

        /// Changes under a fifth of the level look small.
        public static let series = Scale.series(minimumRelativeSpan: 0.2)
    }

    public var values: [Double?]
    /// The value drawn as a full column; default: the largest visible value.
    public var maxValue: Double?
    /// The value drawn as the baseline with `.series`; default: the smallest visible value.
    public var minValue: Double?
    public var scale: Scale
    public var target: Double?
    public var style: Style
    public var belowTargetStyle: Style
    public var glyphs: Glyphs

    public init(
        values: [Double?], maxValue: Double? = nil, minValue: Double? = nil, scale: Scale = .series,
        target: Double? = nil, style: Style? = nil, theme: Theme = .default
    ) {
        self.values = values
        self.maxValue = maxValue
        self.minValue = minValue
        self.scale = scale
        self.target = target
        self.style = style ?? theme[.sparkline]
        belowTargetStyle = theme.styles[.sparklineBelowTarget] ?? theme[.barWarn]
        glyphs = theme.glyphs
    }

    public init(
        values: [Double], maxValue: Double? = nil, minValue: Double? = nil, scale: Scale = .series,
        target: Double? = nil, style: Style? = nil, theme: Theme = .default
    ) {
        self.init(
            values: values.map { Optional($0) }, maxValue: maxValue, minValue: minValue, scale: scale, target: target,
            style: style, theme: theme)
    }

    /// The values drawn as the bottom and the top of the area.
    public func range(visibleValues: ArraySlice<Double?>) -> ClosedRange<Double> {
        let present = visibleValues.compactMap { $0 }.filter { !$0.isNaN } + (target.map { [$0] } ?? [])
        var high = maxValue ?? present.max() ?? 0
        switch scale {
        case .fromZero:
            return 0...max(0, high)
        case .series(let relative):
            var low = minValue ?? present.min() ?? 0
            if low > high { swap(&low, &high) }
            let floor = relative * max(abs(low), abs(high))
            if high - low < floor {
                let middle = (low + high) / 2
                // A flat series of positives stays above zero, where it was.
                low = minValue ?? (low >= 0 ? max(0, middle - floor / 2) : middle - floor / 2)
                high = maxValue ?? low + floor
            }
            return low...max(low, high)
        }
    }

    /// Height in eighths of a cell for each value, for an area `rows` tall (nil = blank).
    public func levels(visibleValues: ArraySlice<Double?>, rows: Int) -> [Int?] {
        let units = rows * 8
        let range = range(visibleValues: visibleValues)
        let span = range.upperBound - range.lowerBound
        return visibleValues.map { value in
            guard let value, !value.isNaN else { return nil }
            switch scale {
            case .fromZero:
                if value <= 0 || range.upperBound <= 0 { return 1 }
                let scaled = Int((min(value, range.upperBound) / range.upperBound * Double(units)).rounded(.up))
                return min(units, max(2, scaled))
            case .series:
                if value <= 0 && range.lowerBound >= 0 { return 1 }
                guard span > 0 else { return 1 }
                let fraction = (min(max(value, range.lowerBound), range.upperBound) - range.lowerBound) / span
                return 1 + Int((fraction * Double(units - 1)).rounded())
            }
        }
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let visible = values.suffix(area.width)
        let levels = levels(visibleValues: visible, rows: area.height)
        let ramp = glyphs.sparkline.map { Grapheme($0) }
        for (column, (level, value)) in zip(levels, visible).enumerated() {
            guard let level else { continue }
            let isBelowTarget = target.map { target in (value ?? target) < target } ?? false
            let columnStyle = isBelowTarget ? belowTargetStyle : style
            for row in 0..<area.height {
                let filledHere = level - row * 8
                guard filledHere > 0 else { break }
                buffer.put(
                    grapheme: ramp[min(8, filledHere) - 1], width: 1, x: area.x + column, y: area.bottom - 1 - row,
                    style: columnStyle)
            }
        }
    }
}
