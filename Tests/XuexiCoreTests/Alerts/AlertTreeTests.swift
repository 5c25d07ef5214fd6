import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiModel

/// Grouping along the tree (`AlertFixture.tree()`: S → C → P → G, study groups of 10):
/// inhibition, folding below the supervised levels, most children sharing a condition,
/// and no condition lost against the per-unit conditions.
@Suite("Alert tree grouping")
struct AlertTreeTests {
    func ids(_ alerts: [Alert]) -> Set<String> { Set(alerts.map(\.id)) }

    /// Every condition inside the stored alerts, as "rule|org".
    func expandedKeys(_ alerts: [Alert]) -> Set<String> {
        Set(alerts.flatMap { alert in alert.expanded().map { "\(alert.rule.rawValue)|\($0.orgCode)" } })
    }

    /// G111 at 2 of 10 (floor), everyone else 9 of 10: the study group is below the supervised
    /// levels, so its condition is raised at P11 (which is itself fine on the floor) with G111 inside.
    @Test func studyGroupsFoldIntoTheirBranch() throws {
        let fixture = try AlertFixture.tree()
        try fixture.importDay("2026-11-10", AlertFixture.activity(["G111": 2], fallback: 9))
        try fixture.evaluate("2026-11-10")
        let alerts = try fixture.engine.alerts()
        #expect(!alerts.contains { $0.orgCode?.hasPrefix("G") == true })
        let floor = try #require(try fixture.engine.alert(id: "activity.below_floor:P11"))
        #expect(floor.figures.holdsItself == false)
        #expect(floor.figures.members?.map(\.orgCode) == ["G111"])
        #expect(floor.figures.members?.first?.figures.rate == 0.2)
        #expect(floor.figures.members?.first?.figures.shortfall == 2)
        #expect(floor.message(.zh) == "下属 1 个单位活跃度低于底线 40.0%")
        // P11 itself (11 of 20 = 55%) is below the target: its own alert, no members.
        let target = try #require(try fixture.engine.alert(id: "activity.below_target:P11"))
        #expect(target.figures.rate == 0.55)
        #expect(target.figures.members == nil)
        #expect(target.message(.zh) == "活跃度 55.0% 低于目标 70.0%（11/20 人）；差 3 人达到 70.0%")
    }

    /// C2 at 3 of 10 everywhere: C2's floor alert inhibits those of P21, P22 and their groups.
    @Test func aUnitInhibitsTheSameRuleBelowIt() throws {
        let fixture = try AlertFixture.tree()
        let c2 = ["G211": 3, "G212": 3, "G221": 3, "G222": 3]
        try fixture.importDay("2026-11-10", AlertFixture.activity(c2, fallback: 9))
        try fixture.evaluate("2026-11-10")
        let alerts = try fixture.engine.alerts()
        #expect(alerts.filter { $0.rule == .activityBelowFloor }.map(\.id) == ["activity.below_floor:C2"])
        let floor = try #require(try fixture.engine.alert(id: "activity.below_floor:C2"))
        #expect(floor.figures.holdsItself == nil)
        #expect(floor.figures.members?.map(\.orgCode) == ["P21", "G211", "G212", "P22", "G221", "G222"])
        #expect(floor.message(.zh).hasSuffix("下属 6 个单位同样活跃度低于底线 40.0%"))
        #expect(AlertGroup.build(alerts).first?.title(.zh) == "活跃度低于底线：1 个社区、2 个党支部、4 个学习小组")
    }

