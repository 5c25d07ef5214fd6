import GRDB
import XuexiModel

/// A learner's standing on a leaderboard day: the points ranked by and their total.
public struct LeaderboardCandidate: Sendable, Equatable {
    public var points: Int
    public var total: Int
    public var learnerId: Int
}

// MARK: - Leaderboards and idle streaks (one day of `points` each)

extension XuexiStore {
    /// The stored store-wide candidates of a day and kind (`LeaderboardTop`), best first, when
    /// they cover the first `places` places; nil when they do not or the day has none (then scan).
    public func storedLeaderboard(day: Day, kind: LeaderboardKind, places: Int) throws -> [LeaderboardCandidate]? {
        guard places <= LeaderboardTop.depth else { return nil }
        return try reader.read { db in
            try LeaderboardTop.read(db, day: day.number, kind: kind)?.map {
                LeaderboardCandidate(points: $0.points, total: $0.total, learnerId: $0.id)
            }
        }
    }

    /// Hands `body` every learner's (id, points of `kind`, total points) on `day`. Reads
    /// straight from SQLite: a city day is 570,000 rows, too many to build values for.
    public func scanLeaderboard(
        day: Day, kind: LeaderboardKind,
        _ body: (_ learnerId: Int, _ points: Int, _ total: Int) throws -> Void
    ) throws {
        let column =
            switch kind {
            case .day: "day_points"
            case .week: "week_points"
            case .month: "month_points"
            case .total: "total_points"
            }
        try reader.read { db in
            let query = try RawStatement(
                db,
                sql: """
                    SELECT learner_id, \(column), total_points FROM points WHERE day = ?
                    """)
            query.bind(1, day.number)
            try query.forEachRow(db) { row in try body(row.int(0), row.int(1), row.int(2)) }
        }
    }

    /// Learners whose idle streak on `day` is at least `minimumDays`, with each learner's
    /// roster row and mentor's name joined in the same pass: a city has ~50,000 inactive learners, whose names one query reads in
    /// learner order far faster than separate lookups by id and by mentor code (also faster,
    /// measured, than looking each mentor up once in Swift). The literal `idle_days >= 3` lets
    /// SQLite read the partial index `points_idle` (a bound value cannot prove the index's
    /// condition) instead of the day's every row.
    public func scanIdleLearnerRows(day: Day, minimumDays: Int, _ body: (IdleLearnerRow) throws -> Void) throws {
        try reader.read { db in
            let query = try RawStatement(
                db,
                sql: """
                    SELECT p.learner_id, p.idle_days, l.code, l.name, l.org_id, l.mentor_code, m.name
                    FROM points p JOIN learner l ON l.id = p.learner_id
                    LEFT JOIN learner m ON m.code = l.mentor_code
                    WHERE p.day = ? AND p.idle_days >= ?\(minimumDays >= 3 ? " AND p.idle_days >= 3" : "")
                    """)
            query.bind(1, day.number)
            query.bind(2, minimumDays)
            try query.forEachRow(db) { row in
                try body(
                    IdleLearnerRow(
                        learnerId: row.int(0), idleDays: row.int(1), code: row.text(2), name: row.text(3),
                        orgId: Int64(row.int(4)), mentorCode: row.isNull(5) ? nil : row.text(5),
                        mentorName: row.isNull(6) ? nil : row.text(6)))
            }
        }
    }
}

/// One learner idle on a day, with what an inactive-learner listing shows of them.
public struct IdleLearnerRow: Sendable, Equatable {
    public var learnerId: Int
    public var idleDays: Int
    public var code: String
    public var name: String
    public var orgId: Int64
    public var mentorCode: String?
    /// The name of the learner whose code is `mentorCode`, if there is one.
    public var mentorName: String?
}
