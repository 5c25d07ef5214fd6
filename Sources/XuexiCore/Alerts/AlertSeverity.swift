import XuexiModel

public enum AlertSeverity: String, Sendable, Codable, CaseIterable, Comparable {
    case critical, warning, info

    /// Critical first.
    var order: Int {
        switch self {
        case .critical: 0
        case .warning: 1
        case .info: 2
        }
    }

    public static func < (lhs: AlertSeverity, rhs: AlertSeverity) -> Bool { lhs.order < rhs.order }

    public func title(_ language: Language) -> String {
        let key: AlertText =
            switch self {
            case .critical: .severityCritical
            case .warning: .severityWarning
            case .info: .severityInfo
            }
        return key.text(language)
    }
}
