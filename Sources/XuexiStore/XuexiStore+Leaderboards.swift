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

    /// Hands `body` each learner with a row on `day` whose idle streak (days with data
    /// without points, kept by the import) is at least `minimumDays`, with that streak.
    public func scanIdleLearners(
        day: Day, minimumDays: Int,
        _ body: (_ learnerId: Int, _ idleDays: Int) throws -> Void
    ) throws {
        try reader.read { db in
            let query = try RawStatement(
                db,
                sql: """
                    SELECT learner_id, idle_days FROM points WHERE day = ? AND idle_days >= ?
                    """)
            query.bind(1, day.number)
            query.bind(2, minimumDays)
            try query.forEachRow(db) { row in try body(row.int(0), row.int(1)) }
        }
    }
}
