import Foundation
import XuexiModel
import XuexiStore

/// Who to call to reach 注册率 100% and keep people studying (`learners --status`).
public enum ChaseStatus: String, Sendable, Codable, CaseIterable {
    /// Not registered by the day (no registration date, or a later one).
    case unregistered
    /// On the roster but the account is not activated (member-score reports say so).
    case unactivated
    /// Registered, without points for at least N consecutive days with data.
    case inactive
}

/// One learner to chase, with the mentor to call (phones masked unless asked).
public struct ChaseLearner: Sendable, Codable, Equatable {
    public var learnerId: String
    public var name: String
    public var orgCode: String
    /// The unit's unique name below the list's scope (`OrgTree.unitNames`).
    public var orgLabel: String
    public var party: Bool
    public var phone: String
    public var registeredOn: String?
    public var activated: Bool
    /// Consecutive days with data without points (inactive lists only).
    public var inactiveDays: Int?
    public var mentorId: String?
    public var mentorName: String?
    public var mentorPhone: String?
}

extension Metrics {
    /// The learners of `scope`'s subtree with `status` on `day` (default: the latest day with
    /// data, else today), in tree order then by code. `minimumDays` applies to `.inactive`
    /// (default: the configuration's inactive days).
    public func chaseList(
        scope: String?, status: ChaseStatus, day: Day? = nil, minimumDays: Int? = nil, showPhones: Bool = false
    ) throws -> [ChaseLearner] {
        let snapshot = try snapshot()
        let tree = snapshot.tree
        let scopeIndex = try scopeIndex(scope, in: tree)
        let names = tree.unitNames(scope: scopeIndex)
        let asOf = day ?? snapshot.dataDays.last ?? Day.today()
        var streaks: [String: Int] = [:]
        if status == .inactive {
            for learner in try inactiveLearners(
                scope: scope, day: asOf, minimumDays: minimumDays ?? configuration.inactiveDays)
            {
                streaks[learner.learnerId] = learner.inactiveDays
            }
        }
        // An inactive list reads only the inactive learners' roster rows, not the scope's
        // whole roster (a city community is ~57,000 learners).
        let roster =
            status == .inactive
            ? try store.learners(in: scope, codes: Set(streaks.keys), showPhones: showPhones)
            : try store.learners(in: scope, showPhones: showPhones)
        let selected = roster.filter { row in
            switch status {
            case .unregistered: row.activated && (row.registeredOn.flatMap(Day.init(iso:)).map { $0 > asOf } ?? true)
            case .unactivated: !row.activated
            case .inactive: streaks[row.id] != nil
            }
        }
        var mentorCodes = Set(selected.compactMap(\.mentorId))
        mentorCodes.remove("")
        var mentors: [String: LearnerRow] = [:]
        for code in mentorCodes {
            if let mentor = try store.learner(code: code, showPhones: showPhones) { mentors[code] = mentor }
        }
        return selected.map { row in
            let mentor = row.mentorId.flatMap { mentors[$0] }
            return ChaseLearner(
                learnerId: row.id, name: row.name, orgCode: row.orgCode,
                orgLabel: names.label(row.orgCode, fallback: row.orgName), party: row.party, phone: row.phone,
                registeredOn: row.registeredOn, activated: row.activated, inactiveDays: streaks[row.id],
                mentorId: row.mentorId, mentorName: mentor?.name, mentorPhone: mentor?.phone)
        }
    }
}

/// A chase list as a table for CSV / XLSX (and the text table of the CLI).
public enum ChaseTable {
    public static func make(_ rows: [ChaseLearner], status: ChaseStatus, language: Language) -> ReportTable {
        func t(_ key: ReportText) -> String { StringTable.text(key, language) }
        let key: ReportText =
            switch status {
            case .unregistered: .chaseUnregistered
            case .unactivated: .chaseUnactivated
            case .inactive: .chaseInactive
            }
        let title = t(key)
        return ReportTable(
            title: StringTable.text(ReportText.chaseTitle, language, title, rows.count), sheetName: title,
            headers: [
                t(.colLearnerId), t(.colName), t(.colCode), t(.colOrg), t(.colParty), t(.colPhone),
                t(.colRegisteredOn), t(.colInactiveDays), t(.colMentorId), t(.colMentor), t(.colMentorPhone),
            ],
            rows: rows.map { row in
                [
                    .text(row.learnerId), .text(row.name), .text(row.orgCode), .text(row.orgLabel),
                    .text(row.party ? t(.wordYes) : t(.wordNo)), .text(row.phone), .label(row.registeredOn),
                    .count(row.inactiveDays), .label(row.mentorId), .label(row.mentorName), .label(row.mentorPhone),
                ]
            })
    }

    /// The list in `format`: "csv" (one section), "xlsx" (one sheet) or "json".
    public static func render(_ rows: [ChaseLearner], status: ChaseStatus, format: ReportFormat, language: Language)
        throws -> Data
    {
        let table = make(rows, status: status, language: language)
        switch format {
        case .csv: return Data(ReportCSV.render([table]).utf8)
        case .xlsx: return try XLSXWriter(sheets: [table], modified: nil).data()
        case .json, .md:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return try encoder.encode(rows) + Data([0x0A])
        }
    }
}
