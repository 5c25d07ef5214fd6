import XuexiModel

/// The persisted life cycle of an alert (SPEC §5).
/// open → acknowledged (someone took it) or snoozed (until a day); any of them → resolved
/// when the condition clears on a later evaluation; resolved → open when it comes back.
public enum AlertState: String, Sendable, Codable, CaseIterable {
    case open, acknowledged, snoozed, resolved

    public func title(_ language: Language) -> String {
        let key: AlertText =
            switch self {
            case .open: .stateOpen
            case .acknowledged: .stateAcknowledged
            case .snoozed: .stateSnoozed
            case .resolved: .stateResolved
            }
        return key.text(language)
    }
}
