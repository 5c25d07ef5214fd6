import XuexiModel

/// The top level of the alert pane and of `alerts list`: one group per rule and tree level
/// ("活跃度低于底线：7 个党支部、116 个学习小组"), so a morning's triage never exceeds
/// rules × levels rows; expanding walks down to the unit alerts and their members.
public struct AlertGroup: Sendable, Equatable {
    /// Stable for the same rule and level, e.g. "activity.below_floor@2" ("data.stale@-" store-wide).
    public var id: String
    public var rule: AlertRule
    public var severity: AlertSeverity
    /// Depth of the alerts' units in the tree; nil for data alerts (no unit).
    public var depth: Int?
    /// Worst first: most learners short, then tree order.
    public var alerts: [Alert]

    /// Unit alerts plus the member conditions listed inside them (computed once in `build`:
    /// each alert's figures are JSON, decoded on access).
    public private(set) var memberCount = 0
    /// Learners short of the thresholds over every alert and member of the group.
    public private(set) var shortfall = 0

    /// Groups `alerts` (already filtered by state and scope): by severity, then shortfall, then level.
    public static func build(_ alerts: [Alert]) -> [AlertGroup] {
        var byKey: [String: AlertGroup] = [:]
        var order: [String] = []
        for alert in alerts {
            let depth = alert.orgCode == nil ? nil : alert.depth
            let id = "\(alert.rule.rawValue)@\(depth.map(String.init) ?? "-")"
            if byKey[id] == nil {
                order.append(id)
                byKey[id] = AlertGroup(id: id, rule: alert.rule, severity: alert.severity, depth: depth, alerts: [])
            }
            byKey[id]!.alerts.append(alert)
        }
        var groups = order.map { byKey[$0]! }
        for index in groups.indices {
            let measured = groups[index].alerts.enumerated().map { offset, alert in
                (alert: alert, offset: offset, shortfall: alert.totalShortfall, members: alert.expanded().count)
            }
            groups[index].alerts = measured.sorted { a, b in
                a.shortfall != b.shortfall ? a.shortfall > b.shortfall : a.offset < b.offset
            }.map(\.alert)
            groups[index].shortfall = measured.reduce(0) { $0 + $1.shortfall }
            groups[index].memberCount = measured.reduce(0) { $0 + $1.members }
        }
        return groups.sorted { a, b in
            if a.severity != b.severity { return a.severity < b.severity }
            if a.shortfall != b.shortfall { return a.shortfall > b.shortfall }
            if (a.depth ?? -1) != (b.depth ?? -1) { return (a.depth ?? -1) < (b.depth ?? -1) }
            return a.rule.order < b.rule.order
        }
    }

    /// "活跃度低于底线：7 个党支部、116 个学习小组".
    public func title(_ language: Language) -> String {
        let summary = summary(language)
        return summary.isEmpty ? rule.title(language) : rule.title(language) + (language == .zh ? "：" : ": ") + summary
    }

    /// The units (or learners, imports) inside the group, e.g. "7 个党支部、116 个学习小组".
    public func summary(_ language: Language) -> String {
        let t = { (key: AlertText, args: [CustomStringConvertible]) in StringTable.text(key, language, arguments: args)
        }
        let separator = language == .zh ? "、" : ", "
        let summary: String
        switch rule {
        case .learnerInactive:
            let learners = alerts.reduce(0) { $0 + ($1.figures.learners?.count ?? 0) }
            summary = t(.groupLearners, [alerts.count, learners])
        case .dataAnomaly:
            let rows = alerts.reduce(0) { $0 + ($1.figures.anomalyCount ?? 0) }
            summary = t(.groupAnomalies, [alerts.count, rows])
        case .dataStale:
            return ""
        default:
            var counts: [(depth: Int, type: String, count: Int)] = []
            for member in alerts.flatMap({ $0.expanded() }) {
                let type = member.orgType ?? t(.unitWord, [])
                if let index = counts.firstIndex(where: { $0.depth == member.depth && $0.type == type }) {
                    counts[index].count += 1
                } else {
                    counts.append((member.depth, type, 1))
                }
            }
            summary = counts.sorted { $0.depth != $1.depth ? $0.depth < $1.depth : $0.type < $1.type }
                .map { t(.groupUnits, [$0.count, $0.type]) }.joined(separator: separator)
        }
        return summary
    }
}
