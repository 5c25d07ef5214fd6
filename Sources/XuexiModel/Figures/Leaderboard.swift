/// Which points a leaderboard ranks by (SPEC §4).
public enum LeaderboardKind: String, Sendable, Codable, CaseIterable {
    case day, week, month, total
}

/// Party / masses / everyone (SPEC §4 leaderboard filters).
public enum LearnerFilter: String, Sendable, Codable, CaseIterable {
    case all, party, masses

    package func accepts(isParty: Bool) -> Bool {
        switch self {
        case .all: true
        case .party: isParty
        case .masses: !isParty
        }
    }
}
