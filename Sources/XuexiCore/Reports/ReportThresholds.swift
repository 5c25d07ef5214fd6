/// The thresholds a report was built with, so a reader knows what "below target" meant.
public struct ReportThresholds: Sendable, Codable, Equatable {
    public var activityFloor: Double
    public var activityTarget: Double
    public var starThreshold: Int
    public var inactiveDays: Int
    public var clubLow: Int
    public var clubHigh: Int

    init(_ configuration: AppConfiguration) {
        activityFloor = configuration.activityFloor
        activityTarget = configuration.activityTarget
        starThreshold = configuration.starThreshold
        inactiveDays = configuration.inactiveDays
        clubLow = configuration.clubLow
        clubHigh = configuration.clubHigh
    }
}
