/// Which orgs the tree shows (`f` in the org pane): all, or only those below the activity
/// target or floor (the notice list, 通报), with their ancestors for context.
public enum OrgFilter: String, Sendable, CaseIterable {
    case all, belowTarget, belowFloor

    var next: OrgFilter {
        let all = OrgFilter.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
