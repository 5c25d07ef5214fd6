import GRDB
import XuexiModel

/// What an import records so that `imports undo` can take it back (tables in
/// `StoreSchema.undoTables`).
extension ImportTransaction {
    /// How many of the latest imports keep their undo data; older ones cannot be undone.
    /// Bounds the snapshots a watcher re-importing a corrected day every few seconds keeps.
    public static let undoRetention: Int64 = 50

    /// Starts capturing the before-images of org, learner and move rows that import
    /// `importId` changes, with temporary triggers (dropped by `endUndoCapture`).
    public func beginUndoCapture(importId: Int64) throws {
        try endUndoCapture()
        let id = importId
        let orgOld = "OLD.code, OLD.name, OLD.parent_id, OLD.type, OLD.expected, OLD.party_members, OLD.console_id"
        let learnerOld =
            "OLD.code, OLD.name, OLD.org_id, OLD.status, OLD.is_party, OLD.phone, OLD.mentor_code, "
            + "OLD.registered_on, OLD.activated"
        try db.execute(
            sql: """
                CREATE TEMP TRIGGER undo_org_insert BEFORE INSERT ON main.org BEGIN
                    INSERT OR IGNORE INTO undo_org (import_id, id, existed) VALUES (\(id), NEW.id, 0);
                END;
                CREATE TEMP TRIGGER undo_org_update BEFORE UPDATE ON main.org BEGIN
                    INSERT OR IGNORE INTO undo_org VALUES (\(id), OLD.id, 1, \(orgOld));
                END;
                CREATE TEMP TRIGGER undo_org_delete BEFORE DELETE ON main.org BEGIN
                    INSERT OR IGNORE INTO undo_org VALUES (\(id), OLD.id, 1, \(orgOld));
                END;
                CREATE TEMP TRIGGER undo_learner_insert BEFORE INSERT ON main.learner BEGIN
                    INSERT OR IGNORE INTO undo_learner (import_id, id, existed) VALUES (\(id), NEW.id, 0);
                END;
                CREATE TEMP TRIGGER undo_learner_update BEFORE UPDATE ON main.learner BEGIN
                    INSERT OR IGNORE INTO undo_learner VALUES (\(id), OLD.id, 1, \(learnerOld));
                END;
                CREATE TEMP TRIGGER undo_learner_delete BEFORE DELETE ON main.learner BEGIN
                    INSERT OR IGNORE INTO undo_learner VALUES (\(id), OLD.id, 1, \(learnerOld));
                END;
                CREATE TEMP TRIGGER undo_move_insert BEFORE INSERT ON main.learner_move BEGIN
                    INSERT OR IGNORE INTO undo_learner_move
                    SELECT \(id), NEW.learner_id, NEW.from_day, COUNT(m.org_id), MAX(m.org_id)
                    FROM learner_move m WHERE m.learner_id = NEW.learner_id AND m.from_day = NEW.from_day;
                END;
                CREATE TEMP TRIGGER undo_move_delete BEFORE DELETE ON main.learner_move BEGIN
                    INSERT OR IGNORE INTO undo_learner_move VALUES (\(id), OLD.learner_id, OLD.from_day, 1, OLD.org_id);
                END;
                """)
    }

    /// Stops the capture `beginUndoCapture` started.
    public func endUndoCapture() throws {
        for name in [
            "undo_org_insert", "undo_org_update", "undo_org_delete", "undo_learner_insert", "undo_learner_update",
            "undo_learner_delete", "undo_move_insert", "undo_move_delete",
        ] {
            try db.execute(sql: "DROP TRIGGER IF EXISTS temp.\(name)")
        }
    }

