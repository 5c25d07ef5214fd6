/// One day's points held as flat arrays indexed by learner id, the shape both the import
/// and the aggregation want.
public struct DayPoints: Sendable {
    public static let absent: Int32 = -1
    public var dayPoints: [Int32]
    public var totals: [Int64]  // -1 when unknown

    public init(capacity: Int) {
        dayPoints = Array(repeating: DayPoints.absent, count: capacity)
        totals = Array(repeating: -1, count: capacity)
    }
}

/// Per-learner running figures carried from one day with data to the next.
public struct RunningSums: Sendable {
    public var week: [Int32]
    public var month: [Int32]
    public var idle: [Int32]

    public init(capacity: Int) {
        week = Array(repeating: 0, count: capacity)
        month = Array(repeating: 0, count: capacity)
        idle = Array(repeating: 0, count: capacity)
    }

    /// The learner's figures on the next day with data, given that day's points.
    @inline(__always)
    public func next(
        id: Int, dayPoints: Int, sameWeek: Bool, sameMonth: Bool,
        rule: ActivityRule
    ) -> (week: Int, month: Int, idle: Int) {
        let known = id < week.count
        let week = (sameWeek && known ? Int(self.week[id]) : 0) + dayPoints
        let month = (sameMonth && known ? Int(self.month[id]) : 0) + dayPoints
        let idle = rule.isActive(dayPoints: dayPoints) ? 0 : (known ? Int(self.idle[id]) : 0) + 1
        return (week, month, idle)
    }
}

/// The day with data before a given day: its totals and running sums (`day` nil when none).
public struct PreviousDay: @unchecked Sendable {
    public var day: Int?
    public var points: DayPoints
    public var sums: RunningSums

    public init(day: Int?, points: DayPoints, sums: RunningSums) {
        self.day = day
        self.points = points
        self.sums = sums
    }
}

/// Data problems that import anyway and raise a `data.anomaly` alert (SPEC §3, §5).
public enum AnomalyKind: String, Sendable, Codable, CaseIterable {
    case overDailyMaximum = "over_daily_maximum"
    case totalDecreased = "total_decreased"
    case dayTotalMismatch = "day_total_mismatch"
}
