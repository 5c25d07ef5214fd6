/// The figures behind an alert, stored as JSON in `alert.figures` and shown by the
/// dashboard, the CLI and reports. Only the fields a rule uses are set; rates are fractions.
public struct AlertFigures: Sendable, Codable, Equatable {
    /// The data day the figures describe (YYYY-MM-DD).
    public var day: String?
    /// Activity rate (activity rules) or registration rate.
    public var rate: Double?
    /// The floor, target or drop the rate was compared with.
    public var threshold: Double?
    public var active: Int?
    public var registered: Int?
    /// Registration denominator: the expected headcount, else learners listed.
    public var expected: Int?
    /// `activity.drop`: the mean rate of the previous days with data, how many there were, and the fall.
    public var referenceMean: Double?
    public var referenceDays: Int?
    public var drop: Double?
    /// `learner.inactive`: the minimum streak and the learners with their mentors.
    public var inactiveDays: Int?
    public var learners: [InactiveLearner]?
    /// `data.anomaly`: the learner and what was wrong.
    public var learnerId: String?
    public var learnerName: String?
    public var anomalies: [AlertAnomaly]?
    /// `data.stale`: the latest day with points, the day that should have them, the last import.
    public var lastDataDay: String?
    public var requiredDay: String?
    public var missingDay: Bool?
    public var lastImportAt: String?
    public var hoursSinceImport: Int?
    public var storeUnchanged: Bool?
    public var limitHours: Int?

    public init() {}
}
