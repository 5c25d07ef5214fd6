import Foundation
import GRDB
import XuexiModel

/// Why an import cannot be undone as asked.
public enum UndoRefusal: Error, Equatable, Sendable {
    /// No import with this id.
    case unknownImport(Int64)
    /// The import is older than the undo data kept (or predates it); `horizon` is the
    /// first import that can be undone.
    case tooOld(Int64, horizon: Int64)
    /// Later imports build on it (the same days, learners it added, rows it changed):
    /// undo them too with `--cascade`.
    case dependents(Int64, [Int64])
}

/// What an undo took back.
public struct UndoOutcome: Sendable, Equatable {
    /// The imports removed, latest first.
    public var undone: [Int64]
    /// Days whose rows changed and that still have data (alerts are evaluated for them).
    public var days: [Day]
    /// Days that have no data any more.
    public var removedDays: [Day]
}

extension XuexiStore {
    /// The latest import, nil when there is none.
    public func latestImportId() throws -> Int64? {
        try reader.read { db in try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM import_record") }
    }

    /// The imports after `id` that build on it, directly or through one another, in id order.
    public func undoDependents(of id: Int64) throws -> [Int64] {
        try reader.read { db in try XuexiStore.dependents(db, of: id) }
    }

    /// Takes back import `id` (and, with `cascade`, every later import that builds on it)
    /// in one transaction: the days it touched return to their state before it, the org,
    /// learner and move rows it changed to their prior version, the rows it added go; the
    /// running sums of later days and the daily figures are derived again.
    public func undoImport(_ id: Int64, cascade: Bool, parameters: AggregateParameters) throws -> UndoOutcome {
        try writeOutsideTransaction { db in
            var outcome: UndoOutcome?
            try db.inTransaction(.immediate) {
                guard
                    try Bool.fetchOne(
                        db, sql: "SELECT EXISTS (SELECT 1 FROM import_record WHERE id = ?)", arguments: [id]) == true
                else { throw UndoRefusal.unknownImport(id) }
                let horizon = Int64(try XuexiStore.meta(db, XuexiStore.undoHorizonKey) ?? "") ?? 0
                if id < horizon { throw UndoRefusal.tooOld(id, horizon: horizon) }
                let dependents = try XuexiStore.dependents(db, of: id)
                if !dependents.isEmpty && !cascade { throw UndoRefusal.dependents(id, dependents) }
                try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                let ids = ([id] + dependents).sorted(by: >)
                var days = Set<Int>()
                var rosterChanged = false
                for undone in ids {
                    days.formUnion(try XuexiStore.restoreDays(db, of: undone))
                    rosterChanged = try XuexiStore.restoreRoster(db, of: undone) || rosterChanged
                    try XuexiStore.restoreAlerts(db, of: undone)
                    for table in XuexiStore.undoDataTables + ["import_day"] {
                        try db.execute(sql: "DELETE FROM \(table) WHERE import_id = ?", arguments: [undone])
                    }
                    try db.execute(sql: "DELETE FROM import_record WHERE id = ?", arguments: [undone])
                }
                let kept = Set(try Int.fetchAll(db, sql: "SELECT DISTINCT day FROM points"))
                try XuexiStore.rederive(
                    db, days: days, kept: kept, rosterChanged: rosterChanged, parameters: parameters)
                outcome = UndoOutcome(
                    undone: ids, days: days.filter { kept.contains($0) }.sorted().map(Day.init(number:)),
                    removedDays: days.subtracting(kept).sorted().map(Day.init(number:)))
                return .commit
            }
            return outcome!
        }
    }

    /// Puts every day import `id` touched back as it was before it; returns those days.
    static func restoreDays(_ db: Database, of id: Int64) throws -> [Int] {
        let days = try Int.fetchAll(db, sql: "SELECT day FROM import_day WHERE import_id = ?", arguments: [id])
        for day in days {
            for table in ["points", "anomaly", "console_ranking", "org_day", "leaderboard_top"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE day = ?", arguments: [day])
            }
            let arguments: StatementArguments = [id, day]
            try db.execute(
                sql: """
                    INSERT INTO points
                        (day, learner_id, day_points, total_points, week_points, month_points, idle_days, items)
                    SELECT day, learner_id, day_points, total_points, 0, 0, 0, items FROM undo_points
                    WHERE import_id = ? AND day = ?
                    """, arguments: arguments)
            try db.execute(
                sql: """
                    INSERT INTO anomaly (id, import_id, day, learner_id, kind, value, reference)
                    SELECT anomaly_id, owner_import, day, learner_id, kind, value, reference FROM undo_anomaly
                    WHERE import_id = ? AND day = ?
                    """, arguments: arguments)
            try db.execute(
                sql: """
                    INSERT INTO console_ranking (day, rank, org_name, console_org_id, avg_score, pre_diff_score, import_id)
                    SELECT day, rank, org_name, console_org_id, avg_score, pre_diff_score, owner_import
                    FROM undo_console_ranking WHERE import_id = ? AND day = ?
                    """, arguments: arguments)
        }
        return days
    }

    /// Puts the alert states back as they were before import `id` was evaluated, keeping
    /// what people did since (acknowledgements, notes, snoozes) on the alerts that remain.
    static func restoreAlerts(_ db: Database, of id: Int64) throws {
        try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS undo_alert_people AS SELECT * FROM alert WHERE 0")
        try db.execute(sql: "DELETE FROM temp.undo_alert_people")
        try db.execute(
            sql: """
                INSERT INTO temp.undo_alert_people SELECT * FROM alert
                WHERE acknowledged_by IS NOT NULL OR snoozed_until IS NOT NULL OR note IS NOT NULL
                """)
        try db.execute(sql: "DELETE FROM alert")
        try db.execute(
            sql: """
                INSERT INTO alert (\(alertColumns)) SELECT \(alertColumns) FROM undo_alert WHERE import_id = ?
                """, arguments: [id])
        try db.execute(
            sql: """
                UPDATE alert SET (state, acknowledged_by, acknowledged_at, note, snoozed_until) =
                    (SELECT CASE WHEN alert.state <> 'resolved' AND p.state IN ('acknowledged', 'snoozed')
                        THEN p.state ELSE alert.state END,
                        p.acknowledged_by, p.acknowledged_at, p.note, p.snoozed_until
                     FROM temp.undo_alert_people p WHERE p.id = alert.id)
                WHERE id IN (SELECT id FROM temp.undo_alert_people)
                """)
        try db.execute(sql: "DROP TABLE temp.undo_alert_people")
    }

    /// Puts the org, learner and move rows import `id` changed back; true when there were any.
    static func restoreRoster(_ db: Database, of id: Int64) throws -> Bool {
        var changed = false
        for row in try Row.fetchAll(db, sql: "SELECT * FROM undo_learner_move WHERE import_id = ?", arguments: [id]) {
            changed = true
            let key: StatementArguments = [row["learner_id"] as Int64, row["from_day"] as Int64]
            try db.execute(sql: "DELETE FROM learner_move WHERE learner_id = ? AND from_day = ?", arguments: key)
            if row["existed"] as Int != 0 {
                try db.execute(
                    sql: "INSERT INTO learner_move (learner_id, from_day, org_id) VALUES (?, ?, ?)",
                    arguments: key + [row["org_id"] as Int64?])
            }
        }
        let learnerColumns = "code, name, org_id, status, is_party, phone, mentor_code, registered_on, activated"
        let orgColumns = "code, name, parent_id, type, expected, party_members, console_id"
        for (table, source, columns) in [("learner", "undo_learner", learnerColumns), ("org", "undo_org", orgColumns)] {
            let count =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(source) WHERE import_id = ?", arguments: [id]) ?? 0
            guard count > 0 else { continue }
            changed = true
            try db.execute(
                sql: """
                    UPDATE \(table) SET (\(columns)) = (SELECT \(columns) FROM \(source) u
                        WHERE u.import_id = ?1 AND u.id = \(table).id)
                    WHERE id IN (SELECT id FROM \(source) WHERE import_id = ?1 AND existed = 1)
                    """, arguments: [id])
            try db.execute(
                sql: "DELETE FROM \(table) WHERE id IN (SELECT id FROM \(source) WHERE import_id = ? AND existed = 0)",
                arguments: [id])
        }
        return changed
    }

    /// Derives the daily figures and running sums again after days were restored.
    static func rederive(
        _ db: Database, days: Set<Int>, kept: Set<Int>, rosterChanged: Bool,
        parameters: AggregateParameters
    ) throws {
        let transaction = try ImportTransaction(db: db, side: nil, phases: PhaseTimes())
        if rosterChanged {
            try transaction.rebuildDailyFigures(parameters: parameters)
        } else {
            for day in days.sorted() where kept.contains(day) {
                let points = try DayPoints.load(db, day: day, capacity: transaction.learnerCapacity)
                try transaction.writeDailyFigures(day: Day(number: day), points: points, parameters: parameters)
            }
        }
        guard let earliest = days.min() else { return }
        let previous = try Int.fetchOne(db, sql: "SELECT MAX(day) FROM points WHERE day < ?", arguments: [earliest])
        try transaction.rederiveRunningSums(after: Day(number: previous ?? earliest - 1), rule: parameters.activity)
    }

    /// Later imports that build on import `id`: the same days, the same org, learner or move
    /// rows, points of learners it added, learners or orgs placed in orgs it added.
    static func dependents(_ db: Database, of id: Int64) throws -> [Int64] {
        var chain: [Int64] = [id]
        let later = try Int64.fetchAll(
            db, sql: "SELECT id FROM import_record WHERE id > ? ORDER BY id", arguments: [id])
        for candidate in later {
            for earlier in chain where try depends(db, candidate, on: earlier) {
                chain.append(candidate)
                break
            }
        }
        return Array(chain.dropFirst())
    }

    private static func depends(_ db: Database, _ later: Int64, on earlier: Int64) throws -> Bool {
        let checks = [
            "SELECT 1 FROM import_day a JOIN import_day b ON b.day = a.day AND b.import_id = ?2 WHERE a.import_id = ?1",
            "SELECT 1 FROM undo_learner a JOIN undo_learner b ON b.id = a.id AND b.import_id = ?2 WHERE a.import_id = ?1",
            "SELECT 1 FROM undo_org a JOIN undo_org b ON b.id = a.id AND b.import_id = ?2 WHERE a.import_id = ?1",
            """
            SELECT 1 FROM undo_learner_move a JOIN undo_learner_move b ON b.learner_id = a.learner_id
                AND b.import_id = ?2 WHERE a.import_id = ?1
            """,
            """
            SELECT 1 FROM undo_learner u JOIN import_day d ON d.import_id = ?2
                JOIN points p ON p.day = d.day AND p.learner_id = u.id WHERE u.import_id = ?1 AND u.existed = 0
            """,
            """
            SELECT 1 FROM undo_org o JOIN learner l ON l.org_id = o.id
                JOIN undo_learner u ON u.id = l.id AND u.import_id = ?2 WHERE o.import_id = ?1 AND o.existed = 0
            """,
            """
            SELECT 1 FROM undo_org o JOIN org c ON c.parent_id = o.id
                JOIN undo_org u ON u.id = c.id AND u.import_id = ?2 WHERE o.import_id = ?1 AND o.existed = 0
            """,
        ]
        for check in checks {
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (\(check))", arguments: [earlier, later]) == true {
                return true
            }
        }
        return false
    }
}
