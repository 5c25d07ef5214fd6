/// Competition ranking ("1224"): equal figures share a rank and the next rank skips the
/// tied places. Every ranking of learners or units goes through here, so a tie is a tie
/// everywhere (leaderboards, 学霸, league tables, the dashboard, robots).
public enum Ranking {
    /// A rate as it is published: to 0.1 percentage point. Units rank on this, so two units
    /// shown at 76.8% share a rank and the gap to the unit above is the difference of what
    /// the reader sees (78.2% − 77.8% = 落后 0.4 个百分点), never "落后 0.0".
    public static func publishedRate(_ fraction: Double) -> Double { published(fraction * 100, digits: 1) / 100 }

    /// Average day points as published: to 0.1 point.
    public static func publishedPoints(_ value: Double) -> Double { published(value, digits: 1) }

    /// `value` rounded half away from zero to `digits` decimals: the one rounding that ranks,
    /// gaps and every printed figure use.
    public static func published(_ value: Double, digits: Int) -> Double {
        guard value.isFinite else { return value }
        var scale = 1.0
        for _ in 0..<max(digits, 0) { scale *= 10 }
        return (value * scale).rounded() / scale
    }

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

    /// Ranks of unsorted `values`, higher is better; nil values are not ranked. The values are
    /// compared exactly: callers ranking units pass their published figures.
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
