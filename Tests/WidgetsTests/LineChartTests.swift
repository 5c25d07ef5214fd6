import Testing
import Widgets
import XuexiTestSupport

@Suite("Line chart")
struct LineChartTests {
    @Test("Braille line with y labels, axis and x labels; dot columns joined vertically")
    func braille() {
        let chart = LineChart(
            series: [ChartSeries(name: "a", values: [0, 5, 10], style: .plain)], xLabels: ["1日", "3日"])
        assertBuffer(
            rendered(chart, width: 14, height: 6),
            equals: [
                "10│        ⣀⡴⠚",
                "  │     ⣠⠴⠋⠁  ",
                "  │  ⢀⡴⠚⠁     ",
                " 0│⣠⠖⠋        ",
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

@Suite("Line chart: continuous lines and labelled gaps")
struct LineChartGapTests {
    @Test("A steep rise is one unbroken stroke: every dot column touches the next")
    func continuous() {
        let chart = LineChart(series: [ChartSeries(name: "a", values: [0, 10, 0, 10], style: .plain)], yRange: 0...10)
        let lines = rendered(chart, width: 12, height: 5).lines()
        // Every plot column from the first point to the last has a dot.
        for column in 3..<12 {
            #expect(lines[0..<4].contains { Array($0)[column] != " " }, "column \(column) is empty")
        }
    }

    @Test("Days without data are a marked, labelled gap, not a broken line")
    func labelledGap() {
        var values = [Double](repeating: 60, count: 30)
        for day in 10..<18 { values[day] = .nan }
        let chart = LineChart(
            series: [ChartSeries(name: "a", values: values, style: .plain)], yRange: 0...100, gapLabel: "无数据")
        let lines = rendered(chart, width: 34, height: 7).lines()
        let plotRows = lines[0..<6]
        #expect(plotRows.contains { $0.contains("无数据") })
        #expect(lines[5].contains("┈┈┈"))
        // Without a label the gap is still marked.
        let unlabelled = LineChart(series: [ChartSeries(name: "a", values: values, style: .plain)], yRange: 0...100)
        let plain = rendered(unlabelled, width: 34, height: 7).lines()
        #expect(plain[5].contains("┈┈┈") && !plain.joined().contains("无数据"))
    }

    @Test("Gaps at the start and in block mode are marked too")
    func gapsEverywhere() {
        let values: [Double] = [.nan, .nan, .nan, 5, 6, 7, 8]
        let braille = rendered(
            LineChart(series: [ChartSeries(name: "a", values: values, style: .plain)], yRange: 0...10), width: 20,
            height: 4
        ).lines()
        #expect(braille[2].dropFirst(3).hasPrefix("┈"))  // the plot's bottom row, above the axis
        let blocks = rendered(
            LineChart(series: [ChartSeries(name: "a", values: values, style: .plain)], yRange: 0...10, mode: .blocks),
            width: 20, height: 4
        ).lines()
        #expect(blocks[2].dropFirst(3).hasPrefix("┈"))
    }
}