    /// C1 and C2 at 6 of 10, C3 at 10 of 10: S (73.3%) is above the target, but two of its
    /// three communities are not: one alert at S says so.
    @Test func mostChildrenSharingAConditionFoldIntoTheParent() throws {
        let fixture = try AlertFixture.tree()
        let counts = Dictionary(uniqueKeysWithValues: AlertFixture.treeGroups.map { ($0, $0.hasPrefix("G3") ? 10 : 6) })
        try fixture.importDay("2026-11-10", AlertFixture.activity(counts, fallback: 10))
        try fixture.evaluate("2026-11-10")
        let alerts = try fixture.engine.alerts().filter { $0.rule == .activityBelowTarget }
        #expect(alerts.map(\.id) == ["activity.below_target:S"])
        let fold = alerts[0].figures
        #expect(fold.holdsItself == false)
        #expect(fold.childCount == 3)
        #expect(fold.childrenHolding == 2)
        #expect(fold.childType == "社区")
        #expect(fold.members?.count == 2 + 4 + 8)
        #expect(alerts[0].message(.zh).hasPrefix("3 个社区中 2 个活跃度低于目标 70.0%（本级 73.3%）"))
        #expect(AlertGroup.build(alerts)[0].title(.zh) == "活跃度未达标：2 个社区、4 个党支部、8 个学习小组")
    }

    /// Every community below the activity and registration targets: one group per rule, at the street.
    @Test func aStreetBelowTargetEverywhereIsOneGroupPerRule() throws {
        let fixture = try AlertFixture.tree(expected: 12)
        try fixture.importDay("2026-11-10", AlertFixture.activity([:], fallback: 6))
        try fixture.evaluate("2026-11-10")
        let groups = AlertGroup.build(try fixture.engine.alerts()).filter {
            $0.rule == .activityBelowTarget || $0.rule == .registrationBelowTarget
        }
        #expect(Set(groups.map(\.rule)) == [.activityBelowTarget, .registrationBelowTarget] && groups.count == 2)
        #expect(groups.allSatisfy { $0.depth == 0 && $0.alerts.map(\.orgCode) == ["S"] })
        // 3 communities, 6 branches and 12 study groups listed inside each.
        #expect(groups.allSatisfy { $0.alerts[0].figures.members?.count == 21 })
    }

    /// Nine days of varied activity: the members of every alert, expanded, are exactly the
    /// per-unit conditions (and each org's inactive learners) for the same thresholds.
    @Test func expandingLosesNoCondition() throws {
        let fixture = try AlertFixture.tree(expected: 11)
        let day = Day(iso: "2026-11-10")!
        for offset in 0..<9 {
            let counts = Dictionary(
                uniqueKeysWithValues: AlertFixture.treeGroups.enumerated().map { index, group in
                    (group, offset == 8 ? (index * 3) % 11 : 7 + (index + offset) % 4)
                })
            try fixture.importDay(day.adding(offset - 8).iso, AlertFixture.activity(counts, fallback: 0))
        }
        try fixture.evaluate(day.iso)
        let engine = fixture.engine
        let snapshot = try engine.metrics.snapshot()
        let (units, _) = try engine.unitConditions(day: day, snapshot: snapshot)
        var expected = Set(units.map { "\($0.rule.rawValue)|\(snapshot.tree.orgs[$0.index].code)" })
        let inactive = try engine.metrics.inactiveLearners(scope: nil, day: day, minimumDays: 3)
        expected.formUnion(inactive.map { "learner.inactive|\($0.orgCode)" })
        let alerts = try engine.alerts().filter { $0.rule != .dataStale }
        #expect(Set(units.map(\.rule)).count >= 3, "the scenario should raise several rules")
        #expect(expandedKeys(alerts) == expected)
        // Triage never exceeds rules × levels rows: 4 org rules × 3 levels, inactive learners
        // at 3 levels, anomalies and staleness one group each.
        let groups = AlertGroup.build(try engine.alerts())
        #expect(groups.count <= 4 * 3 + 3 + 2)
        #expect(Set(groups.map(\.id)).count == groups.count)
        // Each learner is listed once.
        let learners = alerts.flatMap { $0.figures.learners ?? [] }.map(\.learnerId)
        #expect(learners.count == Set(learners).count && learners.count == inactive.count)
    }
}
