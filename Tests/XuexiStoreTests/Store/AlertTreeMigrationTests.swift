import Foundation
import GRDB
import Testing

@testable import XuexiModel
@testable import XuexiStore

/// `v2-alert-groups`: acknowledgements, notes and snoozes of per-unit alerts carry over to
/// the group alert that now contains their unit and rule; and the alert stamp that open
/// dashboards poll moves with every alert change.
@Suite("Store: alert migration and stamp")
struct AlertTreeMigrationTests {
    /// S (depth 0) → C (1) → P (2) → G (3).
    func store() throws -> XuexiStore {
        let store = try XuexiStore.inMemory()
        try store.writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO org (id, code, name, parent_id, type) VALUES
                    (1, 'S', '街道', NULL, '街道'), (2, 'C', '社区', 1, '社区'),
                    (3, 'P', '支部', 2, '党支部'), (4, 'G', '小组', 3, '学习小组');
                    """)
        }
        return store
    }

    func insert(
        _ store: XuexiStore, _ id: String, org: Int64, state: String, by: String? = nil, note: String? = nil,
        snoozed: Int? = nil
    ) throws {
        let rule = String(id.split(separator: ":")[0])
        try store.writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO alert (id, rule, severity, org_id, state, first_seen, last_seen, figures,
                                       acknowledged_by, acknowledged_at, note, snoozed_until)
                    VALUES (?, ?, 'warning', ?, ?, 100, 101, '{}', ?, ?, ?, ?)
                    """,
                arguments: [id, rule, org, state, by, by.map { _ in "2026-11-10T01:00:00Z" }, note, snoozed])
        }
    }

    @Test func acksNotesAndSnoozesCarryOverToTheContainingGroup() throws {
        let store = try store()
        try insert(store, "activity.below_floor:G", org: 4, state: "acknowledged", by: "王书记", note: "已提醒")
        try insert(store, "activity.below_target:P", org: 3, state: "snoozed", snoozed: 120)
        try insert(store, "registration.below_target:C", org: 2, state: "open")
        try insert(store, "registration.below_target:P", org: 3, state: "acknowledged", by: "李委员", note: "在补录")
        try insert(store, "learner.inactive:G", org: 4, state: "open", note: "已通知帮带人")
        try store.writer.write { db in try AlertTreeMigration.migrate(db) }

        // A study group (depth 3) is folded into its branch's alert, created for it.
        #expect(try store.alertRecord(id: "activity.below_floor:G") == nil)
        let floor = try #require(try store.alertRecord(id: "activity.below_floor:P"))
        #expect(floor.state == "acknowledged" && floor.acknowledgedBy == "王书记" && floor.note == "已提醒")
        #expect(floor.firstSeen == Day(number: 100) && floor.lastSeen == Day(number: 101))
        // A supervised unit without a holding ancestor keeps its own alert.
        #expect(try store.alertRecord(id: "activity.below_target:P")?.snoozedUntil == Day(number: 120))
        // Under C's alert of the same rule, P's acknowledgement moves to C's.
        #expect(try store.alertRecord(id: "registration.below_target:P") == nil)
        let registration = try #require(try store.alertRecord(id: "registration.below_target:C"))
        #expect(registration.state == "acknowledged" && registration.acknowledgedBy == "李委员")
        #expect(registration.note == "在补录")
        // Inactive learners go to the nearest supervised unit, note and all.
        #expect(try store.alertRecord(id: "learner.inactive:G") == nil)
        #expect(try store.alertRecord(id: "learner.inactive:P")?.note == "已通知帮带人")
    }

    @Test func theAlertStampMovesWithEveryChange() throws {
        let store = try store()
        let start = try store.alertStamp()
        try store.reconcileAlerts { _ in
            [
                .open(
                    AlertValues(
                        id: "a", rule: "activity.below_floor", severity: "critical", orgId: 3, seen: Day(number: 100),
                        figures: "{}"))
            ]
        }
        let afterEvaluation = try store.alertStamp()
        #expect(afterEvaluation > start)
        try store.reconcileAlerts { _ in [] }
        #expect(try store.alertStamp() == afterEvaluation, "an evaluation that changes nothing leaves it")
        try store.editAlert(id: "a", .acknowledge(by: "x", at: "2026-11-10T00:00:00Z", note: nil)) { _ in }
        #expect(try store.alertStamp() > afterEvaluation)
    }
}
