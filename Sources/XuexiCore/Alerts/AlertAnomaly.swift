import XuexiModel

/// One data anomaly behind a `data.anomaly` alert: what was wrong and which import brought it.
public struct AlertAnomaly: Sendable, Codable, Equatable {
    public var kind: AnomalyKind
    /// The offending value: day points, or the total for `total_decreased`.
    public var value: Int?
    /// What it was compared with: the daily maximum, the previous total, or the change of total.
    public var reference: Int?
    public var importId: Int64
    /// The imported file's name (no directory: paths can name people's home folders).
    public var file: String?
    /// The learner of the row (an import's alert lists its first rows).
    public var learnerId: String?
    public var learnerName: String?

    public init(
        kind: AnomalyKind, value: Int?, reference: Int?, importId: Int64, file: String?, learnerId: String? = nil,
        learnerName: String? = nil
    ) {
        self.learnerId = learnerId
        self.learnerName = learnerName
        self.kind = kind
        self.value = value
        self.reference = reference
        self.importId = importId
        self.file = file
    }
}
