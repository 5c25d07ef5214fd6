import Testing
import Widgets
import XuexiTestSupport

@Suite("Heatmap")
struct HeatmapTests {
    @Test("Shade per level, blank for no data, labels cut to a third of the width")
    func grid() {
        let heatmap = Heatmap(
            rowLabels: ["王小明", "Li"], columnLabels: ["1", "2", "3", "4"], values: [[0, 1, 2, 4], [nil, 3, 0, 1]])
        assertBuffer(
            rendered(heatmap, width: 14, height: 3),
            equals: [
                "     1 2 3 4  ",
                "王…  · ░ ▒ █  ",
                "Li     ▓ · ░  ",
            ])
    }

    @Test("Automatic levels are quarters of the largest value; explicit thresholds are lower bounds")
    func levels() {
        let automatic = Heatmap(rowLabels: [], values: [[8]])
        #expect([0, 1, 2, 2.5, 4, 5, 6, 7, 8].map(automatic.level(of:)) == [0, 1, 1, 2, 2, 3, 3, 4, 4])
        let explicit = Heatmap(rowLabels: [], values: [[]], thresholds: [1, 10, 20, 30])
        #expect([0, 0.5, 1, 15, 29, 30, 100].map(explicit.level(of:)) == [0, 1, 1, 2, 3, 4, 4])
    }

    @Test("Colours follow heatmap.0–4")
    func colours() {
        let theme = Theme.default
        let buffer = rendered(
            Heatmap(rowLabels: [], values: [[0, 4, 8]], cellWidth: 1, theme: theme), width: 3, height: 1)
        #expect(buffer[0, 0].foreground == theme[.heatmap0].foreground)
        #expect(buffer[1, 0].foreground == theme[.heatmap2].foreground)
        #expect(buffer[2, 0].foreground == theme[.heatmap4].foreground)
    }

    @Test("Rows beyond the height are cut; scrolling shows later rows; days beyond the width are cut")
    func clipping() {
        let heatmap = Heatmap(
            rowLabels: ["a", "b", "c"], values: [[1, 1, 1], [2, 2, 2], [4, 4, 4]], scrollOffset: 1)
        assertBuffer(rendered(heatmap, width: 6, height: 1), equals: ["b ▒ ▒ "])
        assertBuffer(rendered(heatmap, width: 0, height: 0), equals: [])
    }
}
