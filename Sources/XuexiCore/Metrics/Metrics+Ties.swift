import XuexiModel

extension Metrics {
    /// The first `places` learners by points with everyone tied with the last of them, ranked the competition
    /// way (1, 2, 2, 4): a list that stops at the 10th name while others have the same points would cut a tie
    /// silently. Reads the same leaderboard as every other top list, widening the page until the tie ends.
    public func topWithTies(
        _ kind: LeaderboardKind, day: Day, scope: String? = nil, places: Int, minimumPoints: Int = 1
    ) throws -> [LeaderboardEntry] {
        var limit = max(places, 1) * 2
        var entries: [LeaderboardEntry]
        while true {
            entries = try leaderboard(kind, day: day, scope: scope, limit: limit).filter { $0.points >= minimumPoints }
            guard entries.count > places, entries.count == limit, entries.last?.points == entries[places - 1].points
            else { break }
            limit *= 4
        }
        guard entries.count > places else { return Self.competitionRanked(entries) }
        let cut = entries[places - 1].points
        return Self.competitionRanked(entries.prefix { $0.points >= cut })
    }

    /// Equal points, equal rank; the next rank skips the places the tie took.
    static func competitionRanked<S: Sequence>(_ entries: S) -> [LeaderboardEntry] where S.Element == LeaderboardEntry {
        var ranked: [LeaderboardEntry] = []
        for (position, var entry) in entries.enumerated() {
            if let previous = ranked.last, previous.points == entry.points {
                entry.rank = previous.rank
            } else {
                entry.rank = position + 1
            }
            ranked.append(entry)
        }
        return ranked
    }
}

extension OrgFigures {
    /// How many more active learners the unit needed to reach `threshold` (a mean per day for a week or month);
    /// nil without registered learners. The rate is active / registered, so this is the same figure turned round.
    public func shortfall(to threshold: Double) -> Int? {
        guard registered > 0 else { return nil }
        let needed = threshold * Double(registered) - (active ?? 0)
        // 1e-9 keeps 0.4 × 50 − 20 from becoming 1 through floating-point noise.
        return max(0, Int((needed - 1e-9).rounded(.up)))
    }
}
