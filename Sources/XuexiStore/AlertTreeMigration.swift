import GRDB

/// Migration `v2-alert-groups`: alerts became one per supervised unit (the top org, its
/// children and grandchildren by default), with the same rule's descendants listed inside.
/// An unresolved alert of a deeper unit, or one under an ancestor holding the same rule,
/// hands its acknowledgement, note and snooze to the alert of the group that now contains
/// it (created when there is none yet, so the next evaluation refreshes it), and is removed.
enum AlertTreeMigration {
    /// The default `alerts.levels`: the store cannot read the configuration.
    static let levels = 3
    static let unitRules: Set<String> = [
        "activity.below_floor", "activity.below_target", "activity.drop", "registration.below_target",
        "learner.inactive",
    ]

    struct Org {
        var code: String
        var parent: Int64?
    }

    struct Row {
        var id: String, rule: String, severity: String, orgId: Int64, state: String
        var firstSeen: Int, lastSeen: Int, ackBy: String?, ackAt: String?, note: String?, snoozed: Int?
    }

    static func migrate(_ db: Database) throws {
        var orgs: [Int64: Org] = [:]
        for row in try GRDB.Row.fetchAll(db, sql: "SELECT id, code, parent_id FROM org") {
            orgs[row["id"]] = Org(code: row["code"], parent: row["parent_id"])
        }
        let rows = try GRDB.Row.fetchAll(
            db,
            sql: """
                SELECT id, rule, severity, org_id, state, first_seen, last_seen, acknowledged_by, acknowledged_at,
                       note, snoozed_until FROM alert WHERE state <> 'resolved' AND org_id IS NOT NULL
                """
        ).map { row in
            Row(
                id: row["id"], rule: row["rule"], severity: row["severity"], orgId: row["org_id"], state: row["state"],
                firstSeen: row["first_seen"], lastSeen: row["last_seen"], ackBy: row["acknowledged_by"],
                ackAt: row["acknowledged_at"], note: row["note"], snoozed: row["snoozed_until"])
        }.filter { unitRules.contains($0.rule) }
        let held = Set(rows.map { "\($0.rule)|\($0.orgId)" })
        func path(_ id: Int64) -> [Int64] {
            var result: [Int64] = []
            var current: Int64? = id
            while let org = current, orgs[org] != nil, result.count < 64 {
                result.insert(org, at: 0)
                current = orgs[org]?.parent
            }
            return result
        }
        for row in rows {
            let ancestors = path(row.orgId)
            let supervised = Array(ancestors.prefix(levels))
            let holding = row.rule == "learner.inactive" ? nil : supervised.first { held.contains("\(row.rule)|\($0)") }
            guard let target = holding ?? supervised.last, target != row.orgId, let code = orgs[target]?.code else {
                continue
            }
            try carry(row, to: "\(row.rule):\(code)", orgId: target, db)
        }
    }

    /// Gives `row`'s acknowledgement, note or snooze to the group alert `id` (an open group
    /// takes it; a group already acknowledged keeps its own), then removes `row`.
    static func carry(_ row: Row, to id: String, orgId: Int64, _ db: Database) throws {
        let exists = try Bool.fetchOne(db, sql: "SELECT 1 FROM alert WHERE id = ?", arguments: [id]) ?? false
        if !exists {
            try db.execute(
                sql: """
                    INSERT INTO alert (id, rule, severity, org_id, state, first_seen, last_seen, figures,
                                       acknowledged_by, acknowledged_at, note, snoozed_until)
                    VALUES (?, ?, ?, ?, 'open', ?, ?, '{"holdsItself":false}', NULL, NULL, NULL, NULL)
                    """,
                arguments: [id, row.rule, row.severity, orgId, row.firstSeen, row.lastSeen])
        }
        if row.state == "acknowledged" {
            try db.execute(
                sql: """
                    UPDATE alert SET state = 'acknowledged', acknowledged_by = ?, acknowledged_at = ?,
                    note = COALESCE(note, ?), snoozed_until = NULL WHERE id = ? AND state IN ('open', 'snoozed', 'resolved')
                    """, arguments: [row.ackBy, row.ackAt, row.note, id])
        } else if row.state == "snoozed", let until = row.snoozed {
            try db.execute(
                sql:
                    "UPDATE alert SET state = 'snoozed', snoozed_until = MAX(COALESCE(snoozed_until, 0), ?) WHERE id = ? AND state IN ('open', 'snoozed')",
                arguments: [until, id])
        }
        if let note = row.note, row.state != "acknowledged" {
            try db.execute(sql: "UPDATE alert SET note = COALESCE(note, ?) WHERE id = ?", arguments: [note, id])
        }
        try db.execute(sql: "DELETE FROM alert WHERE id = ?", arguments: [row.id])
    }
}
