import Foundation
import Testing
import XuexiCore
import XuexiModel
import XuexiStore

/// The clerk's screen in a real terminal (#15): pinyin search finds units and learners as a
/// contact list does, `c` puts the view's compact note on the clipboard through OSC 52 (read
/// back from tmux's buffer with `set-clipboard on`), and `x` writes the view's report.
@Suite(
    .enabled(if: TmuxHarness.isAvailable && DashboardEndToEndTests.binary != nil, "needs tmux and a built xuexi-dash"),
    .serialized)
struct ClerkScreenEndToEndTests {
    /// A store, a config whose export folder is private to the test, and the paths.
    struct Setup {
        var store: String
        var config: String
        var exports: String
    }

    static func setup() throws -> Setup {
        let store = try DashboardEndToEndTests.freshStore()
        let directory = (store as NSString).deletingLastPathComponent + "/clerk-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let exports = directory + "/exports"
        let config = directory + "/config.toml"
        try "[dashboard]\nexport_dir = \"\(exports)\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        return Setup(store: store, config: config, exports: exports)
    }

    static func open(_ setup: Setup, columns: Int = 120, rows: Int = 40) throws -> TmuxHarness {
        try DashboardEndToEndTests.dashboard(
            store: setup.store, columns: columns, rows: rows,
            extra: "--config \(TmuxHarness.shellQuoted(setup.config))")
    }

    /// A street with 田田社区党委 and learners whose surnames have a surname reading (曾 zeng,
    /// 单 shan), imported through `xuexi-dash import` as a clerk would.
    static func importedStreet() throws -> Setup {
        var setup = try setup()
        let directory = (setup.config as NSString).deletingLastPathComponent
        let files = [
            "orgs.csv": """
            组织编码,组织名称,上级组织编码,组织类型,应学人数,党员人数
            XX,西乡街道党工委,,街道,,
            XX01,田田社区党委,XX,社区,,
            XX0101,第一党支部,XX01,党支部,3,1
            XX02,盐田社区党委,XX,社区,,
            XX0201,第一党支部,XX02,党支部,2,1

            """,
            "learners.csv": """
            学员编号,姓名,组织编码,政治面貌,手机号,帮带人编号,注册日期
            L01,张伟,XX0101,中共党员,13800000001,,2024-01-01
            L02,曾静怡,XX0101,群众,13800000002,L01,2024-01-01
            L03,单丽,XX0101,群众,13800000003,L01,2024-01-01
            L04,王芳,XX0201,中共党员,13800000004,,2024-01-01
            L05,田甜,XX0201,群众,13800000005,L04,2024-01-01

            """,
            "points-2026-11-19.csv": """
            日期,学员编号,当日积分,总积分
            2026-11-19,L01,30,9000
            2026-11-19,L02,25,8000
            2026-11-19,L03,0,7000
            2026-11-19,L04,41,12000
            2026-11-19,L05,12,3000

            """,
        ]
        var paths: [String] = []
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            let path = directory + "/" + name
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        setup.store = directory + "/street.sqlite"
        try DashboardEndToEndTests.runCommand(["import", "--store", setup.store] + paths)
        return setup
    }

    @Test func pinyinSearchFindsUnitsByInitialsAndFullPinyinAndLearnersByInitials() throws {
        let setup = try Self.importedStreet()
        let tmux = try Self.open(setup)
        defer { tmux.close() }
        #expect(tmux.waitForText("组织 · 当日"))
        for query in ["ttsq", "tiantian"] {
            tmux.sendKeys("/")
            #expect(tmux.waitForText("搜索组织和学员"))
            tmux.type(query)
            // ttsq names the unit alone; tiantian also finds the learner 田甜 (a shorter name, listed first).
            let row = query == "ttsq" ? "› [组织] 田田社区党委 XX01  西乡街道党工委" : "[组织] 田田社区党委 XX01"
            #expect(tmux.waitForText(row), "\(query) should find 田田社区党委")
            if query == "tiantian" { #expect(tmux.waitForText("› [学员] 田甜 L05  盐田社区党委/第一党支部")) }
            tmux.sendKeys("Escape")
            #expect(tmux.waitForTextToDisappear("搜索组织和学员"))
        }
        // Learners by initials, the surname read as a surname (曾 zeng, not ceng), with their path.
        for (initials, name, code) in [("zjy", "曾静怡", "L02"), ("sl", "单丽", "L03"), ("zw", "张伟", "L01")] {
            tmux.sendKeys("/")
            tmux.type(initials)
            #expect(
                tmux.waitForText("› [学员] \(name) \(code)  田田社区党委/第一党支部"), "\(initials) should find \(name)")
            tmux.sendKeys("Escape")
            #expect(tmux.waitForTextToDisappear("搜索组织和学员"))
        }
        tmux.sendKeys("/")
        tmux.type("zjy")
        #expect(tmux.waitForText("[学员] 曾静怡"))
        tmux.sendKeys("Enter")
        #expect(tmux.waitForText("曾静怡 L02"))
        tmux.sendKeys("q")
        DashboardEndToEndTests.expectGivenBack(tmux, statuses: [0])
    }

    @Test func copyPutsTheViewsCompactNoteOnTheClipboardThroughOSC52() throws {
        let setup = try Self.setup()
        let tmux = try Self.open(setup)
        defer { tmux.close() }
        tmux.serverCommand("set-option", "-g", "set-clipboard", "on")
        #expect(tmux.waitForText("组织 · 当日"))
        tmux.sendKeys("c")
        #expect(tmux.waitForText("已复制简报"))
        // tmux with set-clipboard on keeps an application's OSC 52 copy as its newest buffer.
        var copied: String?
        tmux.waitUntil(timeout: 10) { _ in
            copied = tmux.serverCommand("show-buffer")
            return copied?.isEmpty == false
        }
        let configuration = try AppConfiguration.load(flag: setup.config)
        let builder = ReportBuilder(store: try XuexiStore.open(path: setup.store), configuration: configuration)
        let expected = try builder.chatNote(builder.build(.daily), style: .compact, language: .zh).plainText
        #expect(copied == expected)
        #expect(expected.contains("每日一督"))

        // Export: the same view as files in the configured folder, the toast naming the path.
        tmux.sendKeys("x")
        #expect(tmux.waitForText("已导出"))
        let files = (try? FileManager.default.contentsOfDirectory(atPath: setup.exports)) ?? []
        #expect(files.contains { $0.hasSuffix(".xlsx") } && files.contains { $0.hasSuffix(".md") }, "\(files)")
        let markdown = try #require(files.first { $0.hasSuffix(".md") })
        let written = try String(contentsOfFile: setup.exports + "/" + markdown, encoding: .utf8)
        let report = try builder.render(builder.build(.daily), format: .md, language: .zh)
        #expect(written == String(decoding: report, as: UTF8.self))
        tmux.sendKeys("q")
        DashboardEndToEndTests.expectGivenBack(tmux, statuses: [0])
    }
}
