import GRDB
import XuexiModel

/// One row of the `alert` table. Rule, severity and state are kept as their stored text:
/// the alert engine gives them meaning, and skips values this version does not know.
public struct AlertRecord: Sendable, Equatable {
    public var id: String
    public var rule: String
    public var severity: String
    public var orgId: Int64?
    public var state: String
    public var firstSeen: Day
    public var lastSeen: Day
    /// The figures as JSON (decoded only when someone looks at them).
    public var figures: String
    public var acknowledgedBy: String?
    public var acknowledgedAt: String?
    public var note: String?
    public var snoozedUntil: Day?
    public var resolvedOn: Day?

    enum Columns {
        static let all = """
            id, rule, severity, org_id, state, first_seen, last_seen, figures, acknowledged_by, acknowledged_at, note,
            snoozed_until, resolved_on
            """
    }
}

/// The part of a stored alert that reconciling needs (no figures: a city's alerts carry
/// megabytes of them, which an evaluation never reads).
public struct AlertStateRecord: Sendable, Equatable {
    public var id: String
    public var rule: String
    public var state: String
    public var firstSeen: Day
    public var lastSeen: Day
    public var snoozedUntil: Day?
    public var resolvedOn: Day?
}

/// Which stored alerts a listing reads.
public enum AlertRecordFilter: Sendable, Equatable {
    case all
    /// Every alert not resolved.
    case unresolved
    case state(String)
}

/// What the engine asks the store to do with one alert while reconciling.
public enum AlertChange: Sendable, Equatable {
    /// A new condition: opened with first and last seen on `seen`.
    case open(AlertValues)
    /// A resolved alert whose condition came back: a new episode, so first seen,
    /// acknowledgement, note, snooze and resolution start afresh.
    case reopen(AlertValues)
    /// The condition held on an earlier day than first seen (a back-filled day).
    case moveFirstSeen(id: String, to: Day)
    /// The condition still holds on `seen`: new figures and state; a snooze end is kept
    /// only while the state stays snoozed.
    case refresh(AlertValues, state: String)
    /// The condition cleared; the alert is kept as resolved on `day`.
    case resolve(id: String, on: Day)
}

/// The values an evaluation writes for an alert whose condition holds.
public struct AlertValues: Sendable, Equatable {
    public var id: String
    public var rule: String
    public var severity: String
    public var orgId: Int64?
    public var seen: Day
    /// The figures' JSON as UTF-8, written as text without building a String first (a city
    /// evaluation writes megabytes, whose UTF-8 check alone took ~9% of it).
    public var figuresUTF8: [UInt8]
    public var figures: String { String(decoding: figuresUTF8, as: UTF8.self) }

    public init(id: String, rule: String, severity: String, orgId: Int64?, seen: Day, figures: String) {
        self.init(id: id, rule: rule, severity: severity, orgId: orgId, seen: seen, figuresUTF8: Array(figures.utf8))
    }

    public init(id: String, rule: String, severity: String, orgId: Int64?, seen: Day, figuresUTF8: [UInt8]) {
        self.id = id
        self.rule = rule
        self.severity = severity
        self.orgId = orgId
        self.seen = seen
        self.figuresUTF8 = figuresUTF8
    }
}

/// A person's action on one alert (the dashboard's and the CLI's ack and snooze).
public enum AlertEdit: Sendable, Equatable {
    /// `at` is an ISO 8601 time; an empty note is stored as none.
    case acknowledge(by: String, at: String, note: String?)
    case snooze(until: Day)
}

// MARK: - Alert states (`alert`)

extension XuexiStore {
    /// Stored alerts matching `filter`, in no particular order. Read through the C API: a city's
    /// active alerts are ~18,000 rows, and resolved history is most of a long-running table.
    public func alertRecords(_ filter: AlertRecordFilter) throws -> [AlertRecord] {
        try reader.read { db in
            let query: RawStatement
            switch filter {
            case .all:
                query = try RawStatement(db, sql: "SELECT \(AlertRecord.Columns.all) FROM alert")
            case .unresolved:
                query = try RawStatement(
                    db,
                    sql: """
                        SELECT \(AlertRecord.Columns.all) FROM alert WHERE state <> 'resolved'
                        """)
            case .state(let state):
                query = try RawStatement(db, sql: "SELECT \(AlertRecord.Columns.all) FROM alert WHERE state = ?")
                query.bind(1, state)
            }
            var result: [AlertRecord] = []
            try query.forEachRow(db) { row in result.append(Self.alertRecord(row)) }
            return result
        }
    }

    /// The stored alert with this id, if any.
    public func alertRecord(id: String) throws -> AlertRecord? {
        try reader.read { db in try Self.alertRecord(db, id: id) }
    }

