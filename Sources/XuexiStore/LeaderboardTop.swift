import GRDB
import XuexiModel

/// Keeps `leaderboard_top`: for each day, the learners that can appear in the first
/// `LeaderboardTop.depth` places of the store-wide day, week, month and total leaderboards.
///
/// Selection is by (points, total) only, keeping every tie at the cut, so the final order
/// by learner id is applied at read time exactly as a full scan would (`Metrics.leaderboard`).
/// A city day measured ~80 ms to scan for a top 20; this makes it a ~200-row read.
enum LeaderboardTop {
    static let depth = 200

    struct Candidate: Sendable {
        var learner: Int32
        var points: Int32
        var total: Int64
    }

    /// The columns of one day, as written by the import.
    struct DayColumns: Sendable {
        var learners: [Int32] = []
        var day: [Int32] = []
        var week: [Int32] = []
        var month: [Int32] = []
        var total: [Int64] = []

        mutating func reserve(_ count: Int) {
            learners.reserveCapacity(count)
            day.reserveCapacity(count)
            week.reserveCapacity(count)
            month.reserveCapacity(count)
            total.reserveCapacity(count)
        }

        mutating func append(learner: Int, day: Int, week: Int, month: Int, total: Int) {
            learners.append(Int32(clamping: learner))
            self.day.append(Int32(clamping: day))
            self.week.append(Int32(clamping: week))
            self.month.append(Int32(clamping: month))
            self.total.append(Int64(max(0, total)))
        }
    }

    /// The candidates of every kind, computed in O(n) per kind: a histogram finds the value
    /// at the cut, then only the entries at or above it are sorted.
    static func select(_ columns: DayColumns) -> [(kind: LeaderboardKind, candidates: [Candidate])] {
        var result: [(LeaderboardKind, [Candidate])] = []
        for kind in LeaderboardKind.allCases {
            let values: [Int64] =
                switch kind {
                case .day: columns.day.map(Int64.init)
                case .week: columns.week.map(Int64.init)
                case .month: columns.month.map(Int64.init)
                case .total: columns.total
                }
            let cut = threshold(values, depth: depth)
            var candidates: [Candidate] = []
            for index in values.indices where values[index] >= cut {
                candidates.append(
                    Candidate(
                        learner: columns.learners[index], points: Int32(clamping: values[index]),
                        total: columns.total[index]))
            }
            candidates.sort { ($0.points, $0.total) > ($1.points, $1.total) }
            // Keep the first `depth` and every entry tied with the last of them.
            if candidates.count > depth {
                let last = candidates[depth - 1]
                var keep = depth
                while keep < candidates.count && candidates[keep].points == last.points
                    && candidates[keep].total == last.total
                {
                    keep += 1
                }
                candidates.removeLast(candidates.count - keep)
            }
            result.append((kind, candidates))
        }
        return result
    }

    /// The largest value v such that at least `depth` entries are ≥ v (or the minimum).
    static func threshold(_ values: [Int64], depth: Int) -> Int64 {
        guard values.count > depth, let maximum = values.max(), let minimum = values.min() else { return Int64.min }
        if maximum - minimum > 4_000_000 {
            return values.sorted(by: >)[depth - 1]
        }
        var counts = [Int](repeating: 0, count: Int(maximum - minimum) + 1)
        for value in values { counts[Int(value - minimum)] += 1 }
        var seen = 0
        for bucket in stride(from: counts.count - 1, through: 0, by: -1) {
            seen += counts[bucket]
            if seen >= depth { return Int64(bucket) + minimum }
        }
        return minimum
    }

    static func write(_ db: Database, day: Int, selection: [(kind: LeaderboardKind, candidates: [Candidate])]) throws {
        try clear(db, day: day)
        let insert = try RawStatement(
            db,
            sql:
                "INSERT INTO leaderboard_top (day, kind, position, learner_id, points, total) VALUES (?, ?, ?, ?, ?, ?)"
        )
        for (kind, candidates) in selection {
            for (position, candidate) in candidates.enumerated() {
                insert.bind(1, day)
                insert.bind(2, kind.rawValue)
                insert.bind(3, position)
                insert.bind(4, Int(candidate.learner))
                insert.bind(5, Int(candidate.points))
                insert.bind(6, Int(candidate.total))
                try insert.step(db)
            }
        }
    }

    static func clear(_ db: Database, day: Int) throws {
        try db.execute(sql: "DELETE FROM leaderboard_top WHERE day = ?", arguments: [day])
    }

    /// The stored candidates of a day and kind, or nil when the day has none (then scan).
    static func read(_ db: Database, day: Int, kind: LeaderboardKind) throws -> [(points: Int, total: Int, id: Int)]? {
        var rows: [(points: Int, total: Int, id: Int)] = []
        let query = try RawStatement(
            db,
            sql: "SELECT learner_id, points, total FROM leaderboard_top WHERE day = ? AND kind = ? ORDER BY position")
        query.bind(1, day)
        query.bind(2, kind.rawValue)
        try query.forEachRow(db) { row in rows.append((row.int(1), row.int(2), row.int(0))) }
        return rows.isEmpty ? nil : rows
    }
}
