/// How many more learners a unit needs to reach a rate: the one definition shared by the
/// alerts ("差 12 人达到 40%") and the chat notes, so both always give the same number.
public enum Shortfall {
    /// Learners missing for `have` of `total` to reach `threshold` (0 when reached). `have` may be
    /// a mean per day (a week's or month's active learners). 1e-9 keeps 0.4 × 50 − 20 from
    /// becoming 1 through floating-point noise.
    public static func learners(toReach threshold: Double, of total: Int, have: Double) -> Int {
        max(0, Int((threshold * Double(total) - have - 1e-9).rounded(.up)))
    }
}