    /// Reconciles the stored alerts in one write transaction: `plan` gets every stored alert
    /// and returns the changes to make, which are applied before the transaction commits, so
    /// no other evaluation can interleave. `plan` must not call the store (it runs inside the
    /// transaction, and an in-memory store's single connection is not reentrant).
    public func reconcileAlerts(_ plan: ([AlertStateRecord]) throws -> [AlertChange]) throws {
        try write { db in
            var stored: [AlertStateRecord] = []
            let query = try RawStatement(
                db,
                sql: """
                    SELECT id, rule, state, first_seen, last_seen, snoozed_until, resolved_on FROM alert
                    """)
            try query.forEachRow(db) { row in
                stored.append(
                    AlertStateRecord(
                        id: row.text(0), rule: row.text(1), state: row.text(2), firstSeen: Day(number: row.int(3)),
                        lastSeen: Day(number: row.int(4)), snoozedUntil: row.optionalInt(5).map(Day.init(number:)),
                        resolvedOn: row.optionalInt(6).map(Day.init(number:))))
            }
            let changes = try plan(stored)
            for change in changes { try Self.apply(change, db) }
            if !changes.isEmpty { try Self.bumpAlertStamp(db) }
        }
    }

    /// Applies `edit` to an alert after `check` accepted its current row (nil when there is
    /// none), all in one write transaction; `check` throws to refuse and must not call the store.
    public func editAlert(id: String, _ edit: AlertEdit, check: (AlertRecord?) throws -> Void) throws {
        try write { db in
            try check(try Self.alertRecord(db, id: id))
            switch edit {
            case .acknowledge(let user, let time, let note):
                try db.execute(
                    sql: """
                        UPDATE alert SET state = 'acknowledged', acknowledged_by = ?, acknowledged_at = ?, note = ?,
                        snoozed_until = NULL WHERE id = ?
                        """, arguments: [user, time, note?.isEmpty == true ? nil : note, id])
            case .snooze(let until):
                try db.execute(
                    sql: "UPDATE alert SET state = 'snoozed', snoozed_until = ? WHERE id = ?",
                    arguments: [until.number, id])
            }
            try Self.bumpAlertStamp(db)
        }
    }

    /// Changes with every committed alert change (evaluation, ack, snooze, resolve) by any
    /// process; open dashboards poll it, as they poll `changeStamp()` for imports.
    public func alertStamp() throws -> Int64 {
        try reader.read { db in Int64(try XuexiStore.meta(db, "alerts.stamp") ?? "0") ?? 0 }
    }

    static func bumpAlertStamp(_ db: Database) throws {
        let current = Int64(try meta(db, "alerts.stamp") ?? "0") ?? 0
        try setMeta(db, "alerts.stamp", String(current + 1))
    }

    private static func alertRecord(_ db: Database, id: String) throws -> AlertRecord? {
        let query = try RawStatement(db, sql: "SELECT \(AlertRecord.Columns.all) FROM alert WHERE id = ?")
        query.bind(1, id)
        var found: AlertRecord?
        try query.forEachRow(db) { row in found = alertRecord(row) }
        return found
    }

    private static func alertRecord(_ row: RawRow) -> AlertRecord {
        AlertRecord(
            id: row.text(0), rule: row.text(1), severity: row.text(2), orgId: row.optionalInt(3).map(Int64.init),
            state: row.text(4), firstSeen: Day(number: row.int(5)), lastSeen: Day(number: row.int(6)),
            figures: row.text(7), acknowledgedBy: row.isNull(8) ? nil : row.text(8),
            acknowledgedAt: row.isNull(9) ? nil : row.text(9), note: row.isNull(10) ? nil : row.text(10),
            snoozedUntil: row.optionalInt(11).map(Day.init(number:)),
            resolvedOn: row.optionalInt(12).map(Day.init(number:)))
    }

