import XuexiCore
import XuexiModel

/// The last derived lists, so a frame that changes nothing in their inputs does not sort a
/// city's tree again. Not a data cache: loaded values live in `DashboardLoader` only; this
/// keeps one result per list, keyed by every input it was derived from.
struct DerivedListsMemo {
    struct OrgRowsKey: Hashable {
        var period: Period
        var scope: String?
        var stamp: Int64
        var isCurrent: Bool
        var rowCount: Int
        var expanded: Set<String>
        var sort: OrgSortKey
        var ascending: Bool
        var filter: OrgFilter
    }

    struct MemberRowsKey: Hashable {
        var orgCode: String
        var day: Day
        var stamp: Int64
        var isCurrent: Bool
        var memberCount: Int
        var sort: MemberSortKey
        var ascending: Bool
        var filter: MemberFilter
        /// Whether the chase list the filter needs has arrived.
        var chaseLoaded: Bool
    }

    var orgRows: (key: OrgRowsKey, rows: [VisibleOrgRow])?
    var memberRows: (key: MemberRowsKey, rows: [MemberRow])?
    /// The alert groups of the listed alerts: grouping decodes every alert's figures, which a
    /// city's top alerts make megabytes of; comparing the listed alerts is far cheaper.
    var alertGroups: (alerts: [Alert], groups: [AlertGroup])?
    /// The learners found for the last query that finished, listed while the next one loads
    /// so typing never blanks the list.
    var lastLearnerSearch: (query: String, results: [SearchEntry], total: Int)?

    mutating func clear() {
        self = DerivedListsMemo()
    }
}
