/// Where a measured ratio turns from good to warning to bad.
public struct GaugeThresholds: Hashable, Sendable {
    public enum Level: Sendable, Hashable {
        case good
        case warn
        case bad
    }

    public var warning: Double
    public var bad: Double
    /// True for rates such as activity (low is bad); false for load-like figures (high is bad).
    public var higherIsBetter: Bool

    public init(warning: Double, bad: Double, higherIsBetter: Bool = true) {
        self.warning = warning
        self.bad = bad
        self.higherIsBetter = higherIsBetter
    }

    /// A value exactly on a threshold counts as the worse level.
    public func level(for value: Double) -> Level {
        if higherIsBetter {
            if value <= bad { return .bad }
            if value <= warning { return .warn }
            return .good
        }
        if value >= bad { return .bad }
        if value >= warning { return .warn }
        return .good
    }
}
