import XuexiCore
import XuexiStore

/// One learner's roster facts (phone masked) and their mentor's name, for the detail view.
public struct LearnerInfo: Sendable {
    public var row: LearnerRow?
    public var mentorName: String?
}
