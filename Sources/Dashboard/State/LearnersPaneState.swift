import XuexiCore
import XuexiModel

/// The top-learners pane: which board (tab), which people (filter), and the selection.
public struct LearnersPaneState: Sendable {
    public var kind = LeaderboardKind.day
    public var filter = LearnerFilter.all
    public var selection = ListSelection()

    public init() {}
}
