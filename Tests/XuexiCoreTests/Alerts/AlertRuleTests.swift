import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiModel

/// Hand-checked examples for each rule of SPEC §5 on the standard fixture
/// (R = A + B; A expects 10, B expects 12; 10 learners each).
@Suite("Alert rules")
struct AlertRuleTests {
    func ids(_ alerts: [Alert]) -> Set<String> { Set(alerts.map(\.id)) }

    /// A: 6 of 10 active (60%), B: 3 of 10 (30%), R: 9 of 20 (45%).
    @Test func belowFloorAndBelowTarget() throws {
        let fixture = try AlertFixture.standard()
        try fixture.importDay("2026-11-10", AlertFixture.active("A", 6) + AlertFixture.active("B", 3))
        let result = try fixture.evaluate("2026-11-10")
        let alerts = try fixture.engine.alerts()
        // R's own alerts inhibit A's target and B's registration alerts, which are listed inside.
        #expect(ids(alerts) == ["activity.below_floor:B", "activity.below_target:R", "registration.below_target:R"])
        #expect(Set(result.opened) == ids(alerts))

        let floor = try #require(try fixture.engine.alert(id: "activity.below_floor:B"))
        #expect(floor.rule == .activityBelowFloor)
        #expect(floor.severity == .critical)
        #expect(floor.state == .open)
        #expect(floor.orgCode == "B")
        #expect(floor.orgName == "第二党支部")
        #expect(floor.firstSeen == Day(iso: "2026-11-10"))
        #expect(floor.lastSeen == Day(iso: "2026-11-10"))
        #expect(floor.figures.rate == 0.3)
        #expect(floor.figures.threshold == 0.4)
        #expect(floor.figures.active == 3)
        #expect(floor.figures.registered == 10)
        // 4 of 10 would reach the floor: one learner short.
        #expect(floor.figures.shortfall == 1)
        #expect(
            floor.message(.en)
                == "activity rate 30.0% below the floor 40.0% (3 of 10 active); 1 more needed to reach 40.0%")
        #expect(floor.message(.zh) == "活跃度 30.0% 低于底线 40.0%（3/10 人）；差 1 人达到 40.0%")
        #expect(floor.figureText(.zh) == "30.0%")

