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
    /// Rate rules: learners short of the threshold (activity, registration) or lost against
    /// the reference mean (drop); a condition is raised only when it is at least
    /// `alerts.minimum_shortfall`, so a unit of 29 and one of 30 are judged alike.
    public var shortfall: Int?
    /// False when the alert's own unit does not hold the condition and it only gathers
    /// units below the supervised levels; nil (true) otherwise.
    public var holdsItself: Bool?
    /// Units of the subtree holding the same condition (inhibited by this alert, or folded
    /// into it from below the supervised levels), in tree order, with their own figures.
    public var members: [AlertMember]?
    /// Set when most children hold the condition: how many children there are and how many hold it.
    public var childCount: Int?
    public var childrenHolding: Int?
    /// The type of those children (e.g. 社区), for "49 个社区中 41 个…".
    public var childType: String?
    /// The day's data was still partial when evaluated (a live import, or a day not yet over).
    public var provisional: Bool?
    /// `data.anomaly`: the import, how many rows it flagged, and the first rows in `anomalies`.
    public var importId: Int64?
    public var file: String?
    public var anomalyCount: Int?

    public init() {}
}
