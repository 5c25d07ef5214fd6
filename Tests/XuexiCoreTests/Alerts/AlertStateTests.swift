import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiModel
@testable import XuexiStore

/// The life cycle of SPEC §5: stable ids, acknowledge, snooze and its expiry, automatic
/// resolution and reopening, and what evaluating an earlier day may not change.
@Suite("Alert states")
struct AlertStateTests {
    static let floorB = "activity.below_floor:B"

    /// B below the floor (3 of 10) on each listed day, healthy (9 of 10) on the others; A always fine.
    func fixture(floorDays: [Int], healthyDays: [Int] = []) throws -> AlertFixture {
        let fixture = try AlertFixture.standard()
        for day in (floorDays + healthyDays).sorted() {
            let b = floorDays.contains(day) ? 3 : 9
            try fixture.importDay(
                String(format: "2026-11-%02d", day), AlertFixture.active("A", 9) + AlertFixture.active("B", b))
        }
        return fixture
    }

    @Test func idsAreStableAcrossEvaluations() throws {
        let fixture = try fixture(floorDays: [2])
        let first = try fixture.evaluate("2026-11-02")
        let before = try fixture.engine.alerts(state: .all)
        let second = try fixture.evaluate("2026-11-02")
        let after = try fixture.engine.alerts(state: .all)
        #expect(!first.opened.isEmpty)
        #expect(second.opened.isEmpty && second.reopened.isEmpty && second.resolved.isEmpty)
        #expect(before == after)
        // A fresh engine (another process, the dashboard) sees the same ids.
        #expect(try AlertEngine(store: fixture.store).alerts(state: .all).map(\.id) == after.map(\.id))
    }

    @Test func acknowledgeKeepsWhileTheConditionHolds() throws {
        let fixture = try fixture(floorDays: [2, 3])
        try fixture.evaluate("2026-11-02")
        let at = Date(timeIntervalSince1970: Double(Day(iso: "2026-11-03")!.number) * 86_400 + 3600)
        let acknowledged = try fixture.engine.acknowledge(id: Self.floorB, note: " 已电话提醒 ", by: "王书记", at: at)
        #expect(acknowledged.state == .acknowledged)
        #expect(acknowledged.acknowledgedBy == "王书记")
        #expect(acknowledged.acknowledgedAt == "2026-11-03T01:00:00Z")
        #expect(acknowledged.note == "已电话提醒")

        try fixture.evaluate("2026-11-03")
        let later = try #require(try fixture.engine.alert(id: Self.floorB))
        #expect(later.state == .acknowledged)
        #expect(later.firstSeen == Day(iso: "2026-11-02"))
        #expect(later.lastSeen == Day(iso: "2026-11-03"))
        #expect(later.note == "已电话提醒")
        #expect(try fixture.engine.alerts(state: .open).map(\.id).contains(Self.floorB) == false)
        #expect(try fixture.engine.alerts(state: .acknowledged).map(\.id) == [Self.floorB])
    }

    @Test func snoozeExpiresWhenTheDayHasPassed() throws {
        let fixture = try fixture(floorDays: [2, 3, 4])
        try fixture.evaluate("2026-11-02")
        let snoozed = try fixture.engine.snooze(id: Self.floorB, until: Day(iso: "2026-11-03")!)
        #expect(snoozed.state == .snoozed)
        #expect(snoozed.snoozedUntil == Day(iso: "2026-11-03"))

        let onTheDay = try fixture.evaluate("2026-11-03")
        #expect(onTheDay.unsnoozed.isEmpty)
        #expect(try fixture.engine.alert(id: Self.floorB)?.state == .snoozed)

        let after = try fixture.evaluate("2026-11-04")
        #expect(after.unsnoozed == [Self.floorB])
        let reopened = try #require(try fixture.engine.alert(id: Self.floorB))
        #expect(reopened.state == .open)
        #expect(reopened.snoozedUntil == nil)
        #expect(reopened.firstSeen == Day(iso: "2026-11-02"))
    }

    @Test func snoozedAlertWhoseConditionClearsIsResolved() throws {
        let fixture = try fixture(floorDays: [2], healthyDays: [3])
        try fixture.evaluate("2026-11-02")
        try fixture.engine.snooze(id: Self.floorB, until: Day(iso: "2026-11-10")!)
        #expect(try fixture.evaluate("2026-11-03").resolved.contains(Self.floorB))
        #expect(try fixture.engine.alert(id: Self.floorB)?.state == .resolved)
        #expect(try fixture.engine.alert(id: Self.floorB)?.snoozedUntil == nil)
    }

    @Test func resolvesAutomaticallyAndReopens() throws {
        let fixture = try fixture(floorDays: [2, 4], healthyDays: [3])
        try fixture.evaluate("2026-11-02")
        try fixture.engine.acknowledge(id: Self.floorB, note: "跟进中", by: "王书记")

        let cleared = try fixture.evaluate("2026-11-03")
        #expect(cleared.resolved.contains(Self.floorB))
        let resolved = try #require(try fixture.engine.alert(id: Self.floorB))
        #expect(resolved.state == .resolved)
        #expect(resolved.resolvedOn == Day(iso: "2026-11-03"))
        #expect(resolved.lastSeen == Day(iso: "2026-11-02"))
        // Kept in history, with who acknowledged it.
        #expect(resolved.note == "跟进中")
        #expect(try fixture.engine.alerts(state: .resolved).map(\.id).contains(Self.floorB))
        #expect(try fixture.engine.alerts().map(\.id).contains(Self.floorB) == false)

        let back = try fixture.evaluate("2026-11-04")
        // R (12 of 20 = 60%) was below target on the same days.
        #expect(Set(back.reopened) == [Self.floorB, "activity.below_target:R"])
        let reopened = try #require(try fixture.engine.alert(id: Self.floorB))
        #expect(reopened.state == .open)
        #expect(reopened.firstSeen == Day(iso: "2026-11-04"))
        #expect(reopened.resolvedOn == nil)
        #expect(reopened.note == nil && reopened.acknowledgedBy == nil)
    }

