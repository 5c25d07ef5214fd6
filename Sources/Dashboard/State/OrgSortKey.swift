/// What the org tree's siblings are ordered by (`s` cycles, `S` reverses).
public enum OrgSortKey: String, Sendable, CaseIterable {
    /// The tree's own order (by org code), as the admin console lists it.
    case tree
    case activityRate
    case averagePoints
    case registrationRate
    case registered
    case rank
    case name

    /// The order `s` walks through: the figures people compare first come first.
    var next: OrgSortKey {
        let all = OrgSortKey.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// Figures read best-first (descending); names, codes and ranks ascending.
    var defaultAscending: Bool {
        switch self {
        case .tree, .name, .rank: true
        case .activityRate, .averagePoints, .registrationRate, .registered: false
        }
    }
}
