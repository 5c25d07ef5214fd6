import GRDB
import XuexiModel

/// One delivery of a note to a robot: a row of `xuexi-dash notify log`.
public struct NotifyDeliveryRecord: Sendable, Equatable {
    public var id: Int64?
    public var target: String
    public var platform: String
    /// What was posted: "daily 2025-03-14 ORG", "alerts".
    public var subject: String
    public var startedAt: String
    public var finishedAt: String
    public var messages: Int
    public var delivered: Int
    public var retries: Int
    /// nil when every message arrived, else the one-line reason.
    public var error: String?

    public init(
        id: Int64? = nil, target: String, platform: String, subject: String, startedAt: String, finishedAt: String,
        messages: Int, delivered: Int, retries: Int, error: String?
    ) {
        self.id = id
        self.target = target
        self.platform = platform
        self.subject = subject
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.messages = messages
        self.delivered = delivered
        self.retries = retries
        self.error = error
    }
}

/// A message that reached a robot: its place in the note and a digest of its unsigned body.
public struct NotifyPartRecord: Sendable, Equatable, Hashable {
    public var sequence: Int
    public var digest: String

    public init(sequence: Int, digest: String) {
        self.sequence = sequence
        self.digest = digest
    }
}

extension XuexiStore {
    static let notifySchema = """
        CREATE TABLE notify_delivery (
            id INTEGER PRIMARY KEY,
            target TEXT NOT NULL,
            platform TEXT NOT NULL,
            subject TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            messages INTEGER NOT NULL,
            delivered INTEGER NOT NULL,
            retries INTEGER NOT NULL,
            error TEXT
        );
        CREATE TABLE notify_part (
            target TEXT NOT NULL,
            subject TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            digest TEXT NOT NULL,
            delivery_id INTEGER NOT NULL,
            PRIMARY KEY (target, subject, sequence, digest)
        ) WITHOUT ROWID;
        CREATE TABLE notify_alert (
            target TEXT NOT NULL,
            alert_id TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            posted_at TEXT NOT NULL,
            PRIMARY KEY (target, alert_id)
        ) WITHOUT ROWID;
        """

    /// Records a delivery, the parts it delivered and (for alert notes) the alert groups it posted, in one
    /// transaction: a part counted delivered is never posted again, and an alert posted is remembered.
    @discardableResult
    public func recordNotifyDelivery(
        _ record: NotifyDeliveryRecord, parts: [NotifyPartRecord], alerts: [String: String] = [:]
    ) throws -> Int64 {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO notify_delivery
                        (target, platform, subject, started_at, finished_at, messages, delivered, retries, error)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    record.target, record.platform, record.subject, record.startedAt, record.finishedAt,
                    record.messages, record.delivered, record.retries, record.error,
                ])
            let id = db.lastInsertedRowID
            for part in parts {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO notify_part VALUES (?, ?, ?, ?, ?)",
                    arguments: [record.target, record.subject, part.sequence, part.digest, id])
            }
            for (alert, fingerprint) in alerts {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO notify_alert VALUES (?, ?, ?, ?)",
                    arguments: [record.target, alert, fingerprint, record.finishedAt])
            }
            return id
        }
    }

    /// The newest deliveries first.
    public func notifyDeliveries(limit: Int = 50) throws -> [NotifyDeliveryRecord] {
        try reader.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM notify_delivery ORDER BY id DESC LIMIT ?", arguments: [limit])
                .map { row in
                    NotifyDeliveryRecord(
                        id: row["id"], target: row["target"], platform: row["platform"], subject: row["subject"],
                        startedAt: row["started_at"], finishedAt: row["finished_at"], messages: row["messages"],
                        delivered: row["delivered"], retries: row["retries"], error: row["error"])
                }
        }
    }

    /// Parts of `subject` already delivered to `target` by earlier runs.
    public func deliveredNotifyParts(target: String, subject: String) throws -> Set<NotifyPartRecord> {
        try reader.read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT sequence, digest FROM notify_part WHERE target = ? AND subject = ?",
                arguments: [target, subject])
            return Set(rows.map { NotifyPartRecord(sequence: $0["sequence"], digest: $0["digest"]) })
        }
    }

    /// Alert id → fingerprint of what `target` was last told about it.
    public func notifiedAlerts(target: String) throws -> [String: String] {
        try reader.read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT alert_id, fingerprint FROM notify_alert WHERE target = ?", arguments: [target])
            return Dictionary(rows.map { ($0["alert_id"], $0["fingerprint"]) }, uniquingKeysWith: { _, last in last })
        }
    }

    /// Phone numbers of the learners with these codes (mentors to @), as the export gave them.
    public func learnerPhones(codes: [String]) throws -> [String: String] {
        guard !codes.isEmpty else { return [:] }
        return try reader.read { db in
            var phones: [String: String] = [:]
            for code in Set(codes) {
                if let phone = try String.fetchOne(
                    db, sql: "SELECT phone FROM learner WHERE code = ? AND phone IS NOT NULL AND phone <> ''",
                    arguments: [code])
                {
                    phones[code] = phone
                }
            }
            return phones
        }
    }
}
