import XuexiModel

extension OrgFigures {
    /// How many more active learners the unit needed to reach `threshold` (a mean per day for
    /// a week or month); nil without registered learners.
    public func shortfall(to threshold: Double) -> Int? {
        guard registered > 0 else { return nil }
        return Shortfall.learners(toReach: threshold, of: registered, have: active ?? 0)
    }
}
