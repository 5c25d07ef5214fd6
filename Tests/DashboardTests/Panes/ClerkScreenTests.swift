import Foundation
import Testing
import Widgets
import XuexiCore
import XuexiModel
import XuexiStore
import XuexiTestSupport

@testable import Dashboard

/// The clerk's screen (#15) at 80×24, 120×40 and 200×60: names in natural and pinyin order,
/// pinyin search with paths, the footer keeping ? and q, the help listing the key table,
/// toasts in the footer line, mentors' phones masked.
@Suite struct ClerkScreenTests {
    static let sizes = [(80, 24), (120, 40), (200, 60)]

    /// Units whose code-point order is wrong: 第三 < 第二 < 第十, and numbered branches.
    static let extraOrgs = """
        B13,第十党支部,C1,党支部,2,1
        B14,第十一党支部,C1,党支部,2,1
        B15,第三党支部,C1,党支部,2,1
        B22,党支部00012,C2,党支部,2,1
        B23,党支部00005,C2,党支部,2,1

        """

    /// The names of `candidates` in the order they appear in the left pane (first occurrence,
    /// by row; the right-hand pane, cut off at "││", names units and mentors too).
    static func order(of candidates: [String], in lines: [String]) -> [String] {
        var seen: [String] = []
        for fullLine in lines {
            // A tree row may start with "││" (border and branch line): look for the split after it.
            let body = fullLine.dropFirst(1)
            let line = body.range(of: "││").map { String(body[..<$0.lowerBound]) } ?? String(body)
            // Longest first, so 第十一党支部 is not read as 第十…
            let sorted = candidates.sorted { $0.count > $1.count }
            var rest = line
            while let name = sorted.first(where: { rest.contains($0) }) {
                if !seen.contains(name) { seen.append(name) }
                rest = rest.replacingOccurrences(of: name, with: "")
            }
        }
        return seen
    }

    @Test func unitNamesSortInNaturalOrderAtEverySize() throws {
        let fixture = try DashboardFixture(extraOrgs: Self.extraOrgs)
        for (columns, rows) in Self.sizes {
            let controller = fixture.controller()
            // Open every org, then `s` to the name column (tree, rates, average, registered, rank, name).
            controller.press("e s s s s s s", columns: columns, rows: rows)
            #expect(controller.state.orgs.sort == .name)
            let lines = controller.screen(columns: columns, rows: rows)
            let east = ["第一党支部", "第二党支部", "第三党支部", "第十党支部", "第十一党支部"]
            #expect(Self.order(of: east, in: lines) == east, "\(columns)×\(rows)")
            #expect(Self.order(of: ["党支部00005", "党支部00012"], in: lines) == ["党支部00005", "党支部00012"])
        }
    }

