import Foundation
import Testing
import XuexiCore
import XuexiStore

#if canImport(Glibc)
    import Glibc
#endif

/// The executable under test, found next to the test bundle (or $XUEXI_DASH_BINARY).
private let dashboardBinary = TmuxHarness.executable(named: "xuexi-dash")

/// The real `xuexi-dash` in tmux (through the terminal layer's `TmuxHarness`): open,
/// navigate, drill in and out, search, acknowledge an alert, switch language and theme,
/// resize, quit; the terminal given back after q, Ctrl-C and SIGTERM; and an import by
/// another process showing on screen within two seconds, with the selection kept.
@Suite(
    .enabled(if: TmuxHarness.isAvailable && dashboardBinary != nil, "needs tmux and a built xuexi-dash"), .serialized)
struct DashboardEndToEndTests {
    static var binary: String? { dashboardBinary }

    /// A village demo store built once, copied for each test so they cannot disturb each other.
    static let template: Result<String, any Error> = Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-dash-e2e-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("template.sqlite").path
        try runCommand(["demo", "--scale", "village", "--days", "20", "--no-ui", "--store", path])
        return path
    }

    static func freshStore() throws -> String {
        let template = try template.get()
        let path = (template as NSString).deletingLastPathComponent + "/store-\(UUID().uuidString).sqlite"
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: template + suffix) {
            try FileManager.default.copyItem(atPath: template + suffix, toPath: path + suffix)
        }
        return path
    }

    /// Runs `xuexi-dash` with `arguments` to the end (no terminal) and returns its output.
    @discardableResult
    static func runCommand(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary!)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailed(
                description: "xuexi-dash \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    struct CommandFailed: Error, CustomStringConvertible {
        var description: String
    }

    static func dashboard(store: String, columns: Int = 120, rows: Int = 40, extra: String = "") throws -> TmuxHarness {
        let tmux = try TmuxHarness(columns: columns, rows: rows)
        tmux.run("\(TmuxHarness.shellQuoted(binary!)) dashboard --store \(TmuxHarness.shellQuoted(store)) \(extra)")
        return tmux
    }

    /// After the program ended: the prompt is back with the expected status, the main screen,
    /// cursor and mouse are as before, and the line discipline is cooked with echo.
    static func expectGivenBack(_ tmux: TmuxHarness, statuses: [Int], sourceLocation: SourceLocation = #_sourceLocation)
    {
        #expect(tmux.waitForPrompt(), "no shell prompt after the dashboard ended", sourceLocation: sourceLocation)
        let status = tmux.lastExitStatus()
        #expect(
            status.map { statuses.contains($0) } == true, "exit status \(String(describing: status))",
            sourceLocation: sourceLocation)
        #expect(
            tmux.terminalIsRestored(), "pane state \(String(describing: tmux.paneState()))",
            sourceLocation: sourceLocation)
        tmux.run("stty -a | tr ' ;' '\\n\\n' | grep -cE '^(icanon|echo)$' | sed 's/^/cooked=/'")
        #expect(
            tmux.waitForText("cooked=2", timeout: 5), "the terminal was left without icanon/echo",
            sourceLocation: sourceLocation)
    }

    @Test func openNavigateDrillSearchAcknowledgeSwitchResizeAndQuit() throws {
        let store = try Self.freshStore()
        let tmux = try Self.dashboard(store: store)
        #expect(tmux.waitForText("组织 · 当日"), "the main screen did not appear")
        #expect(tmux.paneState()?.alternateScreen == true)

        // Drill into a branch and back: the breadcrumb follows.
        tmux.sendKeys("j", "Enter")
        #expect(tmux.waitForText("近30日活跃度"))
        #expect(tmux.capture().first?.contains("大营村党委 › 第一党支部") == true)
        tmux.sendKeys("Escape")
        #expect(tmux.waitForTextToDisappear("近30日活跃度"))
        #expect(tmux.waitForText("组织 · 当日"))

        // Incremental search, in Chinese, and a jump.
        tmux.sendKeys("/")
        tmux.type("第三")
        #expect(tmux.waitForText("[组织] 第三党支部"))
        tmux.sendKeys("Enter")
        #expect(tmux.waitForTextToDisappear("搜索组织和学员"))

        // Acknowledge the first alert with a note; the CLI sees the same state.
        tmux.sendKeys("Tab", "Tab")
        #expect(tmux.waitForText("a 确认"))
        // The first row is a group: Space opens it, j selects its first alert.
        tmux.sendKeys("Space", "j")
        tmux.sendKeys("a")
        #expect(tmux.waitForText("确认预警"))
        tmux.type("已电话联系")
        tmux.sendKeys("Enter")
        #expect(tmux.waitForText("预警已确认"))
        let acknowledged = try Self.runCommand([
            "alerts", "list", "--store", store, "--state", "acknowledged", "--format", "json",
        ])
        #expect(acknowledged.contains("已电话联系"))

        // Language and theme.
        tmux.sendKeys("L")
        #expect(tmux.waitForText("Organizations · day"))
        tmux.sendKeys("t")
        #expect(tmux.waitForText("Theme:"))

        // Resize: smaller, too small, and back; the screen follows each time.
        tmux.resize(columns: 90, rows: 28)
        #expect(
            tmux.waitUntil { screen in screen.count >= 28 && screen.contains { $0.contains("Organizations · day") } })
        tmux.resize(columns: 60, rows: 18)
        #expect(tmux.waitForText("Window too small"))
        tmux.resize(columns: 120, rows: 40)
        #expect(tmux.waitForText("Organizations · day"))

        tmux.sendKeys("q")
        Self.expectGivenBack(tmux, statuses: [0])
    }

    @Test func ctrlCGivesTheTerminalBack() throws {
        let tmux = try Self.dashboard(store: try Self.freshStore(), extra: "--lang en")
        #expect(tmux.waitForText("Organizations · day"))
        #expect(tmux.paneState()?.mouseReporting == true)
        tmux.sendKeys("C-c")
        Self.expectGivenBack(tmux, statuses: [0, 130])
    }

    @Test func sigtermGivesTheTerminalBack() throws {
        let tmux = try Self.dashboard(store: try Self.freshStore())
        #expect(tmux.waitForText("组织 · 当日"))
        #expect(tmux.sendSignal(SIGTERM))
        Self.expectGivenBack(tmux, statuses: [143])
    }

    @Test func anImportFromAnotherProcessShowsWithinTwoSeconds() throws {
        let store = try Self.freshStore()
        let tmux = try Self.dashboard(store: store)
        #expect(tmux.waitForText("组织 · 当日"))
        // Select the third org: the selection must survive the refresh.
        tmux.sendKeys("j", "j")
        #expect(tmux.waitForText("3/6"))

        // The next day's export, consistent with each learner's total so far.
        let latest = try #require(try XuexiStore.open(path: store).latestDay())
        let next = latest.adding(1)
        let roster = try Self.runCommand(["learners", "--store", store, "--format", "csv"])
        var export = "日期,学员编号,当日积分,总积分\n"
        // CSV output ends lines with CRLF, one Character in Swift: split on any line end.
        for (index, line) in roster.split(whereSeparator: \.isNewline).dropFirst().enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count >= 9 else { continue }
            let total = Int(fields[8]) ?? 0
            let points = index % 4 == 0 ? 0 : 5 + index % 40
            export += "\(next.iso),\(fields[0]),\(points),\(total + points)\n"
        }
        let file = (store as NSString).deletingLastPathComponent + "/\(next.iso)-\(UUID().uuidString).csv"
        try Data(export.utf8).write(to: URL(fileURLWithPath: file))
        try Self.runCommand(["import", "--store", store, file])
        let imported = Date()

        let refreshed = tmux.waitUntil(timeout: 2.0) { screen in screen.first?.contains(next.iso) == true }
        #expect(refreshed, "the new day did not show within 2 s of the import")
        print(
            "live refresh: the new day was on screen \(String(format: "%.2f", Date().timeIntervalSince(imported))) s after the import finished"
        )
        #expect(tmux.capture().contains { $0.contains("3/6") }, "the selection moved")
        tmux.sendKeys("q")
        #expect(tmux.waitForPrompt())
    }

    /// An acknowledgement by another process (`alerts ack`) shows in an open dashboard within 2 s.
    @Test func anAcknowledgementFromTheCommandLineShowsWithinTwoSeconds() throws {
        let store = try Self.freshStore()
        let tmux = try Self.dashboard(store: store)
        #expect(tmux.waitForText("组织 · 当日"))
        tmux.sendKeys("Tab", "Tab", "Space")
        #expect(tmux.waitForText("a 确认"))
        let listed = try Self.runCommand(["alerts", "list", "--store", store, "--format", "json"])
        let groups = try #require(try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: Any]])
        let alerts = try #require(groups.first?["alerts"] as? [[String: Any]])
        let id = try #require(alerts.first?["id"] as? String)
        #expect(tmux.waitUntil { screen in screen.contains { $0.contains("▸") } }, "no alert group on screen")
        #expect(!tmux.capture().contains { $0.contains("已确认") }, "an alert was acknowledged before the test")

        try Self.runCommand(["alerts", "ack", id, "--store", store, "--note", "电话已联系", "--by", "e2e"])
        let acknowledged = Date()
        let shown = tmux.waitUntil(timeout: 2.0) { screen in screen.contains { $0.contains("已确认") } }
        #expect(shown, "the acknowledgement did not show within 2 s")
        print(
            "live alerts: the acknowledgement was on screen \(String(format: "%.2f", Date().timeIntervalSince(acknowledged))) s after the command finished"
        )
        tmux.sendKeys("q")
        #expect(tmux.waitForPrompt())
    }
}
