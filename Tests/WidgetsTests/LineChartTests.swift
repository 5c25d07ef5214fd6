import Testing
import Widgets
import XuexiTestSupport

@Suite("Line chart")
struct LineChartTests {
    @Test("Braille line with y labels, axis and x labels")
    func braille() {
        let chart = LineChart(
            series: [ChartSeries(name: "a", values: [0, 5, 10], style: .plain)], xLabels: ["1日", "3日"])
        assertBuffer(
            rendered(chart, width: 14, height: 6),
            equals: [
                "10│        ⣀⠔⠊",
                "  │     ⡠⠔⠉   ",
                "  │  ⢀⠔⠊      ",
                " 0│⡠⠒⠁        ",
                "  └───────────",
                "   1日     3日",
            ])
    }

    @Test("Block area mode samples the series across the width")
    func blocks() {
        let chart = LineChart(
            series: [ChartSeries(name: "a", values: [0, 5, 10, 5], style: .plain)], xLabels: ["1日", "4日"], mode: .blocks
        )
        assertBuffer(
            rendered(chart, width: 14, height: 6),
            equals: [
                "10│     ████  ",
                "  │     ████  ",
                "  │  █████████",
                " 0│  █████████",
                "  └───────────",
                "   1日     4日",
            ])
    }

    @Test("Terminals without braille get blocks")
    func asciiFallback() {
        let chart = LineChart(
            series: [ChartSeries(name: "a", values: [0, 10], style: .plain)], theme: Theme.default.with(glyphs: .ascii))
        #expect(chart.mode == .blocks)
        let lines = rendered(chart, width: 8, height: 3).lines()
        #expect(lines[1].hasPrefix(" 0|"))
        #expect(lines[2] == "  +-----")
        #expect(lines.joined().contains("#"))
    }

    @Test("Legend for several series, in their colours")
    func legend() {
        let red = Style(foreground: .red)
        let blue = Style(foreground: .blue)
        let chart = LineChart(
            series: [
                ChartSeries(name: "甲", values: [1, 1], style: red),
                ChartSeries(name: "乙", values: [0, 0], style: blue),
            ], yRange: 0...2)
        let buffer = rendered(chart, width: 20, height: 4)
        #expect(buffer.lines()[0].hasSuffix("── 甲 ── 乙"))
        #expect(buffer[11, 0].foreground == .red)
        #expect(buffer[17, 0].foreground == .blue)
    }

    @Test("Compact numbers for the axis")
    func numbers() {
        #expect(LineChart.compactNumber(12) == "12")
        #expect(LineChart.compactNumber(2.5) == "2.5")
        #expect(LineChart.compactNumber(12_300) == "12.3k")
        #expect(LineChart.compactNumber(2_000_000) == "2M")
    }

    @Test("Empty series, flat series and tiny areas do not crash")
    func degenerate() {
        _ = rendered(LineChart(series: []), width: 10, height: 5)
        _ = rendered(
            LineChart(series: [ChartSeries(name: "x", values: [3, 3, 3], style: .plain)]), width: 10, height: 5)
        _ = rendered(
            LineChart(series: [ChartSeries(name: "x", values: [1, .nan, 2], style: .plain)]), width: 1, height: 1)
        assertBuffer(
            rendered(LineChart(series: [ChartSeries(name: "x", values: [1], style: .plain)]), width: 0, height: 0),
            equals: [])
    }
}
