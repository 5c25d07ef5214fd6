import XuexiCore
import XuexiModel

/// One row of the alert pane: a group (one rule at one tree level), a unit alert of an
/// expanded group, or a member of an expanded alert (a unit below it, an inactive learner,
/// an anomaly row). Ids are stable across refreshes so the selection stays put.
enum AlertTriageRow {
    case group(AlertGroup)
    case alert(Alert, groupId: String)
    case member(Member)

    struct Member {
        var id: String
        var alert: Alert
        var title: String
        var figure: String
        var message: String
        /// The member's unit (Enter opens it); nil for an anomaly row.
        var orgCode: String?
    }

    var id: String {
        switch self {
        case .group(let group): group.id
        case .alert(let alert, _): alert.id
        case .member(let member): member.id
        }
    }

    /// The stored alert behind the row; nil for a group of several alerts.
    var alert: Alert? {
        switch self {
        case .group(let group): group.alerts.count == 1 ? group.alerts[0] : nil
        case .alert(let alert, _): alert
        case .member(let member): member.alert
        }
    }

    static func rows(groups: [AlertGroup], expanded: Set<String>, language: Language) -> [AlertTriageRow] {
        var rows: [AlertTriageRow] = []
        for group in groups {
            rows.append(.group(group))
            guard expanded.contains(group.id) else { continue }
            for alert in group.alerts {
                rows.append(.alert(alert, groupId: group.id))
                if expanded.contains(alert.id) { rows += members(of: alert, language: language).map { .member($0) } }
            }
        }
        return rows
    }

    static func members(of alert: Alert, language: Language) -> [Member] {
        let f = alert.figures
        switch alert.rule {
        case .learnerInactive:
            return (f.learners ?? []).map { learner in
                let mentor = learner.mentorName ?? learner.mentorId
                var message = "\(learner.name) (\(learner.learnerId)) · \(learner.orgName)"
                if let mentor {
                    message += " · " + StringTable.text(AlertText.messageLearnerWithMentor, language, "", mentor)
                }
                return Member(
                    id: alert.id + "/" + learner.learnerId, alert: alert, title: learner.name,
                    figure: DashboardText(language: language).days(learner.inactiveDays), message: message,
                    orgCode: learner.orgCode)
            }
        case .dataAnomaly:
            return (f.anomalies ?? []).enumerated().map { index, row in
                Member(
                    id: alert.id + "/\(index)", alert: alert,
                    title: "\(row.learnerName ?? "") (\(row.learnerId ?? ""))",
                    figure: "\(row.value.map(String.init) ?? "?")/\(row.reference.map(String.init) ?? "?")",
                    message: alert.message(language), orgCode: nil)
            }
        case .dataStale:
            return []
        default:
            return (f.members ?? []).map { member in
                Member(
                    id: alert.id + "/" + member.orgCode, alert: alert, title: member.orgName,
                    figure: MetricFormat.percent(member.figures.rate),
                    message: member.orgName + " · " + Alert.memberMessage(rule: alert.rule, member, language: language),
                    orgCode: member.orgCode)
            }
        }
    }
}
