import Testing
import Widgets
import XuexiTestSupport

@Suite("Sparkline")
struct SparklineTests {
    @Test("From zero: zero is the baseline, positives at least ▂, nil blank")
    func levels() {
        let values: [Double?] = [0, 1, 2, 3, 4, 5, 6, 7, 8, nil, 8]
        assertBuffer(
            rendered(Sparkline(values: values, scale: .fromZero), width: 11, height: 1), equals: ["▁▂▂▃▄▅▆▇█ █"])
        // Scaled to the series (the default), zero is still the baseline and eight steps span 0…8.
        assertBuffer(rendered(Sparkline(values: values), width: 11, height: 1), equals: ["▁▂▃▄▅▅▆▇█ █"])
    }

    @Test("Only the latest values fit; short series leave the rest empty")
    func width() {
        assertBuffer(
            rendered(Sparkline(values: [8.0, 8, 1, 2, 4, 8], scale: .fromZero), width: 3, height: 1), equals: ["▂▄█"])
        assertBuffer(rendered(Sparkline(values: [4.0, 8], scale: .fromZero), width: 4, height: 1), equals: ["▄█  "])
    }

    @Test("A fixed maximum caps values; all-zero series stay on the baseline")
    func maximum() {
        assertBuffer(
            rendered(Sparkline(values: [5.0, 10, 20], maxValue: 10, scale: .fromZero), width: 3, height: 1),
            equals: ["▄██"])
        assertBuffer(rendered(Sparkline(values: [0.0, 0, 0]), width: 3, height: 1), equals: ["▁▁▁"])
    }

    @Test("Two rows give sixteen steps")
    func twoRows() {
        assertBuffer(
            rendered(Sparkline(values: [0.0, 4, 8, 16], scale: .fromZero), width: 4, height: 2),
            equals: ["   █", "▁▄██"])
    }

    @Test("ASCII fallback")
    func ascii() {
        let theme = Theme.default.with(glyphs: .ascii)
        assertBuffer(
            rendered(Sparkline(values: [0.0, 2, 4, 8], scale: .fromZero, theme: theme), width: 4, height: 1),
            equals: ["_.~#"])
    }

    @Test("Coloured with the sparkline role")
    func colour() {
        let theme = Theme.default
        let buffer = rendered(Sparkline(values: [1.0, 2], theme: theme), width: 3, height: 1)
        assertLines(buffer.styleLines { $0.foreground == theme[.sparkline].foreground ? "s" : "." }, equals: ["ss."])
    }

    @Test("A week hovering around 60% reads as a line, not as a solid block")
    func ownScale() {
        let week = [0.58, 0.61, 0.60, 0.63, 0.59, 0.62, 0.60]
        assertBuffer(rendered(Sparkline(values: week), width: 7, height: 1), equals: ["▃▅▄▆▄▅▄"])
        // Against zero (the old drawing) every day is ▇ or █.
        let absolute = rendered(Sparkline(values: week, scale: .fromZero), width: 7, height: 1).lines()[0]
        #expect(Set(absolute).isSubset(of: ["▇", "█"]))
    }

    @Test("A flat series is a flat line in the middle, not noise; tiny wobbles stay small")
    func flatFloor() {
        assertBuffer(rendered(Sparkline(values: [0.6, 0.6, 0.6, 0.6]), width: 4, height: 1), equals: ["▄▄▄▄"])
        // 0.2 % of wobble is one eighth of a cell, not the full height.
        assertBuffer(rendered(Sparkline(values: [0.600, 0.601, 0.600, 0.602]), width: 4, height: 1), equals: ["▄▅▄▅"])
        assertBuffer(rendered(Sparkline(values: [0.0, 0, 0]), width: 3, height: 1), equals: ["▁▁▁"])
    }

    @Test("A target is inside the scale and days below it take the below-target style")
    func target() {
        let theme = Theme.default
        let sparkline = Sparkline(values: [0.5, 0.7, 0.9, nil, 0.8], target: 0.8, theme: theme)
        let buffer = rendered(sparkline, width: 5, height: 1)
        assertBuffer(buffer, equals: ["▁▄█ ▆"])
        let below = theme[.sparklineBelowTarget].foreground
        let normal = theme[.sparkline].foreground
        #expect(below != normal)
        assertLines(
            buffer.styleLines { $0.foreground == below ? "b" : ($0.foreground == normal ? "s" : ".") },
            equals: ["bbs.s"])
        // A target far above the week squeezes it to the bottom: honest, and all below-target.
        let far = rendered(Sparkline(values: [0.5, 0.52], target: 0.9, theme: theme), width: 2, height: 1)
        assertBuffer(far, equals: ["▁▁"])
    }
}
