import Testing
import Widgets
import XuexiModel
import XuexiTestSupport

@testable import Dashboard
@testable import XuexiCore
@testable import XuexiStore

/// The dashboard's figures come from the functions reports use, and what it names can be
/// told apart (issue #11).
@Suite struct FiguresBehaviourTests {
    @Test func weekChangesAreTheReportsComparison() throws {
        let fixture = try DashboardFixture()
        let data = DashboardDataSource(store: fixture.store, configuration: fixture.configuration, mode: .inline)
        let week = Period(kind: .week, containing: DashboardFixture.lastDay)
        let model = try #require(data.orgTree(period: week, scope: nil).value)
        let direct = try data.metrics.periodComparison(
            period: week, lastDataDay: model.table.lastDataDay, scope: nil, rows: model.rows)
        #expect(model.comparison == direct)
        // Thursday: the previous week is cut to its first four days, and every org has a change.
        #expect(model.comparison?.sameDays == true)
        #expect(model.comparison?.first == "2026-11-09" && model.comparison?.last == "2026-11-12")
        #expect(model.comparison?.changes.count == model.rows.count)
        let day = try #require(
            data.orgTree(period: Period(kind: .day, containing: DashboardFixture.lastDay), scope: nil).value)
        #expect(day.comparison == nil)
    }

    @Test func unitLabelsAreTheReportsNamesAndTellBranchesApart() throws {
        let fixture = try DashboardFixture()
        let data = DashboardDataSource(store: fixture.store, configuration: fixture.configuration, mode: .inline)
        let model = try #require(
            data.orgTree(period: Period(kind: .day, containing: DashboardFixture.lastDay), scope: nil).value)
        #expect(model.label(code: "B11") == "东风社区党委/第一党支部")
        #expect(model.label(code: "B21") == "红旗社区党委/第一党支部")
        #expect(model.label(code: "B12") == "第二党支部")
        #expect(model.label(code: "R") == "示范街道党工委")
    }

    @Test func labelsAreCutFromTheLeft() {
        #expect(TopLearnersPane.leadingCut("田田社区党委/第二党支部/第三学习小组", to: 40) == "田田社区党委/第二党支部/第三学习小组")
        #expect(TopLearnersPane.leadingCut("田田社区党委/第二党支部/第三学习小组", to: 26) == "…/第二党支部/第三学习小组")
        #expect(TopLearnersPane.leadingCut("东风社区党委/第一党支部", to: 22) == "…风社区党委/第一党支部")
        #expect(TopLearnersPane.leadingCut("田田社区党委/第二党支部/第三学习小组", to: 14) == "…/第三学习小组")
        #expect(TopLearnersPane.leadingCut("田田社区党委/第二党支部/第三学习小组", to: 9) == "…学习小组")
    }

    @Test func sparklinesUseTheirOwnWeekAtLeastFivePointsTall() {
        let dip = OrgTreePane.sparklineRange([0.78, 0.77, 0.74, 0.78])
        #expect(abs((dip.low ?? 0) - 0.735) < 1e-9 && abs((dip.high ?? 0) - 0.785) < 1e-9)
        let wide = OrgTreePane.sparklineRange([0.30, nil, 0.60])
        #expect(wide.low == 0.30 && wide.high == 0.60)
        #expect(OrgTreePane.sparklineRange([nil, nil]).low == nil)
    }

    @Test func topLearnersKeepTheCommunityAndTheGroup() {
        let path = "田田社区党委/第二党支部/第三学习小组"
        #expect(TopLearnersPane.headAndTailCut(path, to: 40) == path)
        #expect(TopLearnersPane.headAndTailCut(path, to: 18) == "田田…/第三学习小组")
        #expect(TopLearnersPane.headAndTailCut(path, to: 22) == "田田…支部/第三学习小组")
        // Narrower than the group's name: the group by number (第三小组), not 学习小组.
        #expect(TopLearnersPane.headAndTailCut(path, to: 15) == "田田…/第三小组")
        #expect(TopLearnersPane.headAndTailCut(path, to: 13) == "田田…第三小组")
        // Too narrow for both ends: the end wins.
        #expect(TopLearnersPane.headAndTailCut(path, to: 9) == "…学习小组")
    }

    @Test func theConsoleRankingIsShownBesideOursWithItsDay() throws {
        let fixture = try DashboardFixture()
        let importId = try #require(try fixture.store.importRecords().last?.id)
        try fixture.store.importTransaction(dryRun: false, phases: PhaseTimes()) { transaction in
            try transaction.replaceConsoleRanking(
                day: Day(year: 2026, month: 11, day: 18),
                entries: [
                    ConsoleRankingEntry(
                        rank: 1, orgName: "第二党支部", consoleOrgId: "9", avgScore: 21.5, preDiffScore: nil),
                    ConsoleRankingEntry(
                        rank: 2, orgName: "第一党支部", consoleOrgId: "8", avgScore: 20.25, preDiffScore: 1.25),
                ], importId: importId)
        }
        let own = fixture.controller(initialOrg: "B11").screen(columns: 120, rows: 40)
        #expect(
            own[7]
                == "│    │                                                          ⠧⠤⠤⠤⠤⠤⠤⠤⠤⠤││后台排名 2/2（11-18）人均 20.25 分         │"
        )
        // 红旗社区党委's 第一党支部 has the same name but is not among the ranked siblings.
        let other = fixture.controller(initialOrg: "B21").screen(columns: 120, rows: 40)
        #expect(!other.joined().contains("后台排名"))
    }
}
