import Foundation
import XuexiModel

/// Reads the admin console's member-score report as saved from its JSON API.
///
/// Accepted shapes (searched liberally, as staff save whatever the browser shows):
/// - wrapped: `{"code": 200, "data_str": "<JSON text>"}`, where `data_str` (or `dataStr`)
///   holds any of the shapes below as text, or directly as an object;
/// - plain: `{"dataList": {"count": N, "data": [members]}}`, also nested under `data`,
///   `result` or any other object key (`{"data": {"dataList": …}}`);
/// - a bare array of member objects, or an object whose array of objects has `userName`/`userId`.
/// The member list found under `dataList.data` wins over any other array.
///
/// The console's organization ranking is taken from an array under `orgRank`, `orgRankList`,
/// `rankList`, `orgRanking`, `ranking` or `rankData`, or any array whose objects have `rank`
/// and `orgName`.
///
/// Member fields: `userName` (or `name`) required; `totalScore` required; `rangeRealScore`
/// required, falling back to `rangeScore` when absent; `rangeScore`, `scoreMonth`, `userId`,
/// `orgId` optional; `deptIds`/`deptNames` as comma lists or arrays; `isActivate` (or
/// `isActivated`) as 1/0, true/false, "1"/"0", 已激活/未激活, activated when absent. Numbers may
/// be JSON numbers or strings; whole values only for scores.
///
/// Throws `ImportProblem` when the file is not JSON or holds no member list, and
/// `ImportFailure` listing every bad record (its 1-based position as the line) otherwise.
public enum MemberReportJSON {
    public static func parse(data: Data, fileName: String, language: Language = .zh) throws -> MemberReportDocument {
        let root: JSONValue
        do {
            root = try JSONValue.parse([UInt8](data))
        } catch {
            throw syntaxProblem(error, file: fileName, key: ReaderText.jsonSyntax, language: language)
        }
        var search = ReportSearch()
        try search.visit(root, depth: 0, file: fileName, language: language)
        guard let members = search.members else {
            var message: String?
            for key in ["message", "msg", "errMsg", "error"] {
                if case .string(let text)? = root[key], !text.isEmpty {
                    message = text
                    break
                }
            }
            throw ImportProblem(
                file: fileName, value: message, expected: StringTable.text(ReaderText.jsonReport, language))
        }

        var problems = ProblemCollector()
        var records: [MemberReportRecord] = []
        records.reserveCapacity(members.count)
        for (index, item) in members.enumerated() {
            if let record = member(item, line: index + 1, file: fileName, language: language, problems: &problems) {
                records.append(record)
            }
        }
        var ranking: [ConsoleOrgRanking] = []
        for (index, item) in (search.ranking ?? []).enumerated() {
            if let entry = rankingEntry(
                item, line: index + 1, key: search.rankingKey, file: fileName, language: language, problems: &problems)
            {
                ranking.append(entry)
            }
        }
        try problems.throwIfAny()
        return MemberReportDocument(members: records, ranking: ranking, declaredCount: search.declaredCount)
    }

    static func syntaxProblem(
        _ error: JSONValue.SyntaxError, file: String, key: ReaderText, language: Language, line: Int? = nil
    ) -> ImportProblem {
        let detail: String
        var value: String?
        switch error.reason {
        case .unexpectedEnd: detail = StringTable.text(ReaderText.jsonDetailEnd, language)
        case .trailingText: detail = StringTable.text(ReaderText.jsonDetailTrailing, language)
        case .notUTF8: detail = StringTable.text(ReaderText.jsonDetailEncoding, language)
        case .unexpectedCharacter(let character):
            detail = StringTable.text(ReaderText.jsonDetailCharacter, language, character)
            value = character
        }
        return ImportProblem(
            file: file, line: line ?? error.line, value: value, expected: StringTable.text(key, language, detail))
    }

