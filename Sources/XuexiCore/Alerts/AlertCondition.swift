import XuexiModel

/// A rule's condition found holding by one evaluation, before it is merged into the stored alerts.
struct AlertCondition: Sendable {
    var id: String
    var rule: AlertRule
    var orgId: Int64?
    /// The day it held: the evaluated data day, or today for `data.stale`.
    var seen: Day
    var figures: AlertFigures
}

/// Which stored alerts an evaluation has the authority to resolve: an alert outside the
/// scope (another day's anomaly, an org rule on a day without data) is left alone.
struct AlertScopeOfEvaluation: Sendable {
    /// Rules whose every stored alert was evaluated, with the day they were evaluated for.
    var rules: [AlertRule: Day] = [:]
    /// Anomaly alerts are per data day; only that day's are settled.
    var anomalyDay: Day?
    /// A partial day: its org and learner conditions refresh open alerts but open none.
    var provisionalDay: Day?

    /// The day the evaluation settled the stored alert `id` for, or nil when it did not.
    func covers(rule: AlertRule, id: String) -> Day? {
        if rule == .dataAnomaly {
            guard let anomalyDay, id.hasPrefix(AlertEngine.anomalyPrefix(anomalyDay)) else { return nil }
            return anomalyDay
        }
        return rules[rule]
    }
}
