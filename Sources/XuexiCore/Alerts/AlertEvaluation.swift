import XuexiModel

/// What one evaluation changed, for the import summary line and `alerts evaluate`.
public struct AlertEvaluation: Sendable, Equatable {
    /// The data days evaluated, ascending.
    public var days: [Day] = []
    public var opened: [String] = []
    public var reopened: [String] = []
    public var resolved: [String] = []
    /// Snoozed alerts whose snooze ran out while the condition still held.
    public var unsnoozed: [String] = []
    /// Conditions holding at the last evaluation (new or already known).
    public var holding: Int = 0

    public init() {}

    mutating func merge(_ other: AlertEvaluation) {
        days += other.days
        opened += other.opened
        reopened += other.reopened
        resolved += other.resolved
        unsnoozed += other.unsnoozed
        holding = other.holding
    }
}
