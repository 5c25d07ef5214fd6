import Testing
import Widgets

@Suite("Text input editing")
struct TextInputStateTests {
    @Test("Insert at the cursor, by grapheme")
    func insert() {
        var state = TextInputState()
        state.insert("西乡")
        state.insert("街道")
        #expect(state.text == "西乡街道")
        #expect(state.cursor == 4)
        state.moveLeft()
        state.moveLeft()
        state.insert("a")
        #expect(state.text == "西乡a街道")
        #expect(state.cursor == 3)
        #expect(state.cursorColumn == 5)
    }

    @Test("Backspace and delete remove whole characters, including accented ones")
    func delete() {
        var state = TextInputState(text: "cafe\u{0301}学")
        state.deleteBackward()
        #expect(state.text == "cafe\u{0301}")
        state.deleteBackward()
        #expect(state.text == "caf")
        state.moveToStart()
        state.deleteForward()
        #expect(state.text == "af")
        state.deleteBackward()
        #expect(state.text == "af")
        state.moveToEnd()
        state.deleteForward()
        #expect(state.text == "af")
    }

    @Test("A combining mark typed after a letter joins it")
    func combining() {
        var state = TextInputState(text: "e")
        state.insert("\u{0301}")
        #expect(state.characters.count == 1)
        #expect(state.cursor == 1)
        #expect(state.text == "e\u{0301}")
    }

    @Test("Cursor moves by character and its column by display width")
    func cursorColumns() {
        var state = TextInputState(text: "学a习", cursor: 0)
        #expect(state.cursorColumn == 0)
        state.moveRight()
        #expect(state.cursorColumn == 2)
        state.moveRight()
        #expect(state.cursorColumn == 3)
        state.moveRight()
        state.moveRight()
        #expect(state.cursor == 3)
        #expect(state.cursorColumn == 5)
        state.moveLeft()
        state.moveLeft()
        state.moveLeft()
        state.moveLeft()
        #expect(state.cursor == 0)
    }

    @Test("Ctrl-W deletes the previous word; Ctrl-U the start; clear everything")
    func words() {
        var state = TextInputState(text: "西乡 街道 party  ")
        state.deleteWordBackward()
        #expect(state.text == "西乡 街道 ")
        state.deleteWordBackward()
        #expect(state.text == "西乡 ")
        state.moveLeft()
        state.deleteToStart()
        #expect(state.text == " ")
        #expect(state.cursor == 0)
        state.clear()
        #expect(state.isEmpty)
    }

    @Test("Control characters are not inserted")
    func controls() {
        var state = TextInputState()
        state.insert("\u{1B}")
        state.insert("\n")
        #expect(state.isEmpty)
        state.insert("a\tb")
        #expect(state.text == "ab")
    }

    @Test("The visible window starts where the cursor still fits, after the overflow marks")
    func visibleWindow() {
        let state = TextInputState(text: "学习强国平台", cursor: 3)
        // Four columns: "…" + 国 (the cursor's cell) + "…".
        #expect(state.firstVisibleIndex(width: 4) == 3)
        #expect(state.firstVisibleIndex(width: 100) == 0)
        #expect(state.firstVisibleIndex(width: 0) == 3)
    }
}
