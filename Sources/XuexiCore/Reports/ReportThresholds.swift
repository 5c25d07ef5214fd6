import XuexiModel

/// The thresholds a report was built with, so a reader knows what "below target" meant.
public struct ReportThresholds: Sendable, Codable, Equatable {
    public var activityFloor: Double
    public var activityTarget: Double
    public var starThreshold: Int
    public var inactiveDays: Int
    public var registrationTarget: Double = 1
    public var clubs: [Int]
    /// What the registration rate divides by: the expected headcount or the party members.
    public var registrationBase: RegistrationBase

    init(_ configuration: AppConfiguration) {
        activityFloor = configuration.activityFloor
        activityTarget = configuration.activityTarget
        starThreshold = configuration.starThreshold
        inactiveDays = configuration.inactiveDays
        registrationTarget = configuration.registrationTarget
        clubs = configuration.clubs
        registrationBase = configuration.registrationBase
    }
}
