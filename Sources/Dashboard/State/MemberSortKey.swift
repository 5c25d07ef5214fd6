/// How the branch review lists members.
public enum MemberSortKey: String, Sendable, CaseIterable {
    case dayPoints, recentPoints, totalPoints, name

    var next: MemberSortKey {
        let all = MemberSortKey.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
