/// The three sizes the product must serve (SPEC §1), with the shape of their org trees.
public enum DemoScale: String, Sendable, CaseIterable, Codable {
    case village, street, city

    public var learners: Int {
        switch self {
        case .village: 1_095
        case .street: 41_550
        case .city: 570_000
        }
    }

    /// Party members among the learners (西乡 5,071 of 41,550; 安阳 309,000 of 570,000).
    public var partyShare: Double {
        switch self {
        case .village: 0.12
        case .street: 5_071.0 / 41_550.0
        case .city: 309_000.0 / 570_000.0
        }
    }
}