    @Test func membersSortByNameInPinyinOrderAtEverySize() throws {
        let fixture = try DashboardFixture()
        for (columns, rows) in Self.sizes {
            let controller = fixture.controller(initialOrg: "B11")
            // Day points, 14-day points, total, name.
            controller.press("s s s", columns: columns, rows: rows)
            let lines = controller.screen(columns: columns, rows: rows)
            // Code-point order would be 刘 张 李 王; pinyin reads li, liu, wang, zhang.
            #expect(
                Self.order(of: ["张伟", "李娜", "王芳", "刘洋"], in: lines) == ["李娜", "刘洋", "王芳", "张伟"],
                "\(columns)×\(rows)")
        }
    }

    @Test func searchFindsByPinyinAndInitialsAndShowsThePath() throws {
        let fixture = try DashboardFixture()
        for (columns, rows) in Self.sizes {
            let controller = fixture.controller()
            controller.press("/ d f s q", columns: columns, rows: rows)
            var lines = controller.screen(columns: columns, rows: rows)
            #expect(screen(lines, contains: "› [组织] 东风社区党委 C1  示范街道党工委"), "\(columns)×\(rows)")
            controller.press("Escape / d o n g f e n g", columns: columns, rows: rows)
            lines = controller.screen(columns: columns, rows: rows)
            #expect(screen(lines, contains: "› [组织] 东风社区党委 C1"))
            // A learner by initials, with the path of their unit.
            controller.press("Escape / z w", columns: columns, rows: rows)
            lines = controller.screen(columns: columns, rows: rows)
            #expect(screen(lines, contains: "› [学员] 张伟 L01  东风社区党委/第一党支部"), "\(columns)×\(rows)")
            controller.press("Enter", columns: columns, rows: rows)
            guard case .learner(let learner)? = controller.state.routes.last else {
                Issue.record("zw did not open 张伟")
                continue
            }
            #expect(learner.learnerId == "L01")
        }
    }

    @Test func searchRanksExactCodeThenPrefixThenInitials() {
        let entries = [
            SearchEntry(kind: .org, code: "TT", name: "天通社区党委", orgCode: "TT", context: ""),
            SearchEntry(kind: .org, code: "X1", name: "田田社区党委", orgCode: "X1", context: ""),
            SearchEntry(kind: .org, code: "X2", name: "ttsq学习小组", orgCode: "X2", context: ""),
            SearchEntry(kind: .org, code: "X3", name: "西乡街道", orgCode: "X3", context: ""),
        ]
        let index = SearchIndex(orgs: entries)
        #expect(index.search("ttsq", limit: 10).entries.map(\.code) == ["X2", "TT", "X1"])
        #expect(index.search("tiantian", limit: 10).entries.map(\.code) == ["X1"])
        #expect(index.search("tt", limit: 10).entries.map(\.code).first == "TT")
        #expect(index.search("田田", limit: 10).entries.map(\.code) == ["X1"])
        #expect(index.search("xxjd", limit: 10).total == 1)
    }

    @Test func footerKeepsHelpAndQuitAtEighty() throws {
        let fixture = try DashboardFixture()
        for language in [Language.zh, .en] {
            for org in [nil, "B11"] {
                let controller = fixture.controller(language: language, initialOrg: org)
                for columns in [80, 120, 200] {
                    let footer = controller.screen(columns: columns, rows: columns == 80 ? 24 : 40).last ?? ""
                    let help = language == .zh ? "? 帮助" : "? Help"
                    let quit = language == .zh ? "q 退出" : "q Quit"
                    #expect(footer.contains(help) && footer.contains(quit), "\(language) \(columns): \(footer)")
                }
            }
        }
    }

    @Test func helpOverlayListsTheWholeKeyTableAtEverySize() throws {
        let fixture = try DashboardFixture()
        let text = DashboardText(language: .zh)
        for (columns, rows) in Self.sizes {
            let controller = fixture.controller()
            controller.press("?", columns: columns, rows: rows)
            let lines = controller.screen(columns: columns, rows: rows)
            for binding in KeyBindings.all {
                #expect(screen(lines, contains: binding.label), "\(columns)×\(rows) lacks \(binding.label)")
                let description = String(text(binding.descriptionKey).prefix(4))
                #expect(screen(lines, contains: description), "\(columns)×\(rows) lacks \(description)")
            }
        }
    }

    @Test func refreshSaysSoInTheFooterLineWithoutCoveringPanes() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        let before = controller.screen(columns: 80, rows: 24)
        controller.press("r", columns: 80, rows: 24)
        let after = controller.screen(columns: 80, rows: 24)
        #expect(after.last?.contains("已刷新") == true, "\(after.last ?? "")")
        #expect(after.last?.contains("q 退出") == true)
        #expect(Array(after.dropLast()) == Array(before.dropLast()))
    }

    @Test func inactiveListShowsTheMentorsPhoneMaskedUnlessConfigured() throws {
        let fixture = try DashboardFixture()
        // 王芳 (L03) stopped five days ago; her mentor is 张伟 (L01, 13800000001).
        var lines = fixture.controller(initialOrg: "B11").screen(columns: 120, rows: 40)
        #expect(screen(lines, contains: "张伟 138****0001"))
        #expect(!screen(lines, contains: "13800000001"))
        fixture.configuration.showPhones = true
        lines = fixture.controller(initialOrg: "B11").screen(columns: 120, rows: 40)
        #expect(screen(lines, contains: "张伟 13800000001"))
    }
}

/// Enter on the 数据未更新 alert opens the import list.
@Suite struct DataAlertImportListTests {
    @Test func enterOnTheStaleDataAlertOpensTheImportList() throws {
        let fixture = try DashboardFixture()
        // Three days later with nothing new: yesterday's points are missing.
        let later = DashboardFixture.now.addingTimeInterval(3 * 86_400)
        try AlertEngine(store: fixture.store, configuration: fixture.configuration).evaluate(
            days: [DashboardFixture.lastDay], now: later, timeZone: DashboardFixture.timeZone)
        let controller = fixture.controller()
        controller.press("Tab Tab", columns: 120, rows: 40)
        let rows = controller.reducerContext().view.main?.alertRows ?? []
        let stale = try #require(
            rows.firstIndex {
                if case .group(let group) = $0 { return group.alerts.contains { $0.rule == .dataStale } }
                return false
            })
        controller.press(Array(repeating: "j", count: stale).joined(separator: " ") + " Enter", columns: 120, rows: 40)
        guard case .imports? = controller.state.overlay else {
            Issue.record("Enter on 数据未更新 did not open the import list: \(String(describing: controller.state.overlay))")
            return
        }
        let lines = controller.screen(columns: 120, rows: 40)
        #expect(screen(lines, contains: "导入记录（最新在上）"))
        #expect(screen(lines, contains: "points-2026-11-19"), "\(lines.joined(separator: "\n"))")
        controller.press("Escape", columns: 120, rows: 40)
        #expect(controller.state.overlay == nil)
    }
}