    /// Runs through GRDB's statement cache: a city evaluation touches tens of thousands of
    /// alerts, and parsing each statement anew dominated it.
    private static func apply(_ change: AlertChange, _ db: Database) throws {
        func execute(_ sql: String, _ arguments: StatementArguments) throws {
            try db.cachedStatement(sql: sql).execute(arguments: arguments)
        }
        // Holding conditions go through the C API: their figures are bound as UTF-8 bytes.
        func write(_ sql: String, _ bindings: (RawStatement) -> Void) throws {
            let statement = try RawStatement(db, sql: sql)
            bindings(statement)
            try statement.step(db)
        }
        switch change {
        case .open(let alert):
            try write(
                """
                INSERT INTO alert (id, rule, severity, org_id, state, first_seen, last_seen, figures)
                VALUES (?, ?, ?, ?, 'open', ?, ?, ?)
                """
            ) { statement in
                statement.bind(1, alert.id)
                statement.bind(2, alert.rule)
                statement.bind(3, alert.severity)
                statement.bind(4, alert.orgId.map { Int($0) })
                statement.bind(5, alert.seen.number)
                statement.bind(6, alert.seen.number)
                statement.bindText(7, alert.figuresUTF8)
            }
        case .reopen(let alert):
            try write(
                """
                UPDATE alert SET state = 'open', severity = ?, org_id = ?, first_seen = ?, last_seen = ?, figures = ?,
                acknowledged_by = NULL, acknowledged_at = NULL, note = NULL, snoozed_until = NULL, resolved_on = NULL
                WHERE id = ?
                """
            ) { statement in
                statement.bind(1, alert.severity)
                statement.bind(2, alert.orgId.map { Int($0) })
                statement.bind(3, alert.seen.number)
                statement.bind(4, alert.seen.number)
                statement.bindText(5, alert.figuresUTF8)
                statement.bind(6, alert.id)
            }
        case .moveFirstSeen(let id, let day):
            try execute("UPDATE alert SET first_seen = ? WHERE id = ?", [day.number, id])
        case .refresh(let alert, let state):
            try write(
                """
                UPDATE alert SET state = ?, severity = ?, org_id = ?, last_seen = ?, figures = ?,
                snoozed_until = CASE WHEN ? = 'snoozed' THEN snoozed_until END
                WHERE id = ?
                """
            ) { statement in
                statement.bind(1, state)
                statement.bind(2, alert.severity)
                statement.bind(3, alert.orgId.map { Int($0) })
                statement.bind(4, alert.seen.number)
                statement.bindText(5, alert.figuresUTF8)
                statement.bind(6, state)
                statement.bind(7, alert.id)
            }
        case .resolve(let id, let day):
            try execute(
                "UPDATE alert SET state = 'resolved', resolved_on = ?, snoozed_until = NULL WHERE id = ?",
                [day.number, id])
        }
    }
}

/// One recorded anomaly of a day, with the learner, the import that recorded it and the
/// learner's current points row (nil values where the row or the import is gone).
public struct AnomalyRecord: Sendable, Equatable {
    public var importId: Int64
    public var learnerId: Int64
    public var kind: String
    public var value: Int?
    public var reference: Int?
    public var learnerCode: String
    public var learnerName: String
    public var orgId: Int64
    public var file: String?
    public var dayPoints: Int?
    public var totalPoints: Int?
}

// MARK: - What alert evaluation reads besides figures

extension XuexiStore {
    /// The anomalies recorded for `day`, oldest import first.
    public func anomalies(on day: Day) throws -> [AnomalyRecord] {
        try reader.read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT a.import_id, a.learner_id, a.kind, a.value, a.reference, l.code, l.name, l.org_id, r.file,
                           p.day_points, p.total_points
                    FROM anomaly a
                    JOIN learner l ON l.id = a.learner_id
                    LEFT JOIN import_record r ON r.id = a.import_id
                    LEFT JOIN points p ON p.day = a.day AND p.learner_id = a.learner_id
                    WHERE a.day = ?
                    ORDER BY a.import_id, a.id
                    """, arguments: [day.number])
            var result: [AnomalyRecord] = []
            while let row = try rows.next() {
                result.append(
                    AnomalyRecord(
                        importId: row["import_id"], learnerId: row["learner_id"], kind: row["kind"],
                        value: row["value"],
                        reference: row["reference"], learnerCode: row["code"], learnerName: row["name"],
                        orgId: row["org_id"], file: row["file"], dayPoints: row["day_points"],
                        totalPoints: row["total_points"]))
            }
            return result
        }
    }
}

extension XuexiStore {
    /// Every org's stored counts on `day` without the club counts: the alert rules compare
    /// rates only, and decoding a city's 9,600 club texts was a third of an evaluation.
    public func orgDayCounts(on day: Day) throws -> [OrgDayFigures] {
        try reader.read { db in
            let query = try RawStatement(
                db,
                sql: """
                    SELECT org_id, listed, registered, active, points, party_listed, party_registered, party_active
                    FROM org_day WHERE day = ?
                    """)
            query.bind(1, day.number)
            var result: [OrgDayFigures] = []
            try query.forEachRow(db) { row in
                result.append(
                    OrgDayFigures(
                        orgId: Int64(row.int(0)),
                        figures: DailyFigures(
                            day: day, listed: row.int(1), registered: row.int(2), active: row.int(3),
                            points: row.int(4), partyListed: row.int(5), partyRegistered: row.int(6),
                            partyActive: row.int(7))))
            }
            return result
        }
    }
}
