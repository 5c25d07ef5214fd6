import Testing
import Widgets
import XuexiTestSupport

@Suite("Sparkline")
struct SparklineTests {
    @Test("Zero is the baseline, positives at least ▂, nil blank")
    func levels() {
        let values: [Double?] = [0, 1, 2, 3, 4, 5, 6, 7, 8, nil, 8]
        assertBuffer(rendered(Sparkline(values: values), width: 11, height: 1), equals: ["▁▂▂▃▄▅▆▇█ █"])
    }

    @Test("Only the latest values fit; short series leave the rest empty")
    func width() {
        assertBuffer(rendered(Sparkline(values: [8.0, 8, 1, 2, 4, 8]), width: 3, height: 1), equals: ["▂▄█"])
        assertBuffer(rendered(Sparkline(values: [4.0, 8]), width: 4, height: 1), equals: ["▄█  "])
    }

    @Test("A fixed maximum caps values; all-zero series stay on the baseline")
    func maximum() {
        assertBuffer(rendered(Sparkline(values: [5.0, 10, 20], maxValue: 10), width: 3, height: 1), equals: ["▄██"])
        assertBuffer(rendered(Sparkline(values: [0.0, 0, 0]), width: 3, height: 1), equals: ["▁▁▁"])
    }

    @Test("Two rows give sixteen steps")
    func twoRows() {
        assertBuffer(rendered(Sparkline(values: [0.0, 4, 8, 16]), width: 4, height: 2), equals: ["   █", "▁▄██"])
    }

    @Test("ASCII fallback")
    func ascii() {
        let theme = Theme.default.with(glyphs: .ascii)
        assertBuffer(rendered(Sparkline(values: [0.0, 2, 4, 8], theme: theme), width: 4, height: 1), equals: ["_.~#"])
    }

    @Test("Coloured with the sparkline role")
    func colour() {
        let theme = Theme.default
        let buffer = rendered(Sparkline(values: [1.0, 2], theme: theme), width: 3, height: 1)
        assertLines(buffer.styleLines { $0.foreground == theme[.sparkline].foreground ? "s" : "." }, equals: ["ss."])
    }
}
