import Foundation
import Testing
import Widgets
import XuexiCore
import XuexiModel
import XuexiTestSupport

@testable import Dashboard

/// No blank flashes (#15): with data loading in the background, a walk over days, periods,
/// boards and a branch review records every frame as the loop would draw it (right after the
/// key, then as results arrive); no pane may be blank or say "loading" in any of them once
/// the screen has first filled.
@Suite struct NoBlankFrameTests {
    static let sparkBlocks = Set("▁▂▃▄▅▆▇█")

    /// What makes a frame blank somewhere: a loading notice, the tree's 7-day column empty, no
    /// learner in the top learners pane, no member in the branch review.
    static func blankPanes(_ lines: [String], branch: Bool) -> [String] {
        var problems: [String] = []
        if screen(lines, contains: "加载中…") { problems.append("a pane says loading") }
        if branch {
            if !screen(lines, contains: "张伟") && !screen(lines, contains: "陈静") { problems.append("no members") }
            if !screen(lines, contains: "近30日活跃度") { problems.append("no chart") }
        } else {
            let root = lines.first { $0.contains("示范街道党工委") && $0.contains("%") } ?? ""
            if !root.contains(where: { sparkBlocks.contains($0) }) { problems.append("7-day sparkline blank") }
            if !lines.contains(where: { $0.contains("│  1 ") }) { problems.append("top learners blank") }
        }
        return problems
    }

    @Test func noPaneIsBlankInAnyFrameOfADayAndBoardWalk() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller(mode: .background)
        let (columns, rows) = (120, 40)
        var frame = controller.render(columns: columns, rows: rows).lines()
        for _ in 0..<50 where NoBlankFrameTests.blankPanes(frame, branch: false).count > 0 {
            _ = controller.settle(milliseconds: 2_000)
            frame = controller.render(columns: columns, rows: rows).lines()
        }
        #expect(Self.blankPanes(frame, branch: false).isEmpty, "the first screen never filled")
        // Days back and forth, periods, the boards (Tab to the learners pane, → through the
        // tabs), then a branch review and its days.
        let walk = "[ [ w m y d ] . Tab l l l h S-Tab [ w d . Enter [ [ w d ] . Escape ["
        var recorded: [(String, [String], Bool)] = []
        for name in walk.split(separator: " ").map(String.init) {
            guard let key = Key(scriptName: name) else {
                Issue.record("unknown key \(name)")
                continue
            }
            _ = controller.handle(.key(key))
            let inBranch = controller.state.currentBranch != nil
            // The frame the loop draws at once, then those drawn as results come in.
            recorded.append((name, controller.render(columns: columns, rows: rows).lines(), inBranch))
            for _ in 0..<20 where controller.hasPendingWork {
                _ = controller.settle(milliseconds: 50)
                recorded.append((name, controller.render(columns: columns, rows: rows).lines(), inBranch))
            }
        }
        #expect(recorded.count >= walk.split(separator: " ").count)
        #expect(recorded.contains { $0.0 == "[" && $0.2 }, "the walk reached the branch review")
        // Opening a branch never seen before is a first load, not a change of day or board.
        for (index, (key, lines, inBranch)) in recorded.enumerated() where key != "Enter" {
            let problems = Self.blankPanes(lines, branch: inBranch)
            #expect(problems.isEmpty, "frame \(index) after \(key): \(problems)\n\(lines.joined(separator: "\n"))")
        }
    }
}
