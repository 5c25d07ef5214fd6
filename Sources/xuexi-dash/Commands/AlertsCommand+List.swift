import Foundation
import XuexiCore
import XuexiModel

/// `alerts list`: one row per group (rule × tree level), worst first; `--expand` prints every
/// member alert (with `--format json`, one flat array).
extension AlertsCommand {
    static func printGroups(_ groups: [AlertGroup], format: OutputFormat, language: Language) throws {
        let t = { (key: AlertText) in StringTable.text(key, language) }
        let inside = groups.reduce(0) { $0 + $1.memberCount }
        switch format {
        case .json:
            print(try renderJSON(groups.map { GroupJSON($0, language: language) }))
        case .csv, .table:
            var table = TextTable(
                headers: [
                    t(AlertText.colSeverity), t(AlertText.colRule), t(AlertText.colGroup), t(AlertText.colMembers),
                    t(AlertText.colShortfall), t(AlertText.colId),
                ],
                alignments: [.left, .left, .left, .right, .right, .left])
            for group in groups {
                let ids = group.alerts.map(\.id)
                let shown = ids.count > 3 ? ids.prefix(3).joined(separator: " ") + " …" : ids.joined(separator: " ")
                table.add([
                    group.severity.title(language), group.rule.shortLabel(language), group.title(language),
                    "\(group.alerts.count)/\(group.memberCount)", "\(group.shortfall)", shown,
                ])
            }
            if format == .csv {
                print(table.renderCSV(), terminator: "")
            } else if groups.isEmpty {
                print(t(AlertText.cliNone))
            } else {
                print(table.renderText())
                print(StringTable.text(AlertText.cliGroupCount, language, groups.count, inside))
            }
        }
    }

    static func printMembers(_ groups: [AlertGroup], format: OutputFormat, language: Language) throws {
        let t = { (key: AlertText) in StringTable.text(key, language) }
        var entries: [MemberJSON] = []
        for group in groups {
            for alert in group.alerts {
                for member in alert.expanded() {
                    entries.append(MemberJSON(group: group, alert: alert, member: member, language: language))
                }
            }
        }
        switch format {
        case .json:
            print(try renderJSON(entries))
        case .csv, .table:
            var table = TextTable(
                headers: [
                    t(AlertText.colId), t(AlertText.colSeverity), t(AlertText.colRule), t(AlertText.colOrg),
                    t(AlertText.colState), t(AlertText.colDays), t(AlertText.colMessage),
                ],
                alignments: [.left, .left, .left, .left, .left, .right, .left])
            for entry in entries {
                var state = entry.alert.state.title(language)
                if entry.alert.state == .acknowledged, let who = entry.alert.acknowledgedBy { state += " (\(who))" }
                var message = entry.message
                if let note = entry.alert.note { message += " [\(t(AlertText.colNote)): \(note)]" }
                table.add([
                    entry.alert.id, entry.alert.severity.title(language), entry.alert.rule.shortLabel(language),
                    entry.member.orgName.isEmpty ? t(AlertText.storeWide) : entry.member.orgName, state,
                    "\(entry.alert.daysOfData ?? 1)", message,
                ])
            }
            if format == .csv {
                print(table.renderCSV(), terminator: "")
            } else if entries.isEmpty {
                print(t(AlertText.cliNone))
            } else {
                print(table.renderText())
                print(StringTable.text(AlertText.cliCount, language, entries.count))
            }
        }
    }
}

/// A group for `--format json`: its title and its alerts with their messages.
private struct GroupJSON: Encodable {
    var id: String
    var rule: String
    var severity: String
    var depth: Int?
    var title: String
    var shortfall: Int
    var memberCount: Int
    var alerts: [AlertWithMessage]

    init(_ group: AlertGroup, language: Language) {
        id = group.id
        rule = group.rule.rawValue
        severity = group.severity.rawValue
        depth = group.depth
        title = group.title(language)
        shortfall = group.shortfall
        memberCount = group.memberCount
        alerts = group.alerts.map { AlertWithMessage(alert: $0, message: $0.message(language)) }
    }
}

/// One member alert of `--expand --format json`: the condition of one unit (or learner
/// group, or anomaly import), with the group alert whose state (ack, snooze) covers it.
private struct MemberJSON: Encodable {
    var group: String
    var alert: Alert
    var member: AlertMember
    var message: String

    init(group: AlertGroup, alert: Alert, member: AlertMember, language: Language) {
        self.group = group.id
        self.alert = alert
        self.member = member
        message =
            alert.rule == .dataAnomaly || alert.rule == .dataStale
            ? alert.message(language) : Alert.memberMessage(rule: alert.rule, member, language: language)
    }

    enum CodingKeys: String, CodingKey {
        case group, alertId, rule, severity, state, orgCode, orgName, figures, message, daysOfData
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(group, forKey: .group)
        try container.encode(alert.id, forKey: .alertId)
        try container.encode(alert.rule, forKey: .rule)
        try container.encode(alert.severity, forKey: .severity)
        try container.encode(alert.state, forKey: .state)
        if !member.orgCode.isEmpty {
            try container.encode(member.orgCode, forKey: .orgCode)
            try container.encode(member.orgName, forKey: .orgName)
        }
        try container.encode(member.figures, forKey: .figures)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(alert.daysOfData, forKey: .daysOfData)
    }
}
