import Foundation
import Testing

/// `xuexi-dash gallery` in a real terminal (tmux): screens at 80×24 and 120×40, keys,
/// and a usable shell afterwards however the program ends (q, Ctrl-C, SIGTERM, SIGHUP).
@Suite("Gallery end to end", .serialized, .enabled(if: TmuxHarness.isAvailable, "tmux is not installed"))
struct GalleryEndToEndTests {
    let binary: String

    init() throws {
        binary = try #require(TmuxHarness.executable(named: "xuexi-dash"), "build xuexi-dash first (swift build)")
    }

    private func startGallery(
        columns: Int, rows: Int, term: String = "xterm-256color", environment: [String: String] = [:],
        arguments: String = ""
    ) throws -> TmuxHarness {
        let tmux = try TmuxHarness(columns: columns, rows: rows, term: term, environment: environment)
        tmux.run("\(TmuxHarness.shellQuoted(binary)) gallery --lang zh \(arguments)")
        return tmux
    }

    /// After the program ends: the shell prompt is back on the main screen, cursor shown,
    /// mouse reporting off, and the program's exit status is `status`.
    private func expectRestored(_ tmux: TmuxHarness, status: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            tmux.waitForPrompt(), "no shell prompt after exit:\n\(tmux.capture().joined(separator: "\n"))",
            sourceLocation: sourceLocation)
        #expect(
            tmux.terminalIsRestored(), "pane state \(String(describing: tmux.paneState()))",
            sourceLocation: sourceLocation)
        #expect(tmux.lastExitStatus() == status, sourceLocation: sourceLocation)
        tmux.run("echo 终端正常 terminal ok")
        #expect(tmux.waitForText("终端正常 terminal ok"), sourceLocation: sourceLocation)
    }

    @Test("80×24: pages, help, Chinese text input, theme switch, q restores the terminal")
    func smallWindow() throws {
        let tmux = try startGallery(columns: 80, rows: 24)
        defer { tmux.close() }
        #expect(tmux.waitForText("组件库 Widget gallery"))
        var screen = tmux.capture()
        #expect(screen[0].hasPrefix(" 学习强国 · 组件库 Widget gallery"))
        #expect(screen[0].contains("主题: Party Red  80×24"))
        #expect(screen[1].hasPrefix(" 表格 │ 图表 │ 文本 │ 对话框"))
        #expect(screen[2].contains("组织树 Organizations"))
        #expect(screen[13].hasPrefix("│ 1 王小明       第一党支部"))
        #expect(screen[23].hasPrefix("  ? 帮助  q 退出  Tab 翻页"))
        #expect(tmux.paneState()?.alternateScreen == true)
        #expect(tmux.paneState()?.mouseReporting == true)

        tmux.sendKeys("Tab")
        #expect(tmux.waitForText("进度条 Gauges"))
        tmux.sendKeys("Tab")
        #expect(tmux.waitForText("段落 Paragraph"))

        tmux.sendKeys("?")
        #expect(tmux.waitForText("帮助 Help"))
        tmux.sendKeys("Escape")
        #expect(tmux.waitForTextToDisappear("帮助 Help"))

        tmux.sendKeys("/")
        #expect(tmux.waitForText("输入文字（支持中文）"))
        tmux.type("西乡街道")
        #expect(tmux.waitForText("西乡街道"))
        tmux.sendKeys("BSpace", "Enter")
        #expect(tmux.waitForText("输入：西乡街"))

        tmux.sendKeys("t")
        #expect(tmux.waitForText("主题: Dark"))
        screen = tmux.capture()
        #expect(screen.allSatisfy { !$0.contains("\u{FFFD}") })

        tmux.sendKeys("q")
        expectRestored(tmux, status: 0)
    }

    @Test("120×40: two sections per page, both pages")
    func largeWindow() throws {
        let tmux = try startGallery(columns: 120, rows: 40)
        defer { tmux.close() }
        #expect(tmux.waitForText("热力图 14 天 Heatmap"))
        let first = tmux.capture()
        #expect(first[0].contains("120×40"))
        #expect(first[1].hasPrefix(" 表格 · 图表 │ 文本 · 对话框"))
        #expect(first.contains { $0.contains("组织树 Organizations") && $0.contains("积分排行 Top learners") })
        #expect(first.contains { $0.contains("└─▾ 西乡街道党工委 Xixiang") })
        tmux.sendKeys("Right")
        #expect(tmux.waitForText("确认框 Confirm"))
        #expect(tmux.capture().contains { $0.contains("段落 Paragraph") })
        tmux.sendKeys("Escape")
        expectRestored(tmux, status: 0)
    }

    @Test("A window below 80×24 says so and recovers when it grows")
    func tooSmallThenGrow() throws {
        let tmux = try startGallery(columns: 60, rows: 20)
        defer { tmux.close() }
        #expect(tmux.waitForText("窗口太小"))
        #expect(tmux.capture().contains { $0.contains("至少需要 80×24，当前 60×20") })
        tmux.resize(columns: 90, rows: 26)
        #expect(tmux.waitForText("组件库 Widget gallery"))
        #expect(tmux.capture()[0].contains("90×26"))
        tmux.sendKeys("q")
        expectRestored(tmux, status: 0)
    }

    @Test("SIGTERM restores the terminal and ends with status 143")
    func sigterm() throws {
        let tmux = try startGallery(columns: 80, rows: 24)
        defer { tmux.close() }
        #expect(tmux.waitForText("组件库 Widget gallery"))
        #expect(tmux.sendSignal(SIGTERM))
        expectRestored(tmux, status: 128 + Int(SIGTERM))
    }

    @Test("SIGHUP restores the terminal")
    func sighup() throws {
        let tmux = try startGallery(columns: 80, rows: 24)
        defer { tmux.close() }
        #expect(tmux.waitForText("组件库 Widget gallery"))
        #expect(tmux.sendSignal(SIGHUP))
        expectRestored(tmux, status: 128 + Int(SIGHUP))
    }

    @Test("Ctrl-C restores the terminal and ends with status 130")
    func controlC() throws {
        let tmux = try startGallery(columns: 80, rows: 24)
        defer { tmux.close() }
        #expect(tmux.waitForText("组件库 Widget gallery"))
        tmux.sendKeys("C-c")
        expectRestored(tmux, status: 130)
    }

    @Test("A crash signal restores the terminal and the process still dies", arguments: [SIGSEGV, SIGABRT])
    func crashSignal(signal: Int32) throws {
        let tmux = try startGallery(columns: 80, rows: 24)
        defer { tmux.close() }
        #expect(tmux.waitForText("组件库 Widget gallery"))
        #expect(tmux.sendSignal(signal))
        expectRestored(tmux, status: 128 + Int(signal))
    }

    @Test("A burst of resizes ends in one screen at the final size")
    func resizeBurst() throws {
        let tmux = try startGallery(columns: 80, rows: 24)
        defer { tmux.close() }
        #expect(tmux.waitForText("80×24"))
        for (columns, rows) in [(90, 26), (100, 30), (70, 20), (110, 35), (120, 40)] {
            tmux.resize(columns: columns, rows: rows)
        }
        #expect(tmux.waitForText("120×40"))
        let screen = tmux.capture()
        #expect(screen[1].hasPrefix(" 表格 · 图表 │ 文本 · 对话框"))
        #expect(screen.filter { $0.contains("组件库 Widget gallery") }.count == 1)
        tmux.sendKeys("q")
        expectRestored(tmux, status: 0)
    }

    @Test("Idle, the gallery sleeps in the input wait instead of spinning")
    func idleCPU() throws {
        let tmux = try startGallery(columns: 80, rows: 24)
        defer { tmux.close() }
        #expect(tmux.waitForText("组件库 Widget gallery"))
        let pid = try #require(tmux.childProcessIDs().first)
        func cpuTicks() -> Int {
            let fields =
                ((try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? "").split(separator: ")").last?
                .split(separator: " ") ?? []
            // utime and stime are fields 14 and 15; after the ")" they are the 12th and 13th.
            return fields.count > 12 ? (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0) : 0
        }
        let before = cpuTicks()
        Thread.sleep(forTimeInterval: 2)
        let used = cpuTicks() - before
        #expect(used <= 2, "used \(used) clock ticks in 2 s while idle")
        tmux.sendKeys("q")
        expectRestored(tmux, status: 0)
    }

    @Test("NO_COLOR: monochrome theme, no colour escapes, still readable")
    func noColor() throws {
        let tmux = try startGallery(columns: 80, rows: 24, environment: ["NO_COLOR": "1"])
        defer { tmux.close() }
        #expect(tmux.waitForText("主题: Monochrome"))
        #expect(tmux.capture()[23].contains("无色"))
        let parameters = Self.sgrParameters(in: tmux.captureWithEscapes())
        #expect(parameters.contains(7), "headers and selections should be reverse video")
        #expect(
            parameters.allSatisfy { !Self.isColourParameter($0) },
            "colour parameters: \(parameters.filter(Self.isColourParameter))")
        tmux.sendKeys("q")
        expectRestored(tmux, status: 0)
    }

    @Test("TERM=xterm gets the 8 basic colours only; --no-mouse leaves mouse reporting off")
    func eightColours() throws {
        let tmux = try startGallery(columns: 80, rows: 24, term: "xterm", arguments: "--no-mouse")
        defer { tmux.close() }
        #expect(tmux.waitForText("组件库 Widget gallery"))
        #expect(tmux.capture()[23].contains("8色·鼠标关"))
        #expect(tmux.paneState()?.mouseReporting == false)
        let parameters = Self.sgrParameters(in: tmux.captureWithEscapes())
        #expect(parameters.contains { (31...37).contains($0) })
        #expect(!parameters.contains(38) && !parameters.contains(48), "256-colour sequences on an 8-colour terminal")
        tmux.sendKeys("q")
        expectRestored(tmux, status: 0)
    }

    @Test("TERM=linux and a broken theme file: default theme, error shown, terminal restored")
    func linuxConsoleAndBrokenTheme() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let themeFile = directory.appendingPathComponent("broken.theme").path
        try "header = #ffd700 on #c8102e\nfooter = purple-ish\n".write(
            toFile: themeFile, atomically: true, encoding: .utf8)
        let tmux = try startGallery(
            columns: 80, rows: 24, term: "linux", arguments: "--theme \(TmuxHarness.shellQuoted(themeFile))")
        defer { tmux.close() }
        #expect(tmux.waitForText("主题: Party Red"))
        #expect(tmux.waitForText("broken.theme:2: 'purple-ish' is not a colour"))
        tmux.sendKeys("q")
        #expect(tmux.waitForText("used the default theme"))
        expectRestored(tmux, status: 0)
    }

    /// Every SGR parameter in `text` ("\u{1B}[1;38;5;220m" gives 1, 38, 5, 220).
    static func sgrParameters(in text: String) -> [Int] {
        var parameters: [Int] = []
        var rest = Substring(text)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            let body = rest.prefix { $0.isNumber || $0 == ";" }
            if rest.dropFirst(body.count).first == "m" {
                parameters += body.split(separator: ";").compactMap { Int($0) }
            }
            rest = rest.dropFirst(body.count)
        }
        return parameters
    }

    /// Foreground/background colour parameters (30–38, 40–48, 90–107); 39 and 49 reset to default.
    static func isColourParameter(_ parameter: Int) -> Bool {
        (30...38).contains(parameter) || (40...48).contains(parameter) || (90...107).contains(parameter)
    }
}
