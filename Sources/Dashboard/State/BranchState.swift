import XuexiCore
import XuexiModel

/// The branch review of one org: its panes' selections and the members' order.
public struct BranchState: Sendable {
    public var orgCode: String
    public var focus = BranchPane.members
    public var members = ListSelection()
    public var memberSort = MemberSortKey.dayPoints
    public var memberAscending = false
    public var memberFilter = MemberFilter.all
    public var inactive = ListSelection()

    public init(orgCode: String) {
        self.orgCode = orgCode
    }
}
