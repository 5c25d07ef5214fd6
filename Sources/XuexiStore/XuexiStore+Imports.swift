import Foundation
import GRDB
import XuexiModel

/// An earlier import of the same bytes (`import_record`).
public struct PriorImport: Sendable, Equatable {
    public var id: Int64
    public var firstDay: Int?
    public var lastDay: Int?
    /// When it started (ISO 8601, UTC).
    public var startedAt: String? = nil
}

/// One line of the console's own organization ranking, kept beside ours.
public struct ConsoleRankingEntry: Sendable, Equatable, Codable {
    public var rank: Int
    public var orgName: String
    public var consoleOrgId: String?
    public var avgScore: Double?
    public var preDiffScore: Double?

    public init(rank: Int, orgName: String, consoleOrgId: String?, avgScore: Double?, preDiffScore: Double?) {
        self.rank = rank
        self.orgName = orgName
        self.consoleOrgId = consoleOrgId
        self.avgScore = avgScore
        self.preDiffScore = preDiffScore
    }
}

extension XuexiStore {
    static let aggregateParametersKey = "aggregate.parameters"
}

// MARK: - Import records

extension ImportTransaction {
    /// The latest import of these bytes as this kind, if any.
    public func lastImport(sha256: String, kind: String) throws -> PriorImport? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT id, first_day, last_day, started_at FROM import_record WHERE sha256 = ? AND kind = ? ORDER BY id DESC LIMIT 1
                    """, arguments: [sha256, kind])
        else { return nil }
        return PriorImport(
            id: row["id"], firstDay: row["first_day"], lastDay: row["last_day"], startedAt: row["started_at"])
    }

    /// How many imports of `kind` were recorded after import `id`.
    public func importCount(after id: Int64, kind: String) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM import_record WHERE id > ? AND kind = ?",
            arguments: [id, kind]) ?? 0
    }

    /// How many imports of any of `kinds` after import `id` touched a day from `first` through `last`.
    public func importCount(
        after id: Int64, kinds: [String], touchingDaysFrom first: Int,
        through last: Int
    ) throws -> Int {
        let placeholders = kinds.map { _ in "?" }.joined(separator: ", ")
        var arguments: StatementArguments = [id]
        arguments += StatementArguments(kinds)
        arguments += [last, first]
        return try Int.fetchOne(
            db,
            sql: """
                SELECT COUNT(*) FROM import_record WHERE id > ? AND kind IN (\(placeholders))
                AND first_day <= ? AND last_day >= ?
                """, arguments: arguments) ?? 0
    }

    /// Records the start of one file's import; returns its id (anomalies refer to it).
    public func beginImportRecord(
        file: String, sha256: String, kind: String, startedAt: Date,
        user: String
    ) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO import_record (file, sha256, kind, rows, started_at, seconds, user)
                VALUES (?, ?, ?, 0, ?, 0, ?)
                """, arguments: [file, sha256, kind, ISO8601DateFormatter().string(from: startedAt), user])
        return db.lastInsertedRowID
    }

    public func finishImportRecord(_ id: Int64, rows: Int, firstDay: Day?, lastDay: Day?, seconds: Double) throws {
        try db.execute(
            sql: "UPDATE import_record SET rows = ?, first_day = ?, last_day = ?, seconds = ? WHERE id = ?",
            arguments: [rows, firstDay?.number, lastDay?.number, seconds, id])
    }

    /// Replaces the console's ranking of `day` with `entries`.
    public func replaceConsoleRanking(day: Day, entries: [ConsoleRankingEntry], importId: Int64) throws {
        try db.execute(sql: "DELETE FROM console_ranking WHERE day = ?", arguments: [day.number])
        for entry in entries {
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO console_ranking (day, rank, org_name, console_org_id, avg_score, pre_diff_score,
                        import_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    day.number, entry.rank, entry.orgName, entry.consoleOrgId, entry.avgScore,
                    entry.preDiffScore, importId,
                ])
        }
    }
}

// MARK: - Aggregate parameters

extension ImportTransaction {
    /// The one check of the aggregate parameters (activity threshold, club thresholds) the
    /// stored daily figures and running sums were computed with, run by every import.
    /// Records the configuration's parameters when none are stored. When they differ the
    /// caller re-derives every stored day (`rebuildForParameters`), which records them.
    @discardableResult
    public func checkAggregateParameters(_ parameters: AggregateParameters) throws -> AggregateParametersCheck {
        guard let stored = try XuexiStore.meta(db, XuexiStore.aggregateParametersKey) else {
            try XuexiStore.setMeta(db, XuexiStore.aggregateParametersKey, parameters.encoded)
            return .recorded
        }
        return stored == parameters.encoded ? .matching : .differing(stored: stored)
    }

    /// Recomputes every stored day's figures (after org or roster changes) and records the
    /// parameters used.
    public func rebuildDailyFigures(parameters: AggregateParameters) throws {
        try DailyAggregator.rebuildAll(db, parameters: parameters)
    }
}
