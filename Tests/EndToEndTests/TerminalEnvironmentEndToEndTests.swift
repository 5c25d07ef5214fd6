import Foundation
import Testing

/// The dashboard under environments users actually have (issue #13): no UTF-8 locale,
/// a terminal that cannot address the cursor, and Home/End as tmux sends them.
@Suite(
    .enabled(
        if: TmuxHarness.isAvailable && TmuxHarness.executable(named: "xuexi-dash") != nil,
        "needs tmux and a built xuexi-dash"), .serialized)
struct TerminalEnvironmentEndToEndTests {
    static func open(term: String = "xterm-256color", environment: [String: String] = [:]) throws -> TmuxHarness {
        let store = try DashboardEndToEndTests.freshStore()
        let tmux = try TmuxHarness(columns: 120, rows: 40, term: term, environment: environment)
        tmux.run(
            "\(TmuxHarness.shellQuoted(DashboardEndToEndTests.binary!)) dashboard --store \(TmuxHarness.shellQuoted(store))"
        )
        return tmux
    }

    @Test("With LANG=C LC_ALL=C the dashboard still shows Chinese, never blanks")
    func cLocale() throws {
        let tmux = try Self.open(environment: ["LANG": "C", "LC_ALL": "C"])
        defer { tmux.close() }
        #expect(tmux.waitForText("组织 · 当日"), "\(tmux.capture().joined(separator: "\n"))")
        #expect(tmux.capture().first?.contains("学习强国") == true)
        tmux.sendKeys("q")
        #expect(tmux.waitForPrompt())
    }

    @Test("TERM=dumb is refused with a pointer to snapshot, and the shell gets its terminal back")
    func dumbTerminal() throws {
        let tmux = try Self.open(term: "dumb")
        defer { tmux.close() }
        #expect(tmux.waitForText("snapshot"), "\(tmux.capture().joined(separator: "\n"))")
        #expect(tmux.waitForPrompt())
        #expect(tmux.lastExitStatus() == 1)
    }

    @Test("Home and End move to the first and last org under xterm-256color and screen-256color in tmux")
    func homeAndEnd() throws {
        for term in ["xterm-256color", "screen-256color"] {
            let tmux = try Self.open(term: term)
            defer { tmux.close() }
            #expect(tmux.waitForText("组织 · 当日"), "\(term)")
            let orgTitle = { (screen: [String]) in screen.first { $0.contains("组织 · 当日") } }
            #expect(
                tmux.waitUntil { orgTitle($0)?.range(of: #" 1/\d+"#, options: .regularExpression) != nil }, "\(term)")
            let title = try #require(tmux.capture().first { $0.contains("组织 · 当日") }, "\(term)")
            let range = try #require(title.range(of: #" 1/\d+"#, options: .regularExpression), "\(term)")
            let count = String(title[range].dropFirst(3))
            tmux.sendKeys("End")
            #expect(tmux.waitForText(" \(count)/\(count)"), "\(term): End did nothing")
            tmux.sendKeys("Home")
            #expect(tmux.waitForText(" 1/\(count)"), "\(term): Home did nothing")
            tmux.sendKeys("q")
            #expect(tmux.waitForPrompt())
        }
    }
}
