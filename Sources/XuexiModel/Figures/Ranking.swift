/// Competition ranking ("1224"): equal figures share a rank and the next rank skips the
/// tied places. Every ranking of learners or units goes through here, so a tie is a tie
/// everywhere (leaderboards, 学霸, league tables, the dashboard, robots).
public enum Ranking {
    /// Ranks of `values` already sorted best first (descending).
    public static func competition(_ sortedDescending: [Double]) -> [Int] {
        var ranks: [Int] = []
        ranks.reserveCapacity(sortedDescending.count)
        for (position, value) in sortedDescending.enumerated() {
            if position > 0 && sortedDescending[position - 1] == value {
                ranks.append(ranks[position - 1])
            } else {
                ranks.append(position + 1)
            }
        }
        return ranks
    }

    /// Ranks of unsorted `values`, higher is better; nil values are not ranked. Exact
    /// comparison: two units tie only when their figures are equal, not their rounded display.
    public static func competition(unsorted values: [Double?]) -> [Int?] {
        let known = values.compactMap { $0 }
        return values.map { value in
            guard let value else { return nil }
            return 1 + known.reduce(0) { $0 + ($1 > value ? 1 : 0) }
        }
    }

    /// How many of `values` share the rank of `value` (1 when it is not tied).
    public static func tieCount(_ values: [Double?], _ value: Double?) -> Int {
        guard let value else { return 0 }
        return values.reduce(0) { $0 + ($1 == value ? 1 : 0) }
    }
}
