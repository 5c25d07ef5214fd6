import Testing
import Widgets
import XuexiTestSupport

@Suite("Modal, help, confirm, text input, toast")
struct DialogTests {
    @Test("Help overlay: centred, keys then actions, footnote")
    func help() {
        let help = HelpOverlay(title: "帮助", entries: [KeyHint("q", "退出"), KeyHint("?", "帮助")], footnote: "Esc 关闭")
        assertBuffer(
            rendered(help, width: 30, height: 9),
            equals: [
                "                              ",
                "         ┌── 帮助 ──┐         ",
                "         │ q  退出  │         ",
                "         │ ?  帮助  │         ",
                "         │          │         ",
                "         │ Esc 关闭 │         ",
                "         └──────────┘         ",
                "                              ",
                "                              ",
            ])
    }

    @Test("Help overlay uses two columns when one does not fit")
    func helpColumns() {
        let entries = (1...12).map { KeyHint("F\($0)", "功能\($0)") }
        let help = HelpOverlay(title: "帮助", entries: entries)
        let area = help.area(in: Rect(x: 0, y: 0, width: 60, height: 10))
        #expect(area.height == 8)
        let buffer = rendered(help, width: 60, height: 10)
        #expect(buffer.lines()[2].contains("F1 ") && buffer.lines()[2].contains("F7 "))
    }

    @Test("The overlay clears what is underneath")
    func clears() {
        var buffer = ScreenBuffer(width: 30, height: 9, fill: Cell(symbol: "x"))
        HelpOverlay(title: "帮助", entries: [KeyHint("q", "退出")]).render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines()[4] == "xxxxxxxxx│ q  退出 │xxxxxxxxxx")
        #expect(buffer.lines()[0] == String(repeating: "x", count: 30))
    }

    @Test("Confirm dialog: message, both buttons, the focused one highlighted")
    func confirm() {
        let theme = Theme.default
        let dialog = ConfirmDialog(
            title: "确认", message: "删除？", confirmLabel: "确定", cancelLabel: "取消", confirmFocused: false, theme: theme)
        let buffer = rendered(dialog, width: 30, height: 8)
        assertBuffer(
            buffer,
            equals: [
                "                              ",
                "  ┌──────── 确认 ─────────┐   ",
                "  │        删除？         │   ",
                "  │                       │   ",
                "  │  [ 确定 ]   [ 取消 ]  │   ",
                "  └───────────────────────┘   ",
                "                              ",
                "                              ",
            ])
        let active = theme[.buttonActive].background
        assertLines(
            [buffer.styleLines { $0.background == active ? "#" : "." }[4]], equals: ["................########......"])
    }

    @Test("Confirm dialog wraps a long message")
    func confirmWraps() {
        let dialog = ConfirmDialog(
            title: "确认", message: String(repeating: "很长的消息", count: 20), confirmLabel: "是", cancelLabel: "否")
        let area = dialog.area(in: Rect(x: 0, y: 0, width: 80, height: 24))
        #expect(area.width == 60)
        #expect(area.height == 4 + 4)
    }

    @Test("Text input dialog: prompt, field with the cursor on the character after it")
    func textInputDialog() {
        let theme = Theme.default
        let dialog = TextInputDialog(
            title: "搜索", prompt: "名称：", state: TextInputState(text: "西乡街道", cursor: 2), theme: theme)
        let buffer = rendered(dialog, width: 44, height: 6)
        assertBuffer(
            buffer,
            equals: [
                "                                            ",
                "     ┌──────────── 搜索 ─────────────┐      ",
                "     │ 名称：                        │      ",
                "     │ 西乡街道                      │      ",
                "     └───────────────────────────────┘      ",
                "                                            ",
            ])
        #expect(buffer[11, 3].symbol == "街")
        #expect(buffer[11, 3].attributes.contains(.reverse))
        #expect(!buffer[7, 3].attributes.contains(.reverse))
    }

    @Test("The cursor position follows display width, for input methods")
    func cursorPosition() {
        let field = TextInput(state: TextInputState(text: "西乡ab", cursor: 3))
        #expect(field.cursorPosition(in: Rect(x: 10, y: 5, width: 20, height: 1))! == (15, 5))
        let scrolled = TextInput(state: TextInputState(text: "学习强国平台"))
        #expect(scrolled.cursorPosition(in: Rect(x: 0, y: 0, width: 8, height: 1))! == (7, 0))
        let dialog = TextInputDialog(title: "搜索", prompt: "名称：", state: TextInputState(text: "西乡街道", cursor: 2))
        #expect(dialog.cursorPosition(in: Rect(x: 0, y: 0, width: 44, height: 6))! == (11, 3))
        #expect(TextInput(state: TextInputState()).cursorPosition(in: .zero) == nil)
    }

    @Test("Text field scrolls to keep the cursor visible and never shows half a character")
    func textFieldScrolling() {
        // "…" marks the side where text is scrolled out of view.
        assertBuffer(rendered(TextInput(state: TextInputState(text: "学习强国平台")), width: 8, height: 1), equals: ["…国平台 "])
        assertBuffer(
            rendered(TextInput(state: TextInputState(text: "学习强国平台", cursor: 0)), width: 7, height: 1), equals: ["学习强…"]
        )
        assertBuffer(
            rendered(TextInput(state: TextInputState(), placeholder: "搜索"), width: 6, height: 1), equals: [" 搜索 "])
    }

    @Test("Toast: padded message, severity styles, bottom-right placement")
    func toast() {
        let theme = Theme.default
        assertBuffer(rendered(Toast(message: "已导入 12 条", theme: theme), width: 16, height: 1), equals: [" 已导入 12 条   "])
        assertBuffer(rendered(Toast(message: "一个很长很长的消息"), width: 8, height: 1), equals: [" 一个…  "])
        let error = rendered(Toast(message: "错误", kind: .error, theme: theme), width: 6, height: 1)
        #expect(error[0, 0].background == theme[.toastError].background)
        let toast = Toast(message: "主题：dark")
        #expect(toast.area(in: Rect(x: 0, y: 0, width: 80, height: 22)) == Rect(x: 68, y: 21, width: 12, height: 1))
    }

    @Test("Modal areas shrink to the screen")
    func modalArea() {
        #expect(
            Modal.area(width: 40, height: 10, in: Rect(x: 0, y: 0, width: 80, height: 24))
                == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(
            Modal.area(width: 200, height: 50, in: Rect(x: 0, y: 0, width: 80, height: 24))
                == Rect(x: 1, y: 1, width: 78, height: 22))
        #expect(
            Modal.area(width: 10, height: 5, in: Rect(x: 0, y: 0, width: 3, height: 2))
                == Rect(x: 0, y: 0, width: 3, height: 2))
    }
}
