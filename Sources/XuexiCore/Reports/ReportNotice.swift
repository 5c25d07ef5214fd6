/// An org on the notice list (通报): its activity rate is below the floor or the target.
public struct ReportNotice: Sendable, Codable, Equatable {
    public enum Level: String, Sendable, Codable {
        case belowFloor = "below_floor"
        case belowTarget = "below_target"
    }

    public var code: String
    public var name: String
    public var level: Level
    public var activityRate: Double
    public var threshold: Double
}
