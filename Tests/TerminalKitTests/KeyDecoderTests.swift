import CNcurses
import Testing
import Widgets

@testable import TerminalKit

@Suite("Key and mouse decoding")
struct KeyDecoderTests {
    @Test("Printable characters, including Chinese and emoji, are text")
    func characters() {
        #expect(KeyDecoder.decode(0x61, isKeyCode: false) == .character("a"))
        #expect(KeyDecoder.decode(0x5B66, isKeyCode: false) == .character("学"))
        #expect(KeyDecoder.decode(0x1F600, isKeyCode: false) == .character("😀"))
        #expect(KeyDecoder.decode(0x20, isKeyCode: false) == .character(" "))
    }

    @Test("Control bytes: Tab, Enter (LF and CR), Esc, Backspace (BS and DEL), Ctrl-letters")
    func controls() {
        #expect(KeyDecoder.decode(9, isKeyCode: false) == .tab)
        #expect(KeyDecoder.decode(10, isKeyCode: false) == .enter)
        #expect(KeyDecoder.decode(13, isKeyCode: false) == .enter)
        #expect(KeyDecoder.decode(27, isKeyCode: false) == .escape)
        #expect(KeyDecoder.decode(127, isKeyCode: false) == .backspace)
        #expect(KeyDecoder.decode(8, isKeyCode: false) == .backspace)
        #expect(KeyDecoder.decode(1, isKeyCode: false) == .ctrl("a"))
        #expect(KeyDecoder.decode(21, isKeyCode: false) == .ctrl("u"))
        #expect(KeyDecoder.decode(23, isKeyCode: false) == .ctrl("w"))
        #expect(KeyDecoder.decode(0xD800, isKeyCode: false) == nil)
    }

    @Test(
        "ncurses key codes",
        arguments: [
            (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
            (KEY_IC, .insert), (KEY_DC, .delete), (KEY_BACKSPACE, .backspace), (KEY_ENTER, .enter),
            (KEY_BTAB, .backTab),
        ])
    func keyCodes(code: Int32, key: Key) {
        #expect(KeyDecoder.decode(UInt32(code), isKeyCode: true) == key)
    }

    @Test("F1 to F12; F13 and unknown codes are ignored")
    func functionKeys() {
        for number in 1...12 {
            #expect(KeyDecoder.decode(UInt32(xuexi_key_f(Int32(number))), isKeyCode: true) == .function(number))
        }
        #expect(KeyDecoder.decode(UInt32(xuexi_key_f(13)), isKeyCode: true) == nil)
        #expect(KeyDecoder.decode(UInt32(KEY_MAX), isKeyCode: true) == nil)
    }

    @Test("Mouse: presses are clicks, buttons 4 and 5 the wheel, all with positions")
    func mouse() {
        #expect(
            MouseDecoder.decode(buttonState: xuexi_button1_pressed(), x: 3, y: 4) == .click(x: 3, y: 4, button: .left))
        #expect(
            MouseDecoder.decode(buttonState: xuexi_button1_clicked(), x: 0, y: 0) == .click(x: 0, y: 0, button: .left))
        #expect(
            MouseDecoder.decode(buttonState: xuexi_button2_pressed(), x: 1, y: 1) == .click(x: 1, y: 1, button: .middle)
        )
        #expect(
            MouseDecoder.decode(buttonState: xuexi_button3_pressed(), x: 1, y: 1) == .click(x: 1, y: 1, button: .right))
        #expect(MouseDecoder.decode(buttonState: xuexi_button4_pressed(), x: 7, y: 9) == .wheelUp(x: 7, y: 9))
        #expect(MouseDecoder.decode(buttonState: xuexi_button5_pressed(), x: 7, y: 9) == .wheelDown(x: 7, y: 9))
        #expect(MouseDecoder.decode(buttonState: xuexi_button1_released(), x: 1, y: 1) == nil)
    }
}
