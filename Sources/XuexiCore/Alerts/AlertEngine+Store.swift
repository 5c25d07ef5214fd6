import Foundation
import GRDB

extension AlertEngine {
    /// Figures are stored with sorted keys so the same condition always writes the same text.
    static func encode(_ figures: AlertFigures, with encoder: JSONEncoder? = nil) throws -> String {
        let encoder = encoder ?? figuresEncoder()
        return String(decoding: try encoder.encode(figures), as: UTF8.self)
    }

    static func figuresEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Runs one of the reconcile statements through GRDB's statement cache: a city
    /// evaluation touches tens of thousands of alerts, and parsing each statement anew
    /// dominated it.
    static func execute(_ db: Database, sql: String, arguments: StatementArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// A stored row as an `Alert`; nil for a rule or state this version does not know.
    static func alert(from row: Row, tree: OrgTree) throws -> Alert? {
        guard let rule = AlertRule(rawValue: row["rule"]), let state = AlertState(rawValue: row["state"]) else { return nil }
        let orgId: Int64? = row["org_id"]
        let org = orgId.flatMap { tree.index(ofId: $0) }.map { tree.orgs[$0] }
        let figuresText: String = row["figures"]
        return Alert(
            id: row["id"], rule: rule, severity: AlertSeverity(rawValue: row["severity"]) ?? rule.severity,
            orgCode: org?.code, orgName: org?.name, state: state,
            firstSeen: Day(number: row["first_seen"]), lastSeen: Day(number: row["last_seen"]),
            figuresJSON: figuresText,
            acknowledgedBy: row["acknowledged_by"], acknowledgedAt: row["acknowledged_at"], note: row["note"],
            snoozedUntil: (row["snoozed_until"] as Int?).map(Day.init(number:)),
            resolvedOn: (row["resolved_on"] as Int?).map(Day.init(number:)))
    }

    /// Stored alerts matching `condition` (a WHERE clause built from fixed text only).
    static func alerts(_ db: Database, condition: String, tree: OrgTree) throws -> [Alert] {
        var orgByIndex: [Int64: Organization] = [:]
        for org in tree.orgs { orgByIndex[org.id] = org }
        var result: [Alert] = []
        let query = try RawStatement(db, sql: """
            SELECT id, rule, severity, org_id, state, first_seen, last_seen, figures, acknowledged_by, acknowledged_at, note,
                   snoozed_until, resolved_on FROM alert \(condition)
            """)
        try query.forEachRow(db) { row in
            guard let rule = AlertRule(rawValue: row.text(1)), let state = AlertState(rawValue: row.text(4)) else { return }
            let org = row.optionalInt(3).flatMap { orgByIndex[Int64($0)] }
            result.append(Alert(
                id: row.text(0), rule: rule, severity: AlertSeverity(rawValue: row.text(2)) ?? rule.severity,
                orgCode: org?.code, orgName: org?.name, state: state,
                firstSeen: Day(number: row.int(5)), lastSeen: Day(number: row.int(6)), figuresJSON: row.text(7),
                acknowledgedBy: row.isNull(8) ? nil : row.text(8), acknowledgedAt: row.isNull(9) ? nil : row.text(9),
                note: row.isNull(10) ? nil : row.text(10), snoozedUntil: row.optionalInt(11).map(Day.init(number:)),
                resolvedOn: row.optionalInt(12).map(Day.init(number:))))
        }
        return result
    }

    private struct Stored {
        var rule: AlertRule
        var state: AlertState
        var firstSeen: Day
        var lastSeen: Day
        var snoozedUntil: Day?
        var resolvedOn: Day?
    }

    /// Merges the conditions found into the stored alerts (see `evaluate(day:now:timeZone:)`):
    /// new conditions open, resolved ones that came back reopen (a new episode: first seen,
    /// acknowledgement and note start afresh), snoozes that ran out with the condition still
    /// holding open again, and covered alerts whose condition cleared are resolved and kept.
    func reconcile(_ db: Database, conditions: [AlertCondition], scope: AlertScopeOfEvaluation) throws -> AlertEvaluation {
        var result = AlertEvaluation()
        result.holding = conditions.count
        var stored: [String: Stored] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, rule, state, first_seen, last_seen, snoozed_until, resolved_on FROM alert")
        while let row = try rows.next() {
            guard let rule = AlertRule(rawValue: row["rule"]), let state = AlertState(rawValue: row["state"]) else { continue }
            stored[row["id"]] = Stored(rule: rule, state: state, firstSeen: Day(number: row["first_seen"]),
                                       lastSeen: Day(number: row["last_seen"]),
                                       snoozedUntil: (row["snoozed_until"] as Int?).map(Day.init(number:)),
                                       resolvedOn: (row["resolved_on"] as Int?).map(Day.init(number:)))
        }

        let encoder = Self.figuresEncoder()
        var holding = Set<String>()
        for condition in conditions {
            holding.insert(condition.id)
            let figures = try Self.encode(condition.figures, with: encoder)
            let seen = condition.seen.number
            guard let existing = stored[condition.id] else {
                try Self.execute(db, sql: """
                    INSERT INTO alert (id, rule, severity, org_id, state, first_seen, last_seen, figures)
                    VALUES (?, ?, ?, ?, 'open', ?, ?, ?)
                    """, arguments: [condition.id, condition.rule.rawValue, condition.rule.severity.rawValue, condition.orgId,
                                     seen, seen, figures])
                result.opened.append(condition.id)
                continue
            }
            if existing.state == .resolved {
                // A day before the resolution belongs to the closed episode.
                if let resolvedOn = existing.resolvedOn, condition.seen < resolvedOn { continue }
                try Self.execute(db, sql: """
                    UPDATE alert SET state = 'open', severity = ?, org_id = ?, first_seen = ?, last_seen = ?, figures = ?,
                    acknowledged_by = NULL, acknowledged_at = NULL, note = NULL, snoozed_until = NULL, resolved_on = NULL
                    WHERE id = ?
                    """, arguments: [condition.rule.severity.rawValue, condition.orgId, seen, seen, figures, condition.id])
                result.reopened.append(condition.id)
            } else if condition.seen < existing.lastSeen {
                if condition.seen < existing.firstSeen {
                    try Self.execute(db, sql: "UPDATE alert SET first_seen = ? WHERE id = ?", arguments: [seen, condition.id])
                }
            } else {
                var state = existing.state
                if state == .snoozed, let until = existing.snoozedUntil, condition.seen > until {
                    state = .open
                    result.unsnoozed.append(condition.id)
                }
                try Self.execute(db, sql: """
                    UPDATE alert SET state = ?, severity = ?, org_id = ?, last_seen = ?, figures = ?,
                    snoozed_until = CASE WHEN ? = 'snoozed' THEN snoozed_until END
                    WHERE id = ?
                    """, arguments: [state.rawValue, condition.rule.severity.rawValue, condition.orgId, seen, figures,
                                     state.rawValue, condition.id])
            }
        }

        for (id, existing) in stored.sorted(by: { $0.key < $1.key })
        where existing.state != .resolved && !holding.contains(id) {
            guard let day = scope.covers(rule: existing.rule, id: id), day >= existing.lastSeen else { continue }
            try Self.execute(db, sql: "UPDATE alert SET state = 'resolved', resolved_on = ?, snoozed_until = NULL WHERE id = ?",
                           arguments: [day.number, id])
            result.resolved.append(id)
        }
        return result
    }
}
