import Testing
import Widgets
import XuexiTestSupport

@Suite("Paragraph and label")
struct ParagraphAndLabelTests {
    @Test("Mixed Chinese and English wrap at an odd width")
    func wrapping() {
        let buffer = rendered(Paragraph("学习强国是一个学习平台 Study platform for everyone"), width: 11, height: 6)
        assertBuffer(
            buffer,
            equals: [
                "学习强国是 ",
                "一个学习平 ",
                "台 Study   ",
                "platform   ",
                "for        ",
                "everyone   ",
            ])
    }

    @Test("Lines that do not fit the height are left out; scrolling skips lines")
    func scrolling() {
        let text = "一\n二\n三\n四"
        assertBuffer(rendered(Paragraph(text), width: 3, height: 2), equals: ["一 ", "二 "])
        assertBuffer(rendered(Paragraph(text, scrollOffset: 2), width: 3, height: 2), equals: ["三 ", "四 "])
    }

    @Test("Without wrapping, long lines end in …")
    func noWrap() {
        let buffer = rendered(Paragraph("第二党支部（财务与审计）", wraps: false), width: 9, height: 1)
        assertBuffer(buffer, equals: ["第二党支…"])
    }

    @Test("Very long text in a one-column area")
    func oneColumn() {
        let long = String(repeating: "学习 study ", count: 200)
        let buffer = rendered(Paragraph(long), width: 1, height: 3)
        #expect(buffer.lines().allSatisfy { DisplayWidth.of($0) == 1 })
    }

    @Test("Alignment: right and centre")
    func alignment() {
        assertBuffer(rendered(Paragraph("中文", alignment: .right), width: 7, height: 1), equals: ["   中文"])
        assertBuffer(rendered(Label("排名 Ranking", alignment: .right), width: 15, height: 1), equals: ["   排名 Ranking"])
        assertBuffer(rendered(Label("居中", alignment: .center), width: 9, height: 1), equals: ["  居中   "])
    }

    @Test("A label paints its whole row and cuts long text")
    func label() {
        let red = Style(background: .red)
        let buffer = rendered(Label("排名 Ranking", style: red), width: 6, height: 2)
        assertBuffer(buffer, equals: ["排名 …", "      "])
        assertLines(buffer.styleLines { $0.background == .red ? "r" : "." }, equals: ["rrrrrr", "......"])
    }
}