    /// Back-filling an old day must not reopen what a later day resolved, nor resolve what a
    /// later day saw.
    @Test func evaluatingAnEarlierDayChangesNoState() throws {
        let fixture = try fixture(floorDays: [2, 4], healthyDays: [3])
        try fixture.evaluate("2026-11-02")
        try fixture.evaluate("2026-11-03")
        try fixture.evaluate("2026-11-02")
        #expect(try fixture.engine.alert(id: Self.floorB)?.state == .resolved)

        try fixture.evaluate("2026-11-04")
        try fixture.evaluate("2026-11-03")
        let alert = try #require(try fixture.engine.alert(id: Self.floorB))
        #expect(alert.state == .open)
        #expect(alert.lastSeen == Day(iso: "2026-11-04"))
    }

    /// A day without data settles nothing about orgs.
    @Test func dayWithoutDataResolvesNothing() throws {
        let fixture = try fixture(floorDays: [2])
        try fixture.evaluate("2026-11-02")
        let result = try fixture.evaluate("2026-11-03", now: AlertFixture.morningAfter("2026-11-02"))
        #expect(result.resolved.isEmpty)
        #expect(try fixture.engine.alert(id: Self.floorB)?.state == .open)
    }

    @Test func multiDayEvaluationFollowsTheDaysInOrder() throws {
        let fixture = try fixture(floorDays: [2, 4], healthyDays: [3])
        let result = try fixture.engine.evaluate(
            days: [Day(iso: "2026-11-04")!, Day(iso: "2026-11-02")!, Day(iso: "2026-11-03")!],
            now: AlertFixture.morningAfter("2026-11-04"), timeZone: AlertFixture.zone)
        #expect(result.days.map(\.iso) == ["2026-11-02", "2026-11-03", "2026-11-04"])
        #expect(result.opened.contains(Self.floorB))
        #expect(result.resolved.contains(Self.floorB))
        #expect(result.reopened.contains(Self.floorB))
        #expect(try fixture.engine.alert(id: Self.floorB)?.firstSeen == Day(iso: "2026-11-04"))
    }

    @Test func refusals() throws {
        let fixture = try fixture(floorDays: [2, 3], healthyDays: [4])
        try fixture.evaluate("2026-11-02")
        try fixture.evaluate("2026-11-03")
        #expect(throws: AlertError.unknownId("activity.below_floor:Z")) {
            try fixture.engine.acknowledge(id: "activity.below_floor:Z", note: nil, by: "x")
        }
        #expect(
            throws: AlertError.snoozeEndsBeforeLastSeen(
                id: Self.floorB, until: Day(iso: "2026-11-02")!,
                lastSeen: Day(iso: "2026-11-03")!)
        ) {
            try fixture.engine.snooze(id: Self.floorB, until: Day(iso: "2026-11-02")!)
        }
        try fixture.evaluate("2026-11-04")
        #expect(throws: AlertError.resolved(Self.floorB)) {
            try fixture.engine.snooze(id: Self.floorB, until: Day(iso: "2026-11-30")!)
        }
        #expect(throws: AlertError.resolved(Self.floorB)) {
            try fixture.engine.acknowledge(id: Self.floorB, note: nil, by: "x")
        }
        #expect(
            AlertError.unknownId("X").message(.en)
                == "no alert with id X (xuexi-dash alerts --state all lists every id)")
    }

    @Test func scopeAndOrder() throws {
        let fixture = try AlertFixture.standard()
        try fixture.importDay("2026-11-02", AlertFixture.active("A", 6) + AlertFixture.active("B", 3))
        // Late enough that 11-03's points are missing: a store-wide alert, shown in every scope.
        try fixture.evaluate("2026-11-02", now: AlertFixture.morningAfter("2026-11-03", hour: 11))
        // A's target and B's registration are inside R's alerts of the same rules (inhibited).
        #expect(
            try fixture.engine.alerts().map(\.id) == [
                "data.stale", "activity.below_floor:B", "activity.below_target:R", "registration.below_target:R",
            ])
        // Scoped to A, R's alert shows from A (same id: acknowledging it acknowledges the group).
        let scoped = try fixture.engine.alerts(scope: "A")
        #expect(scoped.map(\.id) == ["data.stale", "activity.below_target:R"])
        #expect(scoped[1].orgCode == "A")
        #expect(scoped[1].figures.rate == 0.6)
        #expect(scoped[1].figures.members == nil)
        #expect(throws: UnknownOrganization.self) { try fixture.engine.alerts(scope: "Z") }
    }

    @Test func alertJSONUsesReadableDays() throws {
        let fixture = try fixture(floorDays: [2])
        try fixture.evaluate("2026-11-02")
        let alert = try #require(try fixture.engine.alert(id: Self.floorB))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(alert), as: UTF8.self)
        #expect(text.contains(#""firstSeen":"2026-11-02""#))
        #expect(try JSONDecoder().decode(Alert.self, from: Data(text.utf8)) == alert)
    }
}
