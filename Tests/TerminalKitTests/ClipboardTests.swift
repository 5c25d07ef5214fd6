import Foundation
import Testing

@testable import TerminalKit

/// OSC 52 copies (issue #15 "c copies the compact note"), byte for byte.
@Suite("Terminal: clipboard")
struct ClipboardTests {
    @Test func sequenceIsOSC52WithBase64OfTheUTF8Text() {
        let bytes = Clipboard.osc52Sequence(for: "学习 ok")
        let expected = Array("\u{1B}]52;c;5a2m5LmgIG9r\u{07}".utf8)
        #expect(bytes == expected)
        #expect(bytes.first == 0x1B && bytes.last == 0x07)
    }

    @Test func base64MatchesFoundationForEveryPaddingLength() {
        for text in ["", "a", "ab", "abc", "abcd", "田田社区党委 第二党支部 95.2%\n", String(repeating: "🇨🇳é", count: 40)] {
            let ours = String(decoding: Clipboard.base64(Array(text.utf8)), as: UTF8.self)
            #expect(ours == Data(text.utf8).base64EncodedString())
        }
    }

    @Test func tmuxSettingIsReadOnlyInsideTmux() {
        var calls: [[String]] = []
        let answer: ([String]) -> String? = { arguments in
            calls.append(arguments)
            return "on\n"
        }
        #expect(Clipboard.tmuxSetting(environment: [:], run: answer) == nil)
        #expect(calls.isEmpty)
        #expect(Clipboard.tmuxSetting(environment: ["TMUX": "/tmp/tmux-0/default,1,0"], run: answer) == .on)
        #expect(calls == [["show", "-gv", "set-clipboard"]])
        let inTmux = ["TMUX": "/tmp/tmux-0/default,1,0"]
        #expect(Clipboard.tmuxSetting(environment: inTmux, run: { _ in "external" }) == .external)
        #expect(Clipboard.tmuxSetting(environment: inTmux, run: { _ in "off\n" }) == .off)
        #expect(Clipboard.tmuxSetting(environment: inTmux, run: { _ in nil }) == nil)
        #expect(Clipboard.tmuxSetting(environment: inTmux, run: { _ in "maybe" }) == nil)
        #expect(
            Clipboard.TmuxSetting.on.passesApplicationCopies && !Clipboard.TmuxSetting.external.passesApplicationCopies)
    }
}