    private static func member(
        _ item: JSONValue, line: Int, file: String, language: Language, problems: inout ProblemCollector
    ) -> MemberReportRecord? {
        guard case .object(let fields) = item else {
            problems.add(
                ImportProblem(
                    file: file, line: line, value: item.shortText,
                    expected: StringTable.text(ReaderText.jsonMemberObject, language)))
            return nil
        }
        var ok = true
        func report(_ column: String, _ value: JSONValue?, _ key: ReaderText) {
            problems.add(
                ImportProblem(
                    file: file, line: line, column: column, value: value?.shortText,
                    expected: StringTable.text(key, language)))
            ok = false
        }
        func integer(_ key: String, required: Bool) -> Int? {
            switch JSONField.integer(fields[key]) {
            case .value(let number): return number
            case .missing:
                if required { report(key, fields[key], ReaderText.jsonWholeNumber) }
                return nil
            case .invalid:
                report(key, fields[key], ReaderText.jsonWholeNumber)
                return nil
            }
        }
        func text(_ key: String) -> String? {
            switch JSONField.text(fields[key]) {
            case .value(let text): return text
            case .missing: return nil
            case .invalid:
                report(key, fields[key], ReaderText.jsonText)
                return nil
            }
        }

        let nameKey = fields["userName"] != nil ? "userName" : "name"
        var userName: String?
        if case .value(let name) = JSONField.text(fields[nameKey]) {
            userName = name
        } else {
            report("userName", fields[nameKey], ReaderText.jsonUserName)
        }
        let userId = text("userId")
        let orgId = text("orgId")
        let deptIds = JSONField.list(fields["deptIds"])
        let deptNames = JSONField.list(fields["deptNames"])
        var isActivated = true
        let activationKey = fields["isActivate"] != nil ? "isActivate" : "isActivated"
        switch JSONField.activation(fields[activationKey]) {
        case .value(let flag): isActivated = flag
        case .missing: break
        case .invalid: report(activationKey, fields[activationKey], ReaderText.jsonActivation)
        }
        let rangeScore = integer("rangeScore", required: false)
        let rangeRealScore =
            fields["rangeRealScore"] == nil && rangeScore != nil
            ? rangeScore : integer("rangeRealScore", required: true)
        let scoreMonth = integer("scoreMonth", required: false)
        let totalScore = integer("totalScore", required: true)
        guard ok, let userName, let rangeRealScore, let totalScore else { return nil }
        return MemberReportRecord(
            userId: userId, userName: userName, deptIds: deptIds, deptNames: deptNames, orgId: orgId,
            isActivated: isActivated, rangeRealScore: rangeRealScore, rangeScore: rangeScore,
            scoreMonth: scoreMonth, totalScore: totalScore, line: line)
    }

    private static func rankingEntry(
        _ item: JSONValue, line: Int, key: String, file: String, language: Language, problems: inout ProblemCollector
    ) -> ConsoleOrgRanking? {
        let expected = StringTable.text(ReaderText.jsonRankingEntry, language)
        guard case .object(let fields) = item else {
            problems.add(ImportProblem(file: file, line: line, column: key, value: item.shortText, expected: expected))
            return nil
        }
        let rankKey = fields["rank"] != nil ? "rank" : "ranking"
        guard case .value(let rank) = JSONField.integer(fields[rankKey]) else {
            problems.add(
                ImportProblem(
                    file: file, line: line, column: "\(key).\(rankKey)", value: fields[rankKey]?.shortText,
                    expected: StringTable.text(ReaderText.jsonWholeNumber, language)))
            return nil
        }
        guard case .value(let orgName) = JSONField.text(fields["orgName"]) else {
            problems.add(
                ImportProblem(
                    file: file, line: line, column: "\(key).orgName", value: fields["orgName"]?.shortText,
                    expected: expected))
            return nil
        }
        var numbers: [String: Double] = [:]
        for name in ["avgScore", "preDiffScore"] {
            switch JSONField.decimal(fields[name]) {
            case .value(let number): numbers[name] = number
            case .missing: break
            case .invalid:
                problems.add(
                    ImportProblem(
                        file: file, line: line, column: "\(key).\(name)", value: fields[name]?.shortText,
                        expected: StringTable.text(ReaderText.jsonNumber, language)))
                return nil
            }
        }
        var orgId: String?
        if case .value(let id) = JSONField.text(fields["orgId"]) { orgId = id }
        var statDate: String?
        if case .value(let date) = JSONField.text(fields["statDate"]) { statDate = date }
        return ConsoleOrgRanking(
            rank: rank, orgName: orgName, orgId: orgId, statDate: statDate,
            avgScore: numbers["avgScore"], preDiffScore: numbers["preDiffScore"])
    }
}

/// Walks a report looking for the member list and the ranking, unwrapping `data_str`.
private struct ReportSearch {
    static let rankingKeys: Set<String> = ["orgRank", "orgRankList", "rankList", "orgRanking", "ranking", "rankData"]

    var members: [JSONValue]?
    var membersFromDataList = false
    var declaredCount: Int?
    var ranking: [JSONValue]?
    var rankingKey = "orgRank"

