import XuexiCore

/// What the learner detail shows: the daily history and the roster facts (phone masked).
public struct LearnerDetailData: Sendable {
    public var history: LearnerDays?
    public var roster: LearnerRow?
    public var mentorName: String?
    /// Org names from the root down to the learner's org.
    public var orgPath: [String]
}
