import XuexiModel

/// The alert rules of SPEC §5. The raw value is the rule name users see in the CLI, JSON
/// and config, and the first part of every alert id.
public enum AlertRule: String, Sendable, Codable, CaseIterable {
    case activityBelowFloor = "activity.below_floor"
    case activityBelowTarget = "activity.below_target"
    case activityDrop = "activity.drop"
    case registrationBelowTarget = "registration.below_target"
    case learnerInactive = "learner.inactive"
    case dataStale = "data.stale"
    case dataAnomaly = "data.anomaly"

    /// Each rule has one fixed severity (SPEC §5).
    public var severity: AlertSeverity {
        switch self {
        case .activityBelowFloor, .dataStale: .critical
        case .activityBelowTarget, .activityDrop, .registrationBelowTarget, .dataAnomaly: .warning
        case .learnerInactive: .info
        }
    }

    /// Rules about one org's figures on a data day; evaluating a day with data settles them all.
    static let orgRules: [AlertRule] = [
        .activityBelowFloor, .activityBelowTarget, .activityDrop, .registrationBelowTarget,
    ]

    /// Position in listings, so alerts of equal severity come in a fixed, meaningful order.
    var order: Int { AlertRule.allCases.firstIndex(of: self) ?? 0 }

    public func title(_ language: Language) -> String {
        StringTable.text(titleKey, language)
    }

    var titleKey: AlertText {
        switch self {
        case .activityBelowFloor: .ruleActivityBelowFloor
        case .activityBelowTarget: .ruleActivityBelowTarget
        case .activityDrop: .ruleActivityDrop
        case .registrationBelowTarget: .ruleRegistrationBelowTarget
        case .learnerInactive: .ruleLearnerInactive
        case .dataStale: .ruleDataStale
        case .dataAnomaly: .ruleDataAnomaly
        }
    }
}
