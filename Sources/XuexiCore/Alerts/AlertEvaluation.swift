import Foundation
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
    /// Seconds spent in each phase of the evaluation (xuexi-bench prints them); not part of
    /// what the evaluation changed, so equality ignores it.
    public var phases: [String: Double] = [:]

    public init() {}

    public static func == (a: AlertEvaluation, b: AlertEvaluation) -> Bool {
        (a.days, a.opened, a.reopened, a.resolved, a.unsnoozed, a.holding)
            == (b.days, b.opened, b.reopened, b.resolved, b.unsnoozed, b.holding)
    }

    mutating func merge(_ other: AlertEvaluation) {
        days += other.days
        opened += other.opened
        reopened += other.reopened
        resolved += other.resolved
        unsnoozed += other.unsnoozed
        holding = other.holding
        phases.merge(other.phases, uniquingKeysWith: +)
    }
}

/// Wall-clock seconds per named phase, summed when a phase runs more than once.
struct PhaseTimer {
    private(set) var seconds: [String: Double] = [:]

    mutating func time<T>(_ phase: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { seconds[phase, default: 0] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        return try body()
    }

    mutating func add(_ phase: String, since start: UInt64) {
        seconds[phase, default: 0] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
