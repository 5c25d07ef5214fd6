import Foundation
import Testing

@testable import XuexiCore
@testable import XuexiModel
@testable import XuexiStore

/// The store's alert operations on their own, without the engine: what each change writes,
/// what the listings filter, and that a refused edit writes nothing.
@Suite("Store: alert states")
struct XuexiStoreAlertsTests {
    static let day = Day(iso: "2026-11-10")!

    static func values(_ id: String, seen: Day = day, figures: String = "{}") -> AlertValues {
        AlertValues(
            id: id, rule: "activity.below_floor", severity: "critical", orgId: nil, seen: seen, figures: figures)
    }

    func store(with changes: [AlertChange]) throws -> XuexiStore {
        let store = try XuexiStore.inMemory()
        try store.reconcileAlerts { stored in
            #expect(stored.isEmpty)
            return changes
        }
        return store
    }

    @Test func openWritesAnOpenAlertSeenOnTheDay() throws {
        let store = try store(with: [.open(Self.values("a", figures: #"{"rate":0.3}"#))])
        let record = try #require(try store.alertRecord(id: "a"))
        #expect(record.state == "open")
        #expect(record.rule == "activity.below_floor" && record.severity == "critical" && record.orgId == nil)
        #expect(record.firstSeen == Self.day && record.lastSeen == Self.day)
        #expect(record.figures == #"{"rate":0.3}"#)
        #expect(try store.alertRecord(id: "b") == nil)
    }

    @Test func reconcileHandsThePlanEveryStoredAlert() throws {
        let store = try store(with: [.open(Self.values("a")), .open(Self.values("b"))])
        var seen: [String] = []
        try store.reconcileAlerts { stored in
            seen = stored.map(\.id).sorted()
            return [.resolve(id: "b", on: Self.day.adding(1))]
        }
        #expect(seen == ["a", "b"])
        let resolved = try #require(try store.alertRecord(id: "b"))
        #expect(resolved.state == "resolved" && resolved.resolvedOn == Self.day.adding(1))
    }

    @Test func listingsFilterByState() throws {
        let store = try store(with: [.open(Self.values("a")), .open(Self.values("b")), .open(Self.values("c"))])
        try store.reconcileAlerts { _ in [.resolve(id: "c", on: Self.day)] }
        try store.editAlert(id: "b", .snooze(until: Self.day.adding(3))) { _ in }
        #expect(try store.alertRecords(.all).map(\.id).sorted() == ["a", "b", "c"])
        #expect(try store.alertRecords(.unresolved).map(\.id).sorted() == ["a", "b"])
        #expect(try store.alertRecords(.state("snoozed")).map(\.id) == ["b"])
        #expect(try store.alertRecords(.state("resolved")).map(\.id) == ["c"])
    }

    @Test func acknowledgeStoresWhoWhenAndNoteButNotAnEmptyNote() throws {
        let store = try store(with: [.open(Self.values("a")), .open(Self.values("b"))])
        try store.editAlert(id: "a", .acknowledge(by: "王书记", at: "2026-11-11T01:00:00Z", note: "已电话")) { _ in }
        try store.editAlert(id: "b", .acknowledge(by: "王书记", at: "2026-11-11T01:00:00Z", note: "")) { _ in }
        let a = try #require(try store.alertRecord(id: "a"))
        #expect(a.state == "acknowledged" && a.acknowledgedBy == "王书记" && a.acknowledgedAt == "2026-11-11T01:00:00Z")
        #expect(a.note == "已电话")
        #expect(try store.alertRecord(id: "b")?.note == nil)
    }

    @Test func aRefusedEditWritesNothing() throws {
        struct Refused: Error {}
        let store = try store(with: [.open(Self.values("a"))])
        var checked: AlertRecord?
        #expect(throws: Refused.self) {
            try store.editAlert(id: "a", .snooze(until: Self.day.adding(2))) { record in
                checked = record
                throw Refused()
            }
        }
        #expect(checked?.id == "a")
        #expect(try store.alertRecord(id: "a")?.state == "open")
        var checkedUnknown = false
        try store.editAlert(id: "zzz", .snooze(until: Self.day)) { record in
            #expect(record == nil)
            checkedUnknown = true
        }
        #expect(checkedUnknown)
    }

    @Test func refreshKeepsASnoozeEndOnlyWhileSnoozed() throws {
        let store = try store(with: [.open(Self.values("a")), .open(Self.values("b"))])
        let until = Self.day.adding(5)
        try store.editAlert(id: "a", .snooze(until: until)) { _ in }
        try store.editAlert(id: "b", .snooze(until: until)) { _ in }
        let next = Self.day.adding(1)
        try store.reconcileAlerts { _ in
            [
                .refresh(Self.values("a", seen: next, figures: #"{"rate":0.2}"#), state: "snoozed"),
                .refresh(Self.values("b", seen: next), state: "open"),
            ]
        }
        let a = try #require(try store.alertRecord(id: "a"))
        #expect(a.state == "snoozed" && a.snoozedUntil == until && a.lastSeen == next && a.figures == #"{"rate":0.2}"#)
        let b = try #require(try store.alertRecord(id: "b"))
        #expect(b.state == "open" && b.snoozedUntil == nil && b.firstSeen == Self.day)
    }

    @Test func reopenStartsANewEpisodeAndMoveFirstSeenReachesBack() throws {
        let store = try store(with: [.open(Self.values("a")), .open(Self.values("b"))])
        try store.editAlert(id: "a", .acknowledge(by: "me", at: "2026-11-10T02:00:00Z", note: "n")) { _ in }
        try store.reconcileAlerts { _ in [.resolve(id: "a", on: Self.day.adding(1))] }
        let later = Self.day.adding(4)
        try store.reconcileAlerts { _ in
            [.reopen(Self.values("a", seen: later)), .moveFirstSeen(id: "b", to: Self.day.adding(-2))]
        }
        let a = try #require(try store.alertRecord(id: "a"))
        #expect(a.state == "open" && a.firstSeen == later && a.lastSeen == later)
        #expect(a.acknowledgedBy == nil && a.acknowledgedAt == nil && a.note == nil && a.resolvedOn == nil)
        let b = try #require(try store.alertRecord(id: "b"))
        #expect(b.firstSeen == Self.day.adding(-2) && b.lastSeen == Self.day)
    }

    @Test func anEmptyStoreHasNoFiguresAnomaliesOrImports() throws {
        let store = try XuexiStore.inMemory()
        #expect(try store.orgDataDays().isEmpty)
        #expect(try store.latestDay() == nil)
        #expect(try store.orgDayFigures(on: Self.day).isEmpty)
        #expect(try store.anomalies(on: Self.day).isEmpty)
        #expect(try store.lastImportStartedAt() == nil)
        #expect(try store.organizations().isEmpty)
        #expect(try store.learnerCodes().isEmpty)
        #expect(try store.demoSignature() == nil)
        try store.setDemoSignature("city/30/1/2026-11-10")
        #expect(try store.demoSignature() == "city/30/1/2026-11-10")
    }
}
