import Testing
import Widgets
import XuexiTestSupport

@Suite("Gauge")
struct GaugeTests {
    @Test("Fills in eighths of a cell with the percentage on the right")
    func eighths() {
        assertBuffer(rendered(Gauge(ratio: 0.63), width: 12, height: 1), equals: ["████▍──  63%"])
        assertBuffer(rendered(Gauge(ratio: 0), width: 8, height: 1), equals: ["───   0%"])
        assertBuffer(rendered(Gauge(ratio: 1), width: 8, height: 1), equals: ["███ 100%"])
    }

    @Test("Out-of-range and NaN ratios are clamped")
    func clamping() {
        #expect(Gauge(ratio: 1.7).clampedRatio == 1)
        #expect(Gauge(ratio: -2).clampedRatio == 0)
        #expect(Gauge(ratio: .nan).clampedRatio == 0)
    }

    @Test("A Chinese label keeps its full width; the bar takes the rest")
    func label() {
        assertBuffer(rendered(Gauge(ratio: 0.5, label: "一半"), width: 10, height: 1), equals: ["██▌── 一半"])
        assertBuffer(rendered(Gauge(ratio: 0.5, showsLabel: false), width: 4, height: 1), equals: ["██──"])
    }

    @Test(
        "Thresholds pick the good, warn or bad style",
        arguments: [
            (0.86, GaugeThresholds.Level.good), (0.6, .warn), (0.55, .warn), (0.4, .bad), (0.1, .bad),
        ])
    func thresholds(ratio: Double, level: GaugeThresholds.Level) {
        let theme = Theme.default
        let gauge = Gauge(ratio: ratio, thresholds: GaugeThresholds(warning: 0.6, bad: 0.4), theme: theme)
        #expect(gauge.level == level)
        let role: ThemeRole = level == .good ? .barGood : (level == .warn ? .barWarn : .barBad)
        let buffer = rendered(gauge, width: 10, height: 1)
        #expect(buffer[0, 0].foreground == theme[role].foreground)
    }

    @Test("Lower-is-better thresholds")
    func inverted() {
        let thresholds = GaugeThresholds(warning: 0.7, bad: 0.9, higherIsBetter: false)
        #expect(thresholds.level(for: 0.5) == .good)
        #expect(thresholds.level(for: 0.7) == .warn)
        #expect(thresholds.level(for: 0.95) == .bad)
    }

    @Test("Style map: filled part in the bar colour, the rest a quiet bar.track")
    func styleMap() {
        let theme = Theme.default
        let buffer = rendered(Gauge(ratio: 0.5, showsLabel: false, theme: theme), width: 6, height: 1)
        let good = theme[.barGood].foreground
        let empty = theme[.barTrack].foreground
        #expect(empty != theme[.barEmpty].foreground && empty != good)
        assertLines(
            buffer.styleLines { $0.foreground == good ? "g" : ($0.foreground == empty ? "e" : ".") }, equals: ["gggeee"]
        )
    }

    @Test("Taller areas repeat the bar and centre the label; tiny areas do not crash")
    func shapes() {
        assertBuffer(
            rendered(Gauge(ratio: 0.5), width: 7, height: 3),
            equals: ["█─  50%", "█─     ", "█─     "].enumerated().map { index, line in
                index == 1 ? "█─  50%" : "█─     "
            })
        assertBuffer(rendered(Gauge(ratio: 0.5), width: 1, height: 1), equals: ["…"])
        assertBuffer(rendered(Gauge(ratio: 0.5), width: 0, height: 0), equals: [])
    }
}