        let target = try #require(try fixture.engine.alert(id: "activity.below_target:R"))
        #expect(target.severity == .warning)
        #expect(target.figures.rate == 0.45)
        #expect(target.figures.threshold == 0.7)
        #expect(target.figures.active == 9)
        #expect(target.figures.registered == 20)
        #expect(target.figures.shortfall == 5)
        #expect(target.figures.members?.map(\.orgCode) == ["A"])
        #expect(target.figures.members?.first?.figures.rate == 0.6)
        #expect(target.figures.members?.first?.figures.shortfall == 1)
        #expect(
            target.message(.zh)
                == "活跃度 45.0% 低于目标 70.0%（9/20 人）；差 5 人达到 70.0%；下属 1 个单位同样活跃度低于目标 70.0%")

        let group = try #require(try fixture.engine.alert(id: "registration.below_target:R"))
        #expect(group.figures.rate == 20.0 / 22.0)
        #expect(group.figures.shortfall == 2)
        let registration = try #require(group.figures.members?.first)
        #expect(group.figures.members?.count == 1)
        #expect(registration.orgCode == "B")
        #expect(registration.figures.rate == 10.0 / 12.0)
        #expect(registration.figures.expected == 12)
        #expect(registration.figures.registered == 10)
        #expect(
            Alert.memberMessage(rule: .registrationBelowTarget, registration, language: .en)
                == "registration rate 83.3% below the target 100.0% (10 of 12 registered); 2 more needed to reach 100.0%"
        )
    }

    /// Exactly at the target is not below it: 7 of 10 is 70%.
    @Test func rateAtTheTargetRaisesNothing() throws {
        let fixture = try AlertFixture.standard()
        try fixture.importDay("2026-11-10", AlertFixture.active("A", 7) + AlertFixture.active("B", 8))
        try fixture.evaluate("2026-11-10")
        #expect(ids(try fixture.engine.alerts()) == ["registration.below_target:R"])
        #expect(try fixture.engine.alert(id: "registration.below_target:R")?.figures.members?.map(\.orgCode) == ["B"])
    }

    /// Seven days with A at 90% and B at 80% (R 85%), then A 70%, B 70% (R 70%):
    /// A fell 20 points, R exactly 15 (fires), B 10 (does not).
    /// B05 and B10 never studied: 8 days inactive; B09 only missed the last day.
    @Test func dropAndInactiveLearners() throws {
        let fixture = try AlertFixture.standard()
        var bUsual = AlertFixture.active("B", 10)
        bUsual["B05"] = nil
        bUsual["B10"] = nil
        for day in 2...8 {
            try fixture.importDay(String(format: "2026-11-%02d", day), AlertFixture.active("A", 9) + bUsual)
        }
        var bLast = bUsual
        bLast["B09"] = nil
        try fixture.importDay("2026-11-09", AlertFixture.active("A", 7) + bLast)
        try fixture.evaluate("2026-11-09")

        // R's drop inhibits A's, which is listed inside it; B's 10 points is no drop.
        let dropR = try #require(try fixture.engine.alert(id: "activity.drop:R"))
        #expect(dropR.severity == .warning)
        #expect(dropR.figures.shortfall == 3)
        #expect(dropR.figures.members?.map(\.orgCode) == ["A"])
        let dropA = try #require(dropR.figures.members?.first?.figures)
        #expect(dropA.rate == 0.7)
        #expect(abs((dropA.referenceMean ?? 0) - 0.9) < 1e-12)
        #expect(dropA.referenceDays == 7)
        #expect(abs((dropA.drop ?? 0) - 0.2) < 1e-12)
        #expect(dropA.shortfall == 2)
        #expect(
            Alert.unitMessage(rule: .activityDrop, figures: dropA, language: .en)
                == "activity rate 70.0%, down 20.0 points on the previous 7 days' mean of 90.0%")
        #expect(
            Alert.unitMessage(rule: .activityDrop, figures: dropA, language: .zh)
                == "活跃度 70.0%，较前 7 日均值 90.0% 下降 20.0 个百分点")
        #expect(try fixture.engine.alert(id: "activity.drop:A") == nil)
        #expect(try fixture.engine.alert(id: "activity.drop:B") == nil)

        let inactive = try #require(try fixture.engine.alert(id: "learner.inactive:B"))
        #expect(inactive.severity == .info)
        #expect(inactive.figures.inactiveDays == 3)
        #expect(inactive.figures.learners?.map(\.learnerId) == ["B05", "B10"])
        #expect(inactive.figures.learners?.map(\.inactiveDays) == [8, 8])
        #expect(inactive.figures.learners?.first?.mentorId == "B01")
        #expect(inactive.figures.learners?.first?.mentorName == "徐志强")
        #expect(inactive.message(.zh) == "2 名学员连续 3 天及以上未学习：高峰（帮带人 徐志强）、罗红")
        #expect(inactive.message(.en) == "2 learners without points for 3 days or more: 高峰 (mentor 徐志强), 罗红")
        // A10 never studied either, and is grouped under its own org.
        #expect(try fixture.engine.alert(id: "learner.inactive:A")?.figures.learners?.map(\.learnerId) == ["A10"])
        #expect(try fixture.engine.alert(id: "learner.inactive:R") == nil)
    }

    /// 张伟 (A03) earns 75 points, above the daily maximum of 60: one alert for the import and
    /// kind, with the count and the rows; a corrected file clears it.
    @Test func anomalyNamesLearnerAndImportAndClearsWhenCorrected() throws {
        let fixture = try AlertFixture.standard()
        try fixture.importDay("2026-11-09", AlertFixture.active("A", 10) + AlertFixture.active("B", 10))
        let base = fixture.totals["A03"]!
        try fixture.importDay("2026-11-10", AlertFixture.active("A", 10) + AlertFixture.active("B", 10) + ["A03": 75])
        let importId = try fixture.store.changeStamp()
        try fixture.evaluate("2026-11-10")

        let id = "data.anomaly:2026-11-10:\(importId):over_daily_maximum"
        let anomaly = try #require(try fixture.engine.alert(id: id))
        #expect(anomaly.severity == .warning)
        #expect(anomaly.orgCode == nil)
        #expect(anomaly.figures.importId == importId)
        #expect(anomaly.figures.anomalyCount == 1)
        #expect(
            anomaly.figures.anomalies == [
                AlertAnomaly(
                    kind: .overDailyMaximum, value: 75, reference: 60, importId: importId,
                    file: "2026-11-10.csv", learnerId: "A03", learnerName: "张伟")
            ])
        #expect(
            anomaly.message(.en)
                == "1 learners with anomalies (import #\(importId) 2026-11-10.csv, 2026-11-10): 张伟 (A03) day points 75 above the daily maximum 60"
        )
        #expect(
            anomaly.message(.zh)
                == "1 名学员数据异常（导入 #\(importId) 2026-11-10.csv，2026-11-10）：张伟 (A03) 当日积分 75 超过上限 60")

        try fixture.importDay(
            "2026-11-10", AlertFixture.active("A", 10) + AlertFixture.active("B", 10) + ["A03": 30],
            totals: ["A03": base + 30], fileName: "fixed/2026-11-10.csv")
        let result = try fixture.evaluate("2026-11-10")
        #expect(result.resolved == [id])
        let resolved = try #require(try fixture.engine.alert(id: id))
        #expect(resolved.state == .resolved)
        #expect(resolved.resolvedOn == Day(iso: "2026-11-10"))
    }

    /// Total points going down is an anomaly of its own kind, with the previous total as reference.
    @Test func totalGoingDown() throws {
        let fixture = try AlertFixture.standard()
        try fixture.importDay("2026-11-09", AlertFixture.active("A", 10) + AlertFixture.active("B", 10))
        let previous = fixture.totals["B02"]!
        try fixture.importDay(
            "2026-11-10", AlertFixture.active("A", 10) + AlertFixture.active("B", 10) + ["B02": 0],
            totals: ["B02": previous - 50])
        let importId = try fixture.store.changeStamp()
        try fixture.evaluate("2026-11-10")
        let anomaly = try #require(
            try fixture.engine.alert(id: "data.anomaly:2026-11-10:\(importId):total_decreased"))
        #expect(anomaly.figures.anomalies?.map(\.kind) == [.totalDecreased])
        #expect(anomaly.figures.anomalies?.first?.learnerId == "B02")
        #expect(anomaly.figures.anomalies?.first?.value == previous - 50)
        #expect(anomaly.figures.anomalies?.first?.reference == previous)
        #expect(anomaly.message(.en).hasSuffix("孙丽 (B02) total points \(previous - 50) below the previous \(previous)"))
    }

    @Test func staleData() throws {
        let fixture = try AlertFixture.standard()
        try fixture.importDay("2026-11-02", AlertFixture.active("A", 10) + AlertFixture.active("B", 10))
        try fixture.importDay("2026-11-03", AlertFixture.active("A", 10) + AlertFixture.active("B", 10))
        try fixture.evaluate("2026-11-03", now: AlertFixture.morningAfter("2026-11-04", hour: 9))
        #expect(try fixture.engine.alert(id: "data.stale") == nil)

        try fixture.evaluate("2026-11-03", now: AlertFixture.morningAfter("2026-11-04", hour: 11))
        let stale = try #require(try fixture.engine.alert(id: "data.stale"))
        #expect(stale.severity == .critical)
        #expect(stale.orgCode == nil)
        #expect(stale.firstSeen == Day(iso: "2026-11-05"))
        #expect(stale.figures.missingDay == true)
        #expect(stale.figures.requiredDay == "2026-11-04")
        #expect(stale.figures.lastDataDay == "2026-11-03")
        #expect(stale.figures.storeUnchanged == nil)
        #expect(stale.message(.en) == "no points for 2026-11-04 (latest data 2026-11-03)")

        try fixture.evaluate("2026-11-03", now: AlertFixture.morningAfter("2026-11-05", hour: 9))
        let worse = try #require(try fixture.engine.alert(id: "data.stale"))
        #expect(worse.lastSeen == Day(iso: "2026-11-06"))
        #expect(worse.figures.storeUnchanged == true)
        #expect(worse.figures.hoursSinceImport == 57)
        #expect(
            worse.message(.en)
                == "no points for 2026-11-04 (latest data 2026-11-03); store unchanged for 57 hours (limit 36 hours)")
        #expect(worse.message(.zh) == "缺少 2026-11-04 的积分数据（最新数据为 2026-11-03）；数据库已 57 小时未更新（上限 36 小时）")

        try fixture.importDay("2026-11-04", AlertFixture.active("A", 10) + AlertFixture.active("B", 10))
        try fixture.importDay("2026-11-05", AlertFixture.active("A", 10) + AlertFixture.active("B", 10))
        let result = try fixture.evaluate("2026-11-05", now: AlertFixture.morningAfter("2026-11-05", hour: 9))
        #expect(result.resolved == ["data.stale"])
        #expect(try fixture.engine.alert(id: "data.stale")?.resolvedOn == Day(iso: "2026-11-06"))
    }

    /// A store that has never imported anything is new, not stale.
    @Test func emptyStoreIsNotStale() throws {
        let fixture = try AlertFixture()
        try fixture.engine.evaluate(
            day: Day(iso: "2026-11-10")!, now: AlertFixture.morningAfter("2026-11-12"), timeZone: AlertFixture.zone)
        #expect(try fixture.engine.alerts(state: .all).isEmpty)
    }

    @Test func thresholdsComeFromTheConfiguration() throws {
        let fixture = try AlertFixture.standard()
        fixture.configuration.activityFloor = 0.25
        fixture.configuration.activityTarget = 0.5
        fixture.configuration.registrationTarget = 0.8
        try fixture.importDay("2026-11-10", AlertFixture.active("A", 6) + AlertFixture.active("B", 3))
        try fixture.evaluate("2026-11-10")
        // B 30%: above the 25% floor, below the 50% target; R 45% below target (B inside it);
        // B's 83.3% registration meets 80%.
        #expect(ids(try fixture.engine.alerts()) == ["activity.below_target:R"])
        #expect(try fixture.engine.alert(id: "activity.below_target:R")?.figures.members?.map(\.orgCode) == ["B"])
    }
}