    mutating func visit(_ value: JSONValue, depth: Int, file: String, language: Language) throws {
        guard depth < 8 else { return }
        switch value {
        case .object(let fields):
            for key in ["data_str", "dataStr"] {
                switch fields[key] {
                case .string(let text)?:
                    let inner: JSONValue
                    do {
                        inner = try JSONValue.parse(Array(text.utf8))
                    } catch {
                        throw MemberReportJSON.syntaxProblem(
                            error, file: file, key: ReaderText.jsonDataStr, language: language)
                    }
                    try visit(inner, depth: depth + 1, file: file, language: language)
                case .some(let inner):
                    try visit(inner, depth: depth + 1, file: file, language: language)
                case nil:
                    break
                }
            }
            if !membersFromDataList, let dataList = fields["dataList"] {
                if case .array(let items) = dataList["data"] ?? dataList {
                    members = items
                    membersFromDataList = true
                    if case .value(let count) = JSONField.integer(dataList["count"]) { declaredCount = count }
                }
            }
            for key in fields.keys.sorted() where key != "data_str" && key != "dataStr" {
                guard let child = fields[key] else { continue }
                if case .array(let items) = child {
                    if ranking == nil
                        && (Self.looksLikeRanking(items) || (Self.rankingKeys.contains(key) && items.isEmpty))
                    {
                        ranking = items
                        rankingKey = key
                    } else if members == nil && Self.looksLikeMembers(items) {
                        members = items
                    }
                }
                if case .object = child { try visit(child, depth: depth + 1, file: file, language: language) }
            }
        case .array(let items):
            if ranking == nil && Self.looksLikeRanking(items) {
                ranking = items
            } else if members == nil && (Self.looksLikeMembers(items) || depth == 0) {
                members = items
            }
        default:
            break
        }
    }

    static func looksLikeMembers(_ items: [JSONValue]) -> Bool {
        items.contains { $0["userName"] != nil || $0["userId"] != nil }
    }

    static func looksLikeRanking(_ items: [JSONValue]) -> Bool {
        items.contains { $0["orgName"] != nil && ($0["rank"] != nil || $0["ranking"] != nil) && $0["userName"] == nil }
    }
}

/// Lenient conversions of report fields: numbers may arrive as JSON numbers or as strings.
enum JSONField {
    enum Result<Value> {
        case value(Value)
        case missing
        case invalid
    }

    static func integer(_ value: JSONValue?) -> Result<Int> {
        let text: String
        switch value {
        case nil, .null?: return .missing
        case .number(let literal)?: text = literal
        case .string(let string)?:
            text = string.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return .missing }
        default: return .invalid
        }
        if let number = Int(text) { return .value(number) }
        if let number = Double(text), number.isFinite, number == number.rounded(), abs(number) < 9.0e15 {
            return .value(Int(number))
        }
        return .invalid
    }

    static func decimal(_ value: JSONValue?) -> Result<Double> {
        switch value {
        case nil, .null?: return .missing
        case .number(let literal)?: return Double(literal).map { .value($0) } ?? .invalid
        case .string(let string)?:
            let text = string.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return .missing }
            return Double(text).map { .value($0) } ?? .invalid
        default: return .invalid
        }
    }

    static func text(_ value: JSONValue?) -> Result<String> {
        switch value {
        case nil, .null?: return .missing
        case .number(let literal)?: return .value(literal)
        case .string(let string)?:
            let text = string.trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? .missing : .value(text)
        default: return .invalid
        }
    }

    /// "-1,150015482586" or ["-1", 150015482586] → ["-1", "150015482586"].
    static func list(_ value: JSONValue?) -> [String] {
        switch value {
        case .string(let string)?:
            return string.split(whereSeparator: { $0 == "," || $0 == "，" })
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        case .number(let literal)?: return [literal]
        case .array(let items)?:
            return items.compactMap { item in
                if case .value(let text) = self.text(item) { return text }
                return nil
            }
        default: return []
        }
    }

    static func activation(_ value: JSONValue?) -> Result<Bool> {
        switch value {
        case nil, .null?: return .missing
        case .bool(let flag)?: return .value(flag)
        case .number(let literal)?:
            if literal == "1" { return .value(true) }
            if literal == "0" { return .value(false) }
            return .invalid
        case .string(let string)?:
            switch string.trimmingCharacters(in: .whitespaces).lowercased() {
            case "": return .missing
            case "1", "true", "yes", "已激活", "激活", "是": return .value(true)
            case "0", "false", "no", "未激活", "否": return .value(false)
            default: return .invalid
            }
        default: return .invalid
        }
    }
}

extension JSONValue {
    /// How a value is quoted in a problem message.
    var shortText: String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let literal): return literal
        case .string(let text): return text
        case .array: return "[…]"
        case .object: return "{…}"
        }
    }
}
