import Foundation
import Testing
import Widgets
import XuexiTestSupport

/// Long notes scroll by display cells (issue #15: "a long Chinese note in the acknowledge
/// dialog scrolls by characters, not cells: the end of what you type is hidden").
@Suite("Text input scrolling by cells")
struct TextInputScrollingTests {
    static let note = "已电话联系第三党支部书记，周五前补齐学习积分并在群内通报"

    /// The field's text with the cursor cell shown as `|` before the character it highlights.
    static func field(_ state: TextInputState, width: Int) -> String {
        rendered(TextInput(state: state), width: width, height: 1).lines()[0]
    }

    @Test("Typing at the end of a long Chinese note keeps the end in view", arguments: [10, 17, 24, 31])
    func endStaysVisible(width: Int) {
        let state = TextInputState(text: Self.note)
        let line = Self.field(state, width: width)
        #expect(DisplayWidth.of(line) == width)
        // The last characters typed are on screen, followed by the cursor cell, after a "…".
        #expect(line.hasPrefix("…"))
        #expect(line.trimmingCharacters(in: .whitespaces).hasSuffix("群内通报"))
        let cursor = TextInput(state: state).cursorPosition(in: Rect(x: 0, y: 0, width: width, height: 1))!
        #expect(cursor.x == width - 1 || cursor.x == width - 2)  // the cell after 报 (odd widths leave one spare)
    }

    @Test("Exact screens at several widths")
    func screens() {
        let end = TextInputState(text: Self.note)
        #expect(Self.field(end, width: 12) == "…在群内通报 ")
        #expect(Self.field(end, width: 11) == "…群内通报  ")  // 在 would straddle the edge
        let start = TextInputState(text: Self.note, cursor: 0)
        #expect(Self.field(start, width: 12) == "已电话联系… ")
        let middle = TextInputState(text: Self.note, cursor: 10)  // on 书
        #expect(Self.field(middle, width: 12) == "…三党支部书…")
    }

    @Test("Moving the cursor back near the end keeps the end in view")
    func cursorNearTheEnd() {
        var state = TextInputState(text: Self.note)
        for _ in 0..<3 { state.moveLeft() }
        #expect(Self.field(state, width: 14) == "…并在群内通报 ")
        let cursor = TextInput(state: state).cursorPosition(in: Rect(x: 0, y: 0, width: 14, height: 1))!
        #expect(cursor.x == 7)  // on 内: "…" + 并在群 = 7 cells
    }

    @Test("Emoji and combining marks count by their cells")
    func emojiAndCombining() {
        let text = "签到👍🏽完成 cafe\u{301} 🇨🇳 ok"
        let state = TextInputState(text: text)
        let line = Self.field(state, width: 12)
        #expect(DisplayWidth.of(line) == 12)
        #expect(line.hasSuffix("🇨🇳 ok "))
        let whole = Self.field(state, width: 30)
        #expect(whole.hasPrefix(text))
        let combining = TextInputState(text: "e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}")
        // Six accented letters are six cells, not twelve scalars: they fit in eight columns.
        #expect(Self.field(combining, width: 8) == "e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}  ")
    }

    @Test("The acknowledge-style dialog grows with the note, then scrolls within three quarters of the screen")
    func dialogWidth() {
        let short = TextInputDialog(title: "确认", prompt: "备注：", state: TextInputState(text: "好"))
        #expect(short.area(in: Rect(x: 0, y: 0, width: 120, height: 40)).width == 40)
        let long = TextInputDialog(title: "确认", prompt: "备注：", state: TextInputState(text: Self.note))
        #expect(long.area(in: Rect(x: 0, y: 0, width: 120, height: 40)).width == DisplayWidth.of(Self.note) + 5)
        #expect(long.area(in: Rect(x: 0, y: 0, width: 80, height: 24)).width == 60)
        for width in [50, 80, 120] {
            var buffer = ScreenBuffer(width: width, height: 12)
            long.render(in: buffer.area, buffer: &buffer)
            let cursor = long.cursorPosition(in: buffer.area)!
            let row = buffer.lines()[cursor.y]
            #expect(row.contains("通报"), "the end of the note is visible at \(width) columns")
        }
    }
}
