/// The parameters baked into the stored per-org daily figures and running sums. Every
/// import checks them against the stored ones in one place
/// (`ImportTransaction.checkAggregateParameters`).
public struct AggregateParameters: Sendable, Equatable, Codable {
    /// Day points at or above this make a learner active (SPEC §4, default 1).
    public var activityThreshold: Int = 1
    public var clubLow: Int = 20_000
    public var clubHigh: Int = 40_000

    public init(activityThreshold: Int = 1, clubLow: Int = 20_000, clubHigh: Int = 40_000) {
        self.activityThreshold = activityThreshold
        self.clubLow = clubLow
        self.clubHigh = clubHigh
    }

    /// How the parameters are kept in the store's meta table.
    package var encoded: String { "\(activityThreshold),\(clubLow),\(clubHigh)" }

    public var activity: ActivityRule { ActivityRule(threshold: activityThreshold) }
}

/// What makes a learner "active" on a day (SPEC §4). The daily figures (active counts) and
/// the running sums (idle streaks) both ask this one rule, so they cannot disagree.
public struct ActivityRule: Sendable, Equatable {
    public var threshold: Int

    public init(threshold: Int) {
        self.threshold = threshold
    }

    @inline(__always)
    public func isActive(dayPoints: Int) -> Bool { dayPoints >= threshold }
}

/// The outcome of comparing the stored aggregate parameters with the configuration's.
public enum AggregateParametersCheck: Sendable, Equatable {
    /// None were stored: the configuration's are now recorded.
    case recorded
    case matching
    /// The stored figures were computed with other parameters (kept as they are for now).
    case differing(stored: String)
}
