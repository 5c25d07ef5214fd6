import GRDB

extension StoreSchema {
    /// What `imports undo` needs: the days each import touched with row counts, and the
    /// state before it of everything it changed. Points rows are kept as a per-import day
    /// snapshot (an import replaces days), orgs, learners and moves as before-images
    /// captured by temporary triggers while the import runs. Imports made before this
    /// migration have no undo data: `undo.horizon` is the first id that can be undone.
    static func undoTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE import_day (
                    import_id INTEGER NOT NULL,
                    day INTEGER NOT NULL,
                    rows_before INTEGER NOT NULL,
                    rows_written INTEGER NOT NULL DEFAULT 0,
                    rows_after INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (import_id, day)
                ) WITHOUT ROWID;
                CREATE INDEX import_day_day ON import_day(day, import_id);

                CREATE TABLE undo_points (
                    import_id INTEGER NOT NULL,
                    day INTEGER NOT NULL,
                    learner_id INTEGER NOT NULL,
                    day_points INTEGER NOT NULL,
                    total_points INTEGER,
                    PRIMARY KEY (import_id, day, learner_id)
                ) WITHOUT ROWID;
                CREATE TABLE undo_points_item (
                    import_id INTEGER NOT NULL,
                    day INTEGER NOT NULL,
                    learner_id INTEGER NOT NULL,
                    item_id INTEGER NOT NULL,
                    points INTEGER NOT NULL,
                    PRIMARY KEY (import_id, day, learner_id, item_id)
                ) WITHOUT ROWID;
                CREATE TABLE undo_anomaly (
                    import_id INTEGER NOT NULL,
                    anomaly_id INTEGER NOT NULL,
                    owner_import INTEGER NOT NULL,
                    day INTEGER NOT NULL,
                    learner_id INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    value INTEGER,
                    reference INTEGER,
                    PRIMARY KEY (import_id, anomaly_id)
                ) WITHOUT ROWID;
                CREATE TABLE undo_console_ranking (
                    import_id INTEGER NOT NULL,
                    day INTEGER NOT NULL,
                    rank INTEGER NOT NULL,
                    org_name TEXT NOT NULL,
                    console_org_id TEXT,
                    avg_score REAL,
                    pre_diff_score REAL,
                    owner_import INTEGER NOT NULL,
                    PRIMARY KEY (import_id, day, rank, org_name)
                ) WITHOUT ROWID;

                """)
        try undoRosterTables(db)
    }

    /// Before-images of org, learner, move and alert rows, per import.
    private static func undoRosterTables(_ db: Database) throws {
        try db.execute(
            sql: """
                -- existed = 0: the import created the row (undo deletes it); 1: the columns
                -- hold the row as it was before the import.
                CREATE TABLE undo_org (
                    import_id INTEGER NOT NULL,
                    id INTEGER NOT NULL,
                    existed INTEGER NOT NULL,
                    code TEXT, name TEXT, parent_id INTEGER, type TEXT, expected INTEGER,
                    party_members INTEGER, console_id TEXT,
                    PRIMARY KEY (import_id, id)
                ) WITHOUT ROWID;
                CREATE TABLE undo_learner (
                    import_id INTEGER NOT NULL,
                    id INTEGER NOT NULL,
                    existed INTEGER NOT NULL,
                    code TEXT, name TEXT, org_id INTEGER, status TEXT, is_party INTEGER, phone TEXT,
                    mentor_code TEXT, registered_on INTEGER, activated INTEGER,
                    PRIMARY KEY (import_id, id)
                ) WITHOUT ROWID;
                CREATE TABLE undo_learner_move (
                    import_id INTEGER NOT NULL,
                    learner_id INTEGER NOT NULL,
                    from_day INTEGER NOT NULL,
                    existed INTEGER NOT NULL,
                    org_id INTEGER,
                    PRIMARY KEY (import_id, learner_id, from_day)
                ) WITHOUT ROWID;

                -- The alert states before the import's evaluation: an undo puts them back and
                -- evaluates the later imports' days again, as if the import never happened.
                CREATE TABLE undo_alert (
                    import_id INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    rule TEXT NOT NULL, severity TEXT NOT NULL, org_id INTEGER, state TEXT NOT NULL,
                    first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL, figures TEXT NOT NULL,
                    acknowledged_by TEXT, acknowledged_at TEXT, note TEXT, snoozed_until INTEGER, resolved_on INTEGER,
                    PRIMARY KEY (import_id, id)
                ) WITHOUT ROWID;

                INSERT OR REPLACE INTO meta (key, value)
                SELECT 'undo.horizon', CAST(COALESCE(MAX(id), 0) + 1 AS TEXT) FROM import_record;
                """)
    }
}
