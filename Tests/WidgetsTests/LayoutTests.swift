import Testing
import Widgets

@Suite("Layout solver")
struct LayoutTests {
    @Test("Lengths and a fill share the space")
    func lengthsAndFill() {
        #expect(Layout.sizes(total: 24, constraints: [.length(1), .fill(1), .length(1)]) == [1, 22, 1])
    }

    @Test("Percentages of the space")
    func percentages() {
        #expect(Layout.sizes(total: 80, constraints: [.percentage(25), .percentage(75)]) == [20, 60])
        #expect(Layout.sizes(total: 81, constraints: [.percentage(50), .fill(1)]) == [40, 41])
        #expect(Layout.sizes(total: 90, constraints: [.ratio(1, 3), .ratio(2, 3)]) == [30, 60])
    }

    @Test("Fills share leftover space by weight, remainders go first")
    func fillWeights() {
        #expect(Layout.sizes(total: 10, constraints: [.fill(1), .fill(2)]) == [4, 6])
        #expect(Layout.sizes(total: 10, constraints: [.fill(1), .fill(1), .fill(1)]) == [4, 3, 3])
    }

    @Test("Min grows when there is no fill; max stays at its size")
    func minAndMax() {
        #expect(Layout.sizes(total: 30, constraints: [.min(10), .max(5)]) == [25, 5])
        #expect(Layout.sizes(total: 30, constraints: [.min(10), .fill(1)]) == [10, 20])
        #expect(Layout.sizes(total: 30, constraints: [.length(5), .max(8)]) == [5, 8])
    }

    @Test("Too little space: fills and percentages shrink before lengths, min last")
    func shrinking() {
        #expect(Layout.sizes(total: 10, constraints: [.length(6), .percentage(50), .min(4)]) == [6, 0, 4])
        #expect(Layout.sizes(total: 8, constraints: [.length(6), .min(4)]) == [4, 4])
        #expect(Layout.sizes(total: 3, constraints: [.min(4), .min(4)]) == [2, 1])
        #expect(Layout.sizes(total: 0, constraints: [.length(3), .fill(1)]) == [0, 0])
    }

    @Test("Spacing between parts comes out of the space first")
    func spacing() {
        #expect(Layout.sizes(total: 11, constraints: [.fill(1), .fill(1)], spacing: 1) == [5, 5])
        let rects = Layout.split(
            Rect(x: 2, y: 0, width: 11, height: 3), direction: .horizontal, constraints: [.fill(1), .fill(1)],
            spacing: 1)
        #expect(rects == [Rect(x: 2, y: 0, width: 5, height: 3), Rect(x: 8, y: 0, width: 5, height: 3)])
    }

    @Test("Vertical split keeps x and width")
    func vertical() {
        let rects = Layout.split(
            Rect(x: 1, y: 1, width: 10, height: 10), direction: .vertical, constraints: [.length(3), .fill(1)])
        #expect(rects == [Rect(x: 1, y: 1, width: 10, height: 3), Rect(x: 1, y: 4, width: 10, height: 7)])
    }

    @Test("Empty constraint lists and empty rectangles")
    func degenerate() {
        #expect(Layout.split(Rect(x: 0, y: 0, width: 10, height: 1), direction: .horizontal, constraints: []).isEmpty)
        let rects = Layout.split(.zero, direction: .horizontal, constraints: [.length(4), .fill(1)], spacing: 2)
        #expect(rects.allSatisfy { $0.isEmpty })
    }

    @Test("Parts never overflow the rectangle, whatever the constraints", arguments: [0, 1, 5, 17, 80])
    func neverOverflows(total: Int) {
        let constraints: [Constraint] = [.length(10), .percentage(30), .min(5), .max(7), .fill(2), .ratio(1, 4)]
        let sizes = Layout.sizes(total: total, constraints: constraints, spacing: 1)
        #expect(sizes.allSatisfy { $0 >= 0 })
        #expect(sizes.reduce(0, +) <= max(0, total - 5))
    }
}
