import XuexiCore
import XuexiStore

/// Learners whose name or code contains the search text: the first ones and how many in all.
public struct LearnerMatches: Sendable {
    public var rows: [LearnerRow]
    public var total: Int
}
