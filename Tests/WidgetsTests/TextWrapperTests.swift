import Testing
import Widgets

@Suite("Text wrapping")
struct TextWrapperTests {
    private func wrapped(_ text: String, _ width: Int) -> [String] {
        TextWrapper.wrap(Line(text), width: width).map(\.plainText)
    }

    @Test("English breaks at spaces and drops the space at the break")
    func english() {
        #expect(wrapped("the quick brown fox", 10) == ["the quick", "brown fox"])
    }

    @Test("Chinese breaks between any two characters")
    func chinese() {
        #expect(wrapped("学习强国学习平台", 5) == ["学习", "强国", "学习", "平台"])
        #expect(wrapped("学习强国 platform", 9) == ["学习强国", "platform"])
    }

    @Test("A word longer than the line is cut hard")
    func longWord() {
        #expect(wrapped("Pneumonoultramicroscopic", 10) == ["Pneumonoul", "tramicrosc", "opic"])
    }

    @Test("Styles follow the text across breaks")
    func styles() {
        let red = Style(foreground: .red)
        let lines = TextWrapper.wrap(Line(spans: [Span("ab "), Span("cd ef", style: red)]), width: 5)
        #expect(lines.map(\.plainText) == ["ab cd", "ef"])
        #expect(lines[0].spans.map(\.style) == [.plain, red])
        #expect(lines[1].spans.map(\.style) == [red])
    }

    @Test("Empty text is one empty line; zero width is no lines")
    func edges() {
        #expect(wrapped("", 5) == [""])
        #expect(wrapped("abc", 0).isEmpty)
        #expect(wrapped("中", 1) == ["中"])
    }
}
