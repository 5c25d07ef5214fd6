import GRDB
import XuexiModel

/// One learner's day points over a run of days, as stored.
public struct LearnerPointsHistory: Sendable, Equatable {
    /// Day points per calendar day from the first day asked; nil where the store has no row.
    public var points: [Int?]
    /// The latest known total over those days.
    public var totalPoints: Int?
}

// MARK: - Per-learner histories and per-item breakdowns

extension XuexiStore {
    /// Day points of each learner for `count` days from `first`, keyed by learner id. Point
    /// lookups by key, so a branch of a city store costs its members × days, not the city.
    public func pointsHistory(learnerIds: [Int], from first: Day, count: Int) throws -> [Int: LearnerPointsHistory] {
        try reader.read { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT day_points, total_points FROM points WHERE day = ? AND learner_id = ?
                    """)
            var result: [Int: LearnerPointsHistory] = [:]
            for id in learnerIds {
                var history = LearnerPointsHistory(points: [Int?](repeating: nil, count: count), totalPoints: nil)
                for offset in 0..<count {
                    if let row = try Row.fetchOne(statement, arguments: [first.number + offset, id]) {
                        history.points[offset] = row[0]
                        if let value = row[1] as Int? { history.totalPoints = value }
                    }
                }
                result[id] = history
            }
            return result
        }
    }

    /// Points per item (阅读文章, 视听学习, …) over `first`…`last`, summed over the learners
    /// `includes` accepts (by learner id); items are named, "?" for an unknown item id.
    public func itemPoints(
        from first: Day, through last: Day,
        includes: (_ learnerId: Int) -> Bool
    ) throws -> [(item: String, points: Int)] {
        try reader.read { db in
            var sums: [Int64: Int] = [:]
            let query = try RawStatement(
                db,
                sql: """
                    SELECT learner_id, items FROM points WHERE day BETWEEN ? AND ? AND items IS NOT NULL
                    """)
            query.bind(1, first.number)
            query.bind(2, last.number)
            try query.forEachRow(db) { row in
                guard includes(row.int(0)) else { return }
                row.withBlobBytes(1) { bytes in PackedItems.forEach(bytes) { sums[$0, default: 0] += $1 } }
            }
            let names = Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, name FROM item").map {
                    ($0[0] as Int64, $0[1] as String)
                })
            return sums.map { (names[$0.key] ?? "?", $0.value) }
        }
    }
}