/// `c` and `x` take the view out through the `report` command's code.
@Suite struct CopyAndExportTests {
    @Test func copyIsTheCompactNoteOfTheBranchReviewedAndPeriodShown() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller(initialOrg: "C1")
        controller.press("w c")
        let copied = try #require(controller.takeClipboard())
        let builder = ReportBuilder(store: fixture.store, configuration: fixture.configuration)
        let report = try builder.build(.weekly, date: DashboardFixture.lastDay, org: "C1")
        #expect(copied == (try builder.chatNote(report, style: .compact, language: .zh).plainText))
        #expect(controller.takeClipboard() == nil)
        #expect(controller.screen(columns: 120, rows: 40).last?.contains("已复制简报") == true)
    }

    @Test func exportWritesTheViewsReportWithTheLeagueInTheTreesOrder() throws {
        let fixture = try DashboardFixture()
        let folder = fixture.directory.appendingPathComponent("exports")
        fixture.configuration.exportDirectory = folder.path
        let controller = fixture.controller()
        // Activity rate, then reversed: 红旗 (66.7%) before 东风 (85.7%), the opposite of the ranks.
        controller.press("s S x")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["report-daily-R-2026-11-19.md", "report-daily-R-2026-11-19.xlsx"])
        let markdown = try String(contentsOf: folder.appendingPathComponent(files[0]), encoding: .utf8)
        let east = try #require(markdown.range(of: "东风社区党委"))
        let red = try #require(markdown.range(of: "红旗社区党委"))
        #expect(red.lowerBound < east.lowerBound)
        #expect(controller.screen(columns: 120, rows: 40).last?.contains("已导出") == true)
    }
}

@Suite struct ClipboardHelpTests {
    /// Inside tmux without `set-clipboard on`, the help says why `c` cannot reach the desktop.
    @Test func helpSaysWhenTmuxWillNotPassTheCopyOn() throws {
        let fixture = try DashboardFixture()
        for reaches in [false, true] {
            var environment = fixture.environment()
            environment.clipboardReachesDesktop = reaches
            let controller = DashboardController(
                data: DashboardDataSource(store: fixture.store, configuration: fixture.configuration, mode: .inline),
                state: DashboardState(), environment: environment)
            controller.press("?", columns: 120, rows: 40)
            let lines = controller.screen(columns: 120, rows: 40)
            #expect(screen(lines, contains: "c 复制需 set-clipboard") == !reaches)
            controller.press("Escape c", columns: 120, rows: 40)
            let footer = controller.screen(columns: 120, rows: 40).last ?? ""
            #expect(footer.contains(reaches ? "已复制简报" : "tmux 未开启 set-clipboard"), "\(footer)")
        }
    }
}

@Suite struct BranchSummaryWidthTests {
    /// "同级排名 2/2▼1  落后25.0个百分点" does not fit 26 cells: the gap takes its own line, whole.
    @Test func theGapIsNeverCut() throws {
        let fixture = try DashboardFixture()
        let data = DashboardDataSource(store: fixture.store, configuration: fixture.configuration, mode: .inline)
        let model = try #require(data.orgTree(period: .day(DashboardFixture.lastDay), scope: nil).value)
        let context = PaneContext(
            theme: .default, text: DashboardText(language: .zh), configuration: fixture.configuration,
            now: DashboardFixture.now, timeZone: DashboardFixture.timeZone)
        for width in [28, 40] {
            var buffer = ScreenBuffer(width: width, height: 14)
            BranchSummaryPane(model: .loaded(model, isCurrent: true), orgCode: "B11", period: .day)
                .render(in: Rect(x: 0, y: 0, width: width, height: 14), buffer: &buffer, context: context)
            let lines = buffer.lines()
            #expect(screen(lines, contains: "落后25.0个百分点"), "\(width): \(lines.joined(separator: "\n"))")
            #expect(screen(lines, contains: "同级排名 2/2▼1"))
        }
    }
}
