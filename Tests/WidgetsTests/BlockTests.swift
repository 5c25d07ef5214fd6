import Testing
import Widgets
import XuexiTestSupport

@Suite("Block")
struct BlockTests {
    @Test("Border, title and trailing title")
    func titled() {
        let buffer = rendered(Block(title: "组织 Orgs", trailingTitle: "3/9"), width: 20, height: 4)
        assertBuffer(
            buffer,
            equals: [
                "┌ 组织 Orgs ── 3/9 ┐",
                "│                  │",
                "│                  │",
                "└──────────────────┘",
            ])
    }

    @Test("A long Chinese title is cut with … inside the border; the trailing title gives way")
    func longTitle() {
        let buffer = rendered(Block(title: "组织架构 Organizations", trailingTitle: "12/240"), width: 9, height: 3)
        assertBuffer(buffer, equals: ["┌ 组织… ┐", "│       │", "└───────┘"])
    }

    @Test("Inner area excludes the borders")
    func inner() {
        let block = Block(title: "x")
        #expect(block.inner(Rect(x: 2, y: 3, width: 10, height: 5)) == Rect(x: 3, y: 4, width: 8, height: 3))
        #expect(
            Block(borders: [.top]).inner(Rect(x: 0, y: 0, width: 4, height: 4)) == Rect(x: 0, y: 1, width: 4, height: 3)
        )
        #expect(block.inner(Rect(x: 0, y: 0, width: 1, height: 1)).isEmpty)
    }

    @Test("One column and zero size do not crash or draw outside")
    func tiny() {
        assertBuffer(rendered(Block(title: "组织"), width: 1, height: 3), equals: ["┌", "│", "└"])
        assertBuffer(rendered(Block(title: "组织"), width: 2, height: 1), equals: ["┌┐"])
        var buffer = ScreenBuffer(width: 3, height: 3)
        Block(title: "x").render(in: .zero, buffer: &buffer)
        Block(title: "x").render(in: Rect(x: 5, y: 5, width: 3, height: 3), buffer: &buffer)
        assertBuffer(buffer, equals: ["   ", "   ", "   "])
    }

    @Test("Focused blocks use the focus border style; titles use the title style")
    func styles() {
        let theme = Theme.default
        let buffer = rendered(Block(title: "T", focused: true, theme: theme), width: 6, height: 2)
        #expect(buffer[0, 1].foreground == theme[.borderFocus].foreground)
        #expect(buffer[2, 0].foreground == theme[.title].foreground)
        #expect(buffer[2, 0].symbol == "T")
    }

    @Test("ASCII glyphs for terminals without UTF-8")
    func ascii() {
        let buffer = rendered(Block(title: "ok", theme: Theme.default.with(glyphs: .ascii)), width: 8, height: 3)
        assertBuffer(buffer, equals: ["+ ok --+", "|      |", "+------+"])
    }
}
