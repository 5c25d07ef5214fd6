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

    @Test func realTmuxAnswersOneOfTheThreeSettings() throws {
        // Runs the real command on a private tmux server; skipped where tmux is not installed.
        guard Clipboard.runTmux(["-V"]) != nil else { return }
        let socket = "xuexi-clipboard-test-\(getpid())"
        // The server keeps the descriptors it inherits, so it starts with no pipe to wait on.
        try quietTmux(["-L", socket, "new-session", "-d", "-s", "t"])
        defer { _ = Clipboard.runTmux(["-L", socket, "kill-server"]) }
        _ = Clipboard.runTmux(["-L", socket, "set", "-g", "set-clipboard", "on"])
        let setting = Clipboard.tmuxSetting(environment: ["TMUX": "x"]) { arguments in
            Clipboard.runTmux(["-L", socket] + arguments)
        }
        #expect(setting == .on)
    }

    private func quietTmux(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }
}
