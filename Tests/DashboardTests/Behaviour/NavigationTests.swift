import Foundation
import Testing
import Widgets
import XuexiTestSupport

@testable import Dashboard
@testable import XuexiCore
@testable import XuexiModel

/// Keys and what they do to the state, checked through the controller as the loop drives it.
@Suite struct NavigationTests {
    @Test func arrowsMoveTheSelectionAndRightExpands() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        controller.press("j")
        #expect(controller.state.orgs.selection.id == "C1")
        controller.press("l")
        #expect(controller.state.orgs.expanded.contains("C1"))
        controller.press("l")
        #expect(controller.state.orgs.selection.id == "B11")
        controller.press("h")
        #expect(controller.state.orgs.selection.id == "C1")
        controller.press("h")
        #expect(!controller.state.orgs.expanded.contains("C1"))
        controller.press("G")
        #expect(controller.state.orgs.selection.id == "C2")
        controller.press("g")
        #expect(controller.state.orgs.selection.id == "R")
    }

    @Test func selectionAndScrollSurviveSortingAndFiltering() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        controller.press("e j j j")
        let selected = controller.state.orgs.selection.id
        #expect(selected == "B12")
        // Sorting moves rows around; the selected org stays selected wherever it lands.
        controller.press("s s")
        #expect(controller.state.orgs.sort == .averagePoints)
        #expect(controller.state.orgs.selection.id == selected)
        controller.press("S")
        #expect(controller.state.orgs.selection.id == selected)
        let lines = controller.screen(columns: 120, rows: 40)
        #expect(screen(lines, contains: "日均▲"))
    }

    @Test func tabCyclesPanesAndTheFooterFollows() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        #expect(controller.state.focus == .orgs)
        controller.press("Tab")
        #expect(controller.state.focus == .learners)
        #expect(screen(controller.screen(columns: 120, rows: 40), contains: "←→ 榜单"))
        controller.press("Tab")
        #expect(controller.state.focus == .alerts)
        #expect(screen(controller.screen(columns: 120, rows: 40), contains: "a 确认"))
        controller.press("S-Tab S-Tab")
        #expect(controller.state.focus == .orgs)
    }

    @Test func leaderboardTabsAndFilters() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        controller.press("Tab l l l")
        #expect(controller.state.learners.kind == .total)
        controller.press("f")
        #expect(controller.state.learners.filter == .party)
        let lines = controller.screen(columns: 120, rows: 40)
        #expect(screen(lines, contains: "学习榜 · 党员"))
        // Party members only: 张伟 (L01) is one, 李娜 (L02) is not.
        #expect(screen(lines, contains: "张伟"))
        #expect(!screen(lines, contains: "李娜"))
        // Phones are never on screen.
        #expect(!lines.contains { $0.contains("1380000") })
    }

    @Test func daysStepThroughDataDaysAndDotReturnsToLive() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        controller.press("[")
        #expect(controller.state.pinnedDay == DashboardFixture.lastDay.adding(-1))
        #expect(controller.render(columns: 120, rows: 40).lines()[0].contains("11-18"))
        #expect(controller.render(columns: 120, rows: 40).lines()[0].contains("历史"))
        controller.press("]")
        #expect(controller.state.pinnedDay == nil)
        controller.press("[ [ .")
        #expect(controller.state.pinnedDay == nil)
        #expect(controller.render(columns: 120, rows: 40).lines()[0].contains("实时"))
    }

    @Test func weekAndMonthPeriodsAverageTheDays() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        controller.press("w")
        #expect(controller.state.period == .week)
        #expect(controller.state.learners.kind == .week)
        let lines = controller.screen(columns: 120, rows: 40)
        #expect(screen(lines, contains: "组织 · 本周均值"))
        controller.press("m d")
        #expect(controller.state.period == .day)
        // `y`: the calendar year to date, top learners by total points.
        controller.press("y")
        #expect(controller.state.period == .year)
        #expect(controller.state.learners.kind == .total)
        #expect(screen(controller.screen(columns: 120, rows: 40), contains: "组织 · 本年均值"))
    }

    @Test func searchJumpsToAnOrgAndOpensALearner() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        controller.press("/ B 2 1 Enter")
        #expect(controller.state.overlay == nil)
        #expect(controller.state.orgs.selection.id == "B21")
        #expect(controller.state.orgs.expanded.contains("C2"))
        controller.press("/ 王 芳 Enter")
        guard case .learner(let learner)? = controller.state.routes.last else {
            Issue.record("expected the learner detail")
            return
        }
        #expect(learner.learnerId == "L03")
        let lines = controller.screen(columns: 120, rows: 40)
        #expect(screen(lines, contains: "王芳 L03"))
        #expect(screen(lines, contains: "138****0003"))
        controller.press("Escape")
        #expect(controller.state.routes.isEmpty)
    }

    @Test func languageThemeAndMouseKeys() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        controller.press("L")
        #expect(controller.state.language == .en)
        #expect(screen(controller.screen(columns: 120, rows: 40), contains: "Organizations · day"))
        #expect(controller.press("M") == [.setMouse(false)])
        #expect(screen(controller.screen(columns: 120, rows: 40), contains: "mouse off"))
        #expect(controller.press("q") == [.quit])
        #expect(controller.press("F10") == [.quit])
        #expect(controller.press("C-c") == [.quit])
    }

    @Test func mouseClickSelectsAndWheelScrolls() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        _ = controller.render(columns: 120, rows: 40)
        // Row 5 of the screen is the org pane's third data row (红旗社区党委).
        #expect(controller.handle(.mouse(.click(x: 10, y: 5))) == .redraw)
        #expect(controller.state.orgs.selection.id == "C2")
        _ = controller.render(columns: 120, rows: 40)
        #expect(controller.handle(.mouse(.wheelUp(x: 10, y: 5))) == .redraw)
        #expect(controller.state.orgs.selection.id == "R")
        // A click on a leaderboard tab switches the board.
        _ = controller.render(columns: 120, rows: 40)
        let tabs = controller.reducerContext().layout.tabsArea
        #expect(controller.handle(.mouse(.click(x: tabs.x + 9, y: tabs.y))) == .redraw)
        #expect(controller.state.learners.kind == .week)
    }

    @Test func everyKeyInTheHelpDoesWhatItSays() {
        for binding in KeyBindings.all {
            for key in binding.keys {
                #expect(KeyBindings.action(for: key) != nil, "\(binding.label): \(key) does nothing")
            }
            #expect(!binding.descriptionKey.text(.zh).isEmpty)
        }
        // htop's function keys are all there.
        for number in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] {
            #expect(KeyBindings.action(for: .function(number)) != nil, "F\(number)")
        }
    }

    /// Every key that does something is in the key table (and so in the help): g/G, Ctrl-B/F, < >…
    @Test func everyKeyThatActsIsInTheKeyTable() {
        var candidates: [Key] = [
            .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .insert, .delete, .backspace, .enter,
            .escape, .tab, .backTab,
        ]
        candidates += (32...126).compactMap { Unicode.Scalar($0).map { Key.character(Character($0)) } }
        candidates += "abcdefghijklmnopqrstuvwxyz".map { Key.ctrl($0) }
        candidates += (1...12).map { Key.function($0) }
        let listed = Set(KeyBindings.all.flatMap(\.keys))
        for key in candidates where KeyBindings.action(for: key) != nil {
            #expect(listed.contains(key), "\(KeyBinding.name(of: key)) acts but is not in the key table")
        }
    }
}

/// docs/KEYS.md is the README's key list: every key of the help overlay must be in it.
@Suite struct KeyDocumentationTests {
    @Test func keysDocumentMentionsEveryBinding() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/KEYS.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for binding in KeyBindings.all {
            for key in binding.keys {
                let name = KeyBinding.name(of: key)
                #expect(text.contains("`\(name)`"), "docs/KEYS.md does not mention \(name) (\(binding.label))")
            }
        }
    }
}
