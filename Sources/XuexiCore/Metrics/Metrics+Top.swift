import Foundation
import XuexiModel
import XuexiStore

/// A leaderboard cut at N for publishing: never splits a tie, and states its true size.
public struct TopLearners: Sendable, Codable, Equatable {
    /// The N asked for.
    public var limit: Int
    /// The minimum points to count at all (the star threshold of a daily note, else 1).
    public var minimumPoints: Int
    /// Learners of the scope at or above `minimumPoints` (the heading's true count).
    public var qualifying: Int
    /// The first N and everyone tied with the N-th (up to 2N; beyond that the first N).
    public var entries: [LeaderboardEntry]
    /// Learners tied with the last listed one who are not listed (另有并列 K 人).
    public var moreTied: Int

    public init(limit: Int, minimumPoints: Int, qualifying: Int, entries: [LeaderboardEntry], moreTied: Int) {
        self.limit = limit
        self.minimumPoints = minimumPoints
        self.qualifying = qualifying
        self.entries = entries
        self.moreTied = moreTied
    }

    /// Whether the list names fewer learners than qualified (the heading says "前 N 名及并列").
    public var isCut: Bool { entries.count < qualifying }
}

extension Metrics {
    /// The top `limit` learners of a leaderboard with at least `minimumPoints`, with every
    /// learner tied with the `limit`-th; when that would list more than 2 × `limit`, the first
    /// `limit` and the number of tied learners left out.
    public func topLearners(
        _ kind: LeaderboardKind, day: Day, scope: String? = nil, filter: LearnerFilter = .all, limit: Int,
        minimumPoints: Int = 1
    ) throws -> TopLearners {
        let ranked = try rankedLearners(kind, day: day, scope: scope, filter: filter, places: max(1, limit))
            .filter { $0.points >= minimumPoints }
        let qualifying = try countLearners(kind, day: day, scope: scope, filter: filter, atLeast: minimumPoints)
        guard limit > 0 else {
            return TopLearners(
                limit: limit, minimumPoints: minimumPoints, qualifying: qualifying, entries: [], moreTied: 0)
        }
        var entries = ranked
        var moreTied = 0
        if ranked.count > 2 * limit {
            entries = Array(ranked.prefix(limit))
            moreTied = ranked.count - limit
        }
        return TopLearners(
            limit: limit, minimumPoints: minimumPoints, qualifying: qualifying, entries: entries, moreTied: moreTied)
    }

    /// How many learners of the scope have at least `minimum` points of `kind` (one day's rows).
    public func countLearners(
        _ kind: LeaderboardKind, day: Day, scope: String? = nil, filter: LearnerFilter = .all, atLeast minimum: Int
    ) throws -> Int {
        let snapshot = try snapshot()
        let tree = snapshot.tree
        let directory = snapshot.directory
        let scopeRange = try scopeIndex(scope, in: tree).map { tree.subtree(of: $0) } ?? 0..<tree.count
        guard let readDay = leaderboardDay(kind, day: day, snapshot: snapshot) else { return 0 }
        let wholeTree = scopeRange == 0..<tree.count && filter == .all
        var count = 0
        try store.scanLeaderboard(day: readDay, kind: kind) { id, points, _ in
            guard points >= minimum, id <= directory.maxId, directory.exists[id] else { return }
            if !wholeTree {
                let org = Int(directory.orgIndex(of: id, on: readDay.number))
                guard org >= 0, scopeRange.contains(org), filter.accepts(isParty: directory.isParty[id]) else { return }
            }
            count += 1
        }
        return count
    }
}
