/// Which alerts a listing shows: one state, every unresolved alert, or everything.
public enum AlertStateFilter: String, Sendable, Codable, CaseIterable {
    case open, acknowledged, snoozed, resolved
    /// Open, acknowledged and snoozed: everything not yet resolved (the dashboard's default).
    case active
    case all

    public func accepts(_ state: AlertState) -> Bool {
        switch self {
        case .all: true
        case .active: state != .resolved
        case .open: state == .open
        case .acknowledged: state == .acknowledged
        case .snoozed: state == .snoozed
        case .resolved: state == .resolved
        }
    }
}
