import Testing
import Widgets
import XuexiTestSupport

@Suite("Screen buffer")
struct ScreenBufferTests {
    @Test("A new buffer is blank; lines() shows each row")
    func blank() {
        let buffer = ScreenBuffer(width: 3, height: 2)
        assertBuffer(buffer, equals: ["   ", "   "])
        #expect(buffer.text == "   \n   ")
    }

    @Test("Zero-size buffers have no lines and ignore writes")
    func zeroSize() {
        var buffer = ScreenBuffer(width: 0, height: 0)
        #expect(buffer.write("abc", x: 0, y: 0) == 0)
        #expect(buffer.lines().isEmpty)
        var negative = ScreenBuffer(width: -3, height: 2)
        negative.write("x", x: 0, y: 0)
        #expect(negative.lines() == ["", ""])
    }

    @Test("A wide character takes its cell and a continuation cell; lines() shows it once")
    func wideCharacter() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        #expect(buffer.write("中a", x: 0, y: 0) == 3)
        assertBuffer(buffer, equals: ["中a  "])
        #expect(buffer[0, 0].width == 2)
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer[1, 0].symbol == "")
    }

    @Test("Text too wide ends in … without splitting a wide character")
    func ellipsis() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        #expect(buffer.write("学习强国", x: 0, y: 0) == 5)
        assertBuffer(buffer, equals: ["学习… "])
        var ascii = ScreenBuffer(width: 6, height: 1)
        ascii.write("Organization", x: 1, y: 0)
        assertBuffer(ascii, equals: [" Orga…"])
    }

    @Test("Clipping at an odd column leaves a blank instead of half a character")
    func clipWide() {
        var buffer = ScreenBuffer(width: 5, height: 1, fill: Cell(symbol: "."))
        #expect(buffer.write("学习强", x: 0, y: 0, overflow: .clip) == 5)
        assertBuffer(buffer, equals: ["学习 "])
        var oneColumn = ScreenBuffer(width: 1, height: 1)
        oneColumn.write("中", x: 0, y: 0)
        assertBuffer(oneColumn, equals: ["…"])
        oneColumn.write("中", x: 0, y: 0, overflow: .clip)
        assertBuffer(oneColumn, equals: [" "])
    }

    @Test("maxWidth limits the text; text starting left of the buffer is clipped")
    func limits() {
        var buffer = ScreenBuffer(width: 8, height: 1)
        buffer.write("abcdef", x: 1, y: 0, maxWidth: 3)
        assertBuffer(buffer, equals: [" ab…    "])
        var left = ScreenBuffer(width: 4, height: 1)
        left.write("xyz", x: -1, y: 0, overflow: .clip)
        assertBuffer(left, equals: ["yz  "])
        buffer.write("ignored", x: 0, y: 5)
        buffer.write("ignored", x: 9, y: 0)
        assertBuffer(buffer, equals: [" ab…    "])
    }

    @Test("Overwriting half of a wide character blanks the other half")
    func overwriteHalves() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("中文字", x: 0, y: 0)
        buffer.write("a", x: 1, y: 0)
        assertBuffer(buffer, equals: [" a文字"])
        buffer.write("b", x: 2, y: 0)
        assertBuffer(buffer, equals: [" ab 字"])
        buffer.write("国", x: 3, y: 0)
        assertBuffer(buffer, equals: [" ab国 "])
    }

    @Test("Combining marks stay with their letter; control characters are skipped")
    func graphemes() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("e\u{0301}x\ty", x: 0, y: 0)
        assertBuffer(buffer, equals: ["e\u{0301}xy   "])
    }

    @Test("Styles patch cells: unset colours keep what is there")
    func stylePatching() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.setStyle(Style(background: .blue), in: buffer.area)
        buffer.write("ab", x: 0, y: 0, style: Style(foreground: .red, attributes: .bold))
        #expect(buffer[0, 0].foreground == .red)
        #expect(buffer[0, 0].background == .blue)
        #expect(buffer[0, 0].attributes == .bold)
        #expect(buffer[3, 0].foreground == .default)
        let map = buffer.styleLines { $0.foreground == .red ? "r" : ($0.background == .blue ? "b" : ".") }
        assertLines(map, equals: ["rrbb"])
    }

    @Test("Writing a styled line aligns it and cuts the span that overflows")
    func lines() {
        var buffer = ScreenBuffer(width: 10, height: 3)
        buffer.write(Line("右", alignment: .right), x: 0, y: 0, maxWidth: 10)
        buffer.write(Line("中", alignment: .center), x: 0, y: 1, maxWidth: 10)
        buffer.write(
            Line(spans: [Span("排名", style: Style(foreground: .red)), Span(" Ranking")]), x: 0, y: 2, maxWidth: 10)
        assertBuffer(buffer, equals: ["        右", "    中    ", "排名 Rank…"])
        #expect(buffer[0, 2].foreground == .red)
        #expect(buffer[5, 2].foreground == .default)
    }

    @Test("An identical second frame has no changes")
    func diffIdentical() {
        var first = ScreenBuffer(width: 20, height: 4)
        first.write("学习强国 Xuexi", x: 1, y: 1, style: Style(foreground: .red))
        let second = first
        #expect(second.diff(from: first).isEmpty)
    }

    @Test("One changed cell gives one change")
    func diffOneCell() {
        var first = ScreenBuffer(width: 20, height: 4)
        first.write("学习强国 Xuexi", x: 1, y: 1)
        var second = first
        second.write("x", x: 15, y: 3)
        let changes = second.diff(from: first)
        #expect(changes == [CellChange(x: 15, y: 3, cell: Cell(symbol: "x"))])
        var recoloured = first
        recoloured.setStyle(Style(foreground: .green), in: Rect(x: 1, y: 1, width: 1, height: 1))
        #expect(recoloured.diff(from: first).count == 1)
    }

    @Test("Diff reports wide characters once and the cells they uncover")
    func diffWide() {
        var first = ScreenBuffer(width: 4, height: 1)
        first.write("ab", x: 0, y: 0)
        var second = ScreenBuffer(width: 4, height: 1)
        second.write("中", x: 0, y: 0)
        #expect(second.diff(from: first).map(\.x) == [0])
        // Back from wide to narrow: both columns must be written again.
        #expect(first.diff(from: second).map(\.x) == [0, 1])
    }

    @Test("A size change reports every cell")
    func diffResize() {
        let small = ScreenBuffer(width: 2, height: 2)
        let large = ScreenBuffer(width: 3, height: 2)
        #expect(large.diff(from: small).count == 6)
    }

    @Test("fill and reset paint every cell")
    func fillAndReset() {
        var buffer = ScreenBuffer(width: 3, height: 2)
        buffer.fill(Rect(x: 1, y: 0, width: 5, height: 1), symbol: "#", style: Style(background: .red))
        assertBuffer(buffer, equals: [" ##", "   "])
        buffer.reset(style: Style(background: .blue))
        assertBuffer(buffer, equals: ["   ", "   "])
        #expect(buffer.cells.allSatisfy { $0.background == .blue })
    }
}
