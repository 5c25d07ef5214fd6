import GRDB

/// Versioned migrations. Every table a screen reads per frame is keyed for that read.
///
/// `points` is the big one (a city writes 570,000 rows a day for years): integer keys, no
/// rowid, keyed (day, learner_id) so a day is one contiguous range. Text keys in a rowid
/// table measured ~128 bytes per learner-day here; this layout measures in
/// docs/PERFORMANCE.md (bytes per learner-day).
/// `week_points` / `month_points` are the learner's running sums within the ISO week / month
/// up to that day, so a weekly or monthly leaderboard reads one day instead of 30;
/// `idle_days` counts the consecutive days with data without activity ending that day, so
/// "inactive for ≥ N days" reads one day too.
/// `org_day` holds each org's *subtree* figures for each day with data, maintained inside
/// every import transaction, so no screen scans points rows to draw the org table.
enum StoreSchema {
    // size-exempt: the migrations list, one SQL script per version.
    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-core") { db in
            try db.execute(
                sql: """
                    CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;

                    CREATE TABLE org (
                        id INTEGER PRIMARY KEY,
                        code TEXT NOT NULL UNIQUE,
                        name TEXT NOT NULL,
                        parent_id INTEGER REFERENCES org(id),
                        type TEXT,
                        expected INTEGER,
                        party_members INTEGER,
                        console_id TEXT
                    );
                    CREATE INDEX org_parent ON org(parent_id);
                    CREATE INDEX org_console ON org(console_id) WHERE console_id IS NOT NULL;

                    CREATE TABLE learner (
                        id INTEGER PRIMARY KEY,
                        code TEXT NOT NULL UNIQUE,
                        name TEXT NOT NULL,
                        org_id INTEGER NOT NULL REFERENCES org(id),
                        status TEXT,
                        is_party INTEGER NOT NULL DEFAULT 0,
                        phone TEXT,
                        mentor_code TEXT,
                        registered_on INTEGER,
                        activated INTEGER NOT NULL DEFAULT 1
                    );
                    CREATE INDEX learner_org ON learner(org_id);
                    -- Covers the per-import directory scan, which then reads ~25-byte index
                    -- entries instead of whole roster rows (names, phones, mentors).
                    CREATE INDEX learner_directory ON learner(id, org_id, registered_on, activated, is_party, code);

                    -- Where a learner was before a roster moved them: org_id applies from from_day on.
                    CREATE TABLE learner_move (
                        learner_id INTEGER NOT NULL,
                        from_day INTEGER NOT NULL,
                        org_id INTEGER NOT NULL,
                        PRIMARY KEY (learner_id, from_day)
                    ) WITHOUT ROWID;

                    CREATE TABLE points (
                        day INTEGER NOT NULL,
                        learner_id INTEGER NOT NULL,
                        day_points INTEGER NOT NULL,
                        total_points INTEGER,
                        week_points INTEGER NOT NULL,
                        month_points INTEGER NOT NULL,
                        idle_days INTEGER NOT NULL,
                        PRIMARY KEY (day, learner_id)
                    ) WITHOUT ROWID;

                    -- The best learners of each day by day, week, month and total points for the
                    -- whole store (ties at the cut kept), so the root leaderboards read ~200 rows
                    -- instead of a city's 570,000. Absent for a day means "scan".
                    CREATE TABLE leaderboard_top (
                        day INTEGER NOT NULL,
                        kind TEXT NOT NULL,
                        position INTEGER NOT NULL,
                        learner_id INTEGER NOT NULL,
                        points INTEGER NOT NULL,
                        total INTEGER NOT NULL,
                        PRIMARY KEY (day, kind, position)
                    ) WITHOUT ROWID;

                    CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
                    CREATE TABLE points_item (
                        day INTEGER NOT NULL,
                        learner_id INTEGER NOT NULL,
                        item_id INTEGER NOT NULL,
                        points INTEGER NOT NULL,
                        PRIMARY KEY (day, learner_id, item_id)
                    ) WITHOUT ROWID;

                    CREATE TABLE org_day (
                        day INTEGER NOT NULL,
                        org_id INTEGER NOT NULL,
                        listed INTEGER NOT NULL,
                        registered INTEGER NOT NULL,
                        active INTEGER NOT NULL,
                        points INTEGER NOT NULL,
                        party_listed INTEGER NOT NULL,
                        party_registered INTEGER NOT NULL,
                        party_active INTEGER NOT NULL,
                        club_low INTEGER NOT NULL,
                        club_high INTEGER NOT NULL,
                        PRIMARY KEY (day, org_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX org_day_org ON org_day(org_id, day);

                    CREATE TABLE import_record (
                        id INTEGER PRIMARY KEY,
                        file TEXT NOT NULL,
                        sha256 TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        rows INTEGER NOT NULL,
                        first_day INTEGER,
                        last_day INTEGER,
                        started_at TEXT NOT NULL,
                        seconds REAL NOT NULL,
                        user TEXT NOT NULL,
                        note TEXT
                    );
                    CREATE INDEX import_sha ON import_record(sha256);

                    CREATE TABLE anomaly (
                        id INTEGER PRIMARY KEY,
                        import_id INTEGER NOT NULL REFERENCES import_record(id),
                        day INTEGER NOT NULL,
                        learner_id INTEGER NOT NULL,
                        kind TEXT NOT NULL,
                        value INTEGER,
                        reference INTEGER
                    );
                    CREATE INDEX anomaly_day ON anomaly(day);

                    -- The console's own organization ranking, kept beside our ranks.
                    CREATE TABLE console_ranking (
                        day INTEGER NOT NULL,
                        rank INTEGER NOT NULL,
                        org_name TEXT NOT NULL,
                        console_org_id TEXT,
                        avg_score REAL,
                        pre_diff_score REAL,
                        import_id INTEGER NOT NULL,
                        PRIMARY KEY (day, rank, org_name)
                    ) WITHOUT ROWID;

                    CREATE TABLE alert (
                        id TEXT PRIMARY KEY NOT NULL,
                        rule TEXT NOT NULL,
                        severity TEXT NOT NULL,
                        org_id INTEGER,
                        state TEXT NOT NULL,
                        first_seen INTEGER NOT NULL,
                        last_seen INTEGER NOT NULL,
                        figures TEXT NOT NULL,
                        acknowledged_by TEXT,
                        acknowledged_at TEXT,
                        note TEXT,
                        snoozed_until INTEGER,
                        resolved_on INTEGER
                    ) WITHOUT ROWID;
                    CREATE INDEX alert_state ON alert(state);
                    """)
        }
        // Chat-robot deliveries (`notify`): the log, the parts already delivered (never posted twice), and the
        // alert groups each target has been told about (posted once, again only when they change).
        migrator.registerMigration("v2-notify") { db in
            try db.execute(sql: XuexiStore.notifySchema)
        }
        migrator.registerMigration("v2-alert-groups") { db in try AlertTreeMigration.migrate(db) }
        // Club counts for any list of thresholds, party and masses apart: "threshold:all:party,…"
        // (club_low / club_high stay for older readers, written as 0). Filled by the rebuild
        // that the changed aggregate parameters trigger.
        migrator.registerMigration("v2-org-day-clubs") { db in
            try db.execute(sql: "ALTER TABLE org_day ADD COLUMN clubs TEXT NOT NULL DEFAULT ''")
        }
        // Per-org running sums per day with data (`OrgCumulative`): any period's means are
        // two lookups, so a year costs what a day does.
        migrator.registerMigration("v3-org-cum") { db in
            try db.execute(
                sql: """
                    CREATE TABLE org_cum (
                        day INTEGER NOT NULL,
                        org_id INTEGER NOT NULL,
                        days INTEGER NOT NULL,
                        registered_days INTEGER NOT NULL,
                        activity_sum REAL NOT NULL,
                        points_sum REAL NOT NULL,
                        active_sum INTEGER NOT NULL,
                        party_days INTEGER NOT NULL,
                        party_activity_sum REAL NOT NULL,
                        party_active_sum INTEGER NOT NULL,
                        PRIMARY KEY (day, org_id)
                    ) WITHOUT ROWID;
                    """)
            try OrgCumulative.update(db, from: OrgCumulative.firstDay)
        }
        migrator.registerMigration("v2-undo") { db in try StoreSchema.undoTables(db) }
        // Per-item points packed into a blob on each points row (`PackedItems`) instead of a
        // row per learner, day and item.
        migrator.registerMigration("v3-points-items") { db in try PointsItemsMigration.migrate(db) }
        // Learners idle for at least the default 3 days with data, by day: the inactive-learner
        // alert and list read a city day's ~25,000 of them instead of scanning its 570,000 rows.
        // Partial, so each day's import adds only those entries (`scanIdleLearnerRows`). In
        // learner order, not streak order: the roster rows joined to them are then read in one
        // pass over the learner table, which measured twice as fast as one pass per streak length.
        migrator.registerMigration("v3-points-idle") { db in
            try db.execute(sql: "CREATE INDEX points_idle ON points(day, learner_id, idle_days) WHERE idle_days >= 3")
        }
        return migrator
    }
}
