/// Per-key timings of a replayed key script: handler plus frame, data loads included.
public struct KeyLatencyReport: Sendable {
    public var samples: [(key: String, milliseconds: Double)]

    public var sortedMilliseconds: [Double] { samples.map(\.milliseconds).sorted() }

    /// The value below which `fraction` of the samples lie (nearest rank).
    public func percentile(_ fraction: Double) -> Double {
        let sorted = sortedMilliseconds
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(0, rank), sorted.count - 1)]
    }

    public var slowest: (key: String, milliseconds: Double)? { samples.max { $0.milliseconds < $1.milliseconds } }

    public var summary: String {
        let format = { (value: Double) in String(format: "%.2f ms", value) }
        var text =
            "keys: \(samples.count)  p50: \(format(percentile(0.5)))  p95: \(format(percentile(0.95)))  max: \(format(sortedMilliseconds.last ?? 0))"
        if let slowest { text += " (\(slowest.key))" }
        return text
    }
}
