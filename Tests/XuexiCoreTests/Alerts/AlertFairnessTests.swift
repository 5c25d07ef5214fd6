import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiModel

/// Small units judged by the shortfall, not a size cut; duration in days of data;
/// partial days provisional.
@Suite("Alert fairness and days")
struct AlertFairnessTests {
    /// R → G29, G30, G31 (their sizes) and H (100 learners, all active, so R itself is fine).
    func sizes() throws -> AlertFixture {
        var orgs = AlertFixture.orgsHeader + "R,大营村党委,,村,,\n"
        for size in [29, 30, 31] { orgs += "G\(size),\(size)人学习小组,R,学习小组,\(size),\n" }
        orgs += "H,百人学习小组,R,学习小组,100,\n"
        let fixture = try AlertFixture.custom(orgs: orgs, groups: [("G29", 29), ("G30", 30), ("G31", 31), ("H", 100)])
        fixture.configuration.alertMinimumShortfall = 3
        return fixture
    }

    /// Units holding the rule, with their shortfall, from every alert's members.
    func holding(_ fixture: AlertFixture, _ rule: AlertRule) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for alert in try fixture.engine.alerts() where alert.rule == rule {
            for member in alert.expanded() { result[member.orgCode] = member.figures.shortfall }
        }
        return result
    }

    /// About 60% active: 4, 3 and 3 learners short of 70% — all three raised, 29 like 30.
    @Test func aGroupOf29IsJudgedLikeOneOf30() throws {
        let fixture = try sizes()
        try fixture.importDay(
            "2026-11-10",
            AlertFixture.activeIn("G29", 17) + AlertFixture.activeIn("G30", 18) + AlertFixture.activeIn("G31", 19)
                + AlertFixture.activeIn("H", 100))
        try fixture.evaluate("2026-11-10")
        #expect(try holding(fixture, .activityBelowTarget) == ["G29": 4, "G30": 3, "G31": 3])
        let member = try #require(
            try fixture.engine.alerts().first { $0.rule == .activityBelowTarget }?.figures.members?.first)
        #expect(
            Alert.memberMessage(rule: .activityBelowTarget, member, language: .zh)
                == "活跃度 58.6% 低于目标 70.0%（17/29 人）；差 4 人达到 70.0%")
    }

    /// About 66% active: 2, 1 and 1 learners short — none raised, whatever the size.
    @Test func aSmallShortfallRaisesNothingAtAnySize() throws {
        let fixture = try sizes()
        try fixture.importDay(
            "2026-11-10",
            AlertFixture.activeIn("G29", 19) + AlertFixture.activeIn("G30", 20) + AlertFixture.activeIn("G31", 21)
                + AlertFixture.activeIn("H", 100))
        try fixture.evaluate("2026-11-10")
        #expect(try holding(fixture, .activityBelowTarget).isEmpty)
    }

    @Test func shortfallIsLearnersMissingToReachTheThreshold() {
        #expect(AlertEngine.shortfall(threshold: 0.7, total: 29, have: 17) == 4)
        #expect(AlertEngine.shortfall(threshold: 0.7, total: 30, have: 21) == 0)
        #expect(AlertEngine.shortfall(threshold: 0.4, total: 10, have: 3) == 1)
        #expect(AlertEngine.shortfall(threshold: 1.0, total: 12, have: 10) == 2)
    }

    /// B below the floor on 11-02, 11-05 and 11-06, with no data on 11-03 and 11-04: three
    /// days of data. An alert first and last seen on one day is one day old, however long ago.
    @Test func durationCountsDaysWithData() throws {
        let fixture = try AlertFixture.standard()
        for day in ["2026-11-02", "2026-11-05", "2026-11-06"] {
            try fixture.importDay(day, AlertFixture.active("A", 9) + AlertFixture.active("B", 3))
            try fixture.evaluate(day)
        }
        let floor = try #require(try fixture.engine.alerts().first { $0.id == "activity.below_floor:B" })
        #expect(floor.firstSeen == Day(iso: "2026-11-02") && floor.lastSeen == Day(iso: "2026-11-06"))
        #expect(floor.daysOfData == 3)

        try fixture.importDay("2026-11-07", AlertFixture.active("A", 9) + AlertFixture.active("B", 9))
        try fixture.evaluate("2026-11-07")
        try fixture.importDay("2026-11-23", AlertFixture.active("A", 9) + AlertFixture.active("B", 3))
        try fixture.evaluate("2026-11-23", now: AlertFixture.morningAfter("2026-12-01"))
        let again = try #require(try fixture.engine.alerts().first { $0.id == "activity.below_floor:B" })
        #expect(again.firstSeen == Day(iso: "2026-11-23") && again.lastSeen == Day(iso: "2026-11-23"))
        #expect(again.daysOfData == 1)
    }

    /// A day still arriving (evaluated during the day itself) raises nothing new and settles
    /// nothing; what was open is refreshed and marked provisional. The complete day does the rest.
    @Test func aPartialDayIsProvisional() throws {
        let fixture = try AlertFixture.standard()
        try fixture.importDay("2026-11-02", AlertFixture.active("A", 9) + AlertFixture.active("B", 9))
        try fixture.evaluate("2026-11-02")
        #expect(try fixture.engine.alerts().map(\.id) == ["registration.below_target:R"])

        try fixture.importDay("2026-11-03", AlertFixture.active("A", 9) + AlertFixture.active("B", 3))
        let afternoon = AlertFixture.morningAfter("2026-11-02", hour: 15)
        let partial = try fixture.evaluate("2026-11-03", now: afternoon)
        #expect(partial.opened.isEmpty && partial.reopened.isEmpty && partial.resolved.isEmpty)
        let registration = try #require(try fixture.engine.alert(id: "registration.below_target:R"))
        #expect(registration.figures.provisional == true)
        #expect(registration.lastSeen == Day(iso: "2026-11-03"))
        #expect(registration.message(.zh).hasPrefix("（当日数据未完整）"))
        #expect(try fixture.engine.alert(id: "activity.below_floor:B") == nil)

        let complete = try fixture.evaluate("2026-11-03")
        #expect(complete.opened.contains("activity.below_floor:B"))
        #expect(try fixture.engine.alert(id: "registration.below_target:R")?.figures.provisional == nil)
    }
}
