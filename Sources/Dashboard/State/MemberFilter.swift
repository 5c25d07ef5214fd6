import XuexiCore
import XuexiModel

/// The branch review's member list filter (`f` cycles it): party / masses as the
/// leaderboard filters, and the three lists to chase of `learners --status`, computed by the
/// same `Metrics.chaseList`.
public enum MemberFilter: Hashable, Sendable, CaseIterable {
    case all, party, masses
    case unregistered, unactivated, inactive

    /// The `learners --status` list this filter shows, if it is one.
    var status: ChaseStatus? {
        switch self {
        case .all, .party, .masses: nil
        case .unregistered: .unregistered
        case .unactivated: .unactivated
        case .inactive: .inactive
        }
    }

    var next: MemberFilter {
        let all = MemberFilter.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}
