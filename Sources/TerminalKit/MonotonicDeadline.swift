/// A point in time on the monotonic clock, for input timeouts that must not jump with the
/// wall clock: "wake me when this toast should go" or "when the next refresh is due".
public struct MonotonicDeadline: Sendable {
    public let instant: ContinuousClock.Instant

    public init(millisecondsFromNow milliseconds: Int) {
        instant = ContinuousClock.now.advanced(by: .milliseconds(milliseconds))
    }

    /// Milliseconds left, 0 once passed: pass it straight to `nextEvent(timeoutMilliseconds:)`.
    public func remainingMilliseconds() -> Int {
        let left = instant - ContinuousClock.now
        let milliseconds = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000
        return max(0, Int(milliseconds) + (left > .zero && milliseconds == 0 ? 1 : 0))
    }
}
