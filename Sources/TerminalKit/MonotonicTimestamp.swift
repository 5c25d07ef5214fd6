/// A monotonic time stamp for bounding waits (ContinuousClock without its generics).
struct MonotonicTimestamp {
    let instant: ContinuousClock.Instant

    static func now() -> MonotonicTimestamp { MonotonicTimestamp(instant: ContinuousClock.now) }

    func elapsedMilliseconds() -> Int {
        let elapsed = ContinuousClock.now - instant
        return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }
}