    /// Keeps the alert states as they are before import `importId` (its evaluation follows
    /// the commit).
    public func snapshotAlertsForUndo(importId: Int64) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO undo_alert SELECT ?, \(XuexiStore.alertColumns) FROM alert",
            arguments: [importId])
    }

    /// Keeps `day` as it is before import `importId` first changes it (rows, items,
    /// anomalies, the console's ranking), and counts its rows.
    public func snapshotDayForUndo(_ day: Day, importId: Int64) throws {
        let arguments: StatementArguments = [importId, day.number]
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO import_day (import_id, day, rows_before)
                VALUES (?, ?, (SELECT COUNT(*) FROM points WHERE day = ?))
                """, arguments: [importId, day.number, day.number])
        guard db.changesCount > 0 else { return }
        let copies = [
            """
            INSERT INTO undo_points (import_id, day, learner_id, day_points, total_points, items)
            SELECT ?, day, learner_id, day_points, total_points, items FROM points WHERE day = ?
            """,
            """
            INSERT INTO undo_anomaly SELECT ?, id, import_id, day, learner_id, kind, value, reference
            FROM anomaly WHERE day = ?
            """,
            """
            INSERT INTO undo_console_ranking SELECT ?, day, rank, org_name, console_org_id, avg_score,
                pre_diff_score, import_id FROM console_ranking WHERE day = ?
            """,
        ]
        for sql in copies { try db.execute(sql: sql, arguments: arguments) }
    }

    /// Records how many rows import `importId` wrote for `day` and how many the day has now.
    public func recordDayWritten(_ day: Day, importId: Int64, rows: Int) throws {
        try db.execute(
            sql: """
                UPDATE import_day SET rows_written = rows_written + ?,
                    rows_after = (SELECT COUNT(*) FROM points WHERE day = ?)
                WHERE import_id = ? AND day = ?
                """, arguments: [rows, day.number, importId, day.number])
    }

    /// Drops the undo data of all but the latest `undoRetention` imports.
    public func pruneUndoData() throws {
        let latest = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM import_record") ?? 0
        let horizon = latest - ImportTransaction.undoRetention + 1
        let current = Int64(try XuexiStore.meta(db, XuexiStore.undoHorizonKey) ?? "") ?? 0
        guard horizon > current else { return }
        for table in XuexiStore.undoDataTables {
            try db.execute(sql: "DELETE FROM \(table) WHERE import_id < ?", arguments: [horizon])
        }
        try XuexiStore.setMeta(db, XuexiStore.undoHorizonKey, String(horizon))
    }
}

extension XuexiStore {
    static let undoHorizonKey = "undo.horizon"
    static let alertColumns =
        "id, rule, severity, org_id, state, first_seen, last_seen, figures, acknowledged_by, acknowledged_at, note, "
        + "snoozed_until, resolved_on"
    static let undoDataTables = [
        "undo_alert",
        "undo_points", "undo_anomaly", "undo_console_ranking", "undo_org", "undo_learner",
        "undo_learner_move",
    ]
}

extension ImportTransaction {
    /// The first day with data in the store, nil when it has none.
    public func firstDataDay() throws -> Day? {
        try Int.fetchOne(db, sql: "SELECT MIN(day) FROM org_day").map(Day.init(number:))
    }
}

extension ImportTransaction {
    /// The latest import of `kind` before import `id`, if any.
    public func lastImport(kind: String, before id: Int64) throws -> PriorImport? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT id, first_day, last_day, started_at FROM import_record WHERE kind = ? AND id < ?
                    ORDER BY id DESC LIMIT 1
                    """, arguments: [kind, id])
        else { return nil }
        return PriorImport(
            id: row["id"], firstDay: row["first_day"], lastDay: row["last_day"], startedAt: row["started_at"])
    }

    /// Removes the record of import `id` when it changed nothing (no org, learner, move or
    /// points row): a roster or org file with the same content as the store is skipped like
    /// a points file imported twice. Returns whether it was removed.
    public func discardIfUnchanged(_ id: Int64) throws -> Bool {
        for table in ["undo_org", "undo_learner", "undo_learner_move", "import_day"] {
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE import_id = ?)", arguments: [id])
                == true
            {
                return false
            }
        }
        try db.execute(sql: "DELETE FROM undo_alert WHERE import_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM import_record WHERE id = ?", arguments: [id])
        return true
    }
}
