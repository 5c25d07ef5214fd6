import Foundation

/// The four kinds of file of SPEC §3.
public enum ImportKind: String, Sendable, CaseIterable, Codable {
    case orgs
    case learners
    case points
    case memberReport = "member-report"

    /// Imports within one set run in this order, so a roster can name orgs from the same set.
    var order: Int {
        switch self {
        case .orgs: 0
        case .learners: 1
        case .memberReport: 2
        case .points: 3
        }
    }
}

/// A logical field of an input file and the header names it is known by, Chinese and
/// English, matched after trimming spaces and ignoring case, underscores and spaces.
public enum ImportField: String, Sendable, CaseIterable {
    case orgCode, orgName, parentCode, orgType, expected, partyMembers
    case learnerId, learnerName, status, phone, mentorId, registeredOn
    case date, dayPoints, totalPoints
    case serial, activation, department, departmentId, rangeRealScore, rangeScore, scoreMonth

    var aliases: [String] {
        switch self {
        case .orgCode: ["组织编码", "组织代码", "机构编码", "org_code", "orgcode", "org code", "organization code"]
        case .orgName: ["组织名称", "组织", "机构名称", "name", "org_name", "organization"]
        case .parentCode: ["上级组织编码", "上级编码", "上级组织代码", "parent_code", "parent", "parent code"]
        case .orgType: ["组织类型", "类型", "type", "org_type"]
        case .expected: ["应学人数", "应注册人数", "expected", "expected_headcount", "headcount"]
        case .partyMembers: ["党员人数", "party_members", "party members"]
        case .learnerId: ["学员编号", "学员id", "用户id", "用户编号", "learner_id", "learner", "userid", "user_id", "id"]
        case .learnerName: ["姓名", "学员姓名", "name", "username", "user_name", "learner_name"]
        case .status: ["政治面貌", "status", "political_status"]
        case .phone: ["手机号", "手机号码", "手机", "电话", "phone", "mobile"]
        case .mentorId: ["帮带人编号", "帮带人", "mentor_id", "mentor"]
        case .registeredOn: ["注册日期", "注册时间", "registered_on", "registration_date", "registered"]
        case .date: ["日期", "统计日期", "date", "day"]
        case .dayPoints: ["当日积分", "今日积分", "日积分", "day_points", "daypoints", "points"]
        case .totalPoints: ["总积分", "累计积分", "total_points", "totalpoints", "totalscore", "total"]
        case .serial: ["序号", "no", "serial"]
        case .activation: ["激活状态", "是否激活", "isactivate", "activated", "activation"]
        case .department: ["所在部门", "部门", "deptnames", "department"]
        case .departmentId: ["部门id", "部门编号", "deptids", "department_id"]
        case .rangeRealScore: ["计入年度积分", "rangerealscore", "range_real_score"]
        case .rangeScore: ["计入总积分", "rangescore", "range_score"]
        case .scoreMonth: ["月积分", "本月积分", "scoremonth", "score_month"]
        }
    }

    /// The fields that make sense for each kind (a header like 姓名 means learner name in a
    /// roster but is not a column of an org file).
    static func fields(for kind: ImportKind) -> [ImportField] {
        switch kind {
        case .orgs: [.orgCode, .orgName, .parentCode, .orgType, .expected, .partyMembers]
        case .learners: [.learnerId, .learnerName, .orgCode, .status, .phone, .mentorId, .registeredOn]
        case .points: [.date, .learnerId, .dayPoints, .totalPoints, .learnerName, .orgCode]
        case .memberReport:
            [
                .serial, .learnerName, .activation, .department, .rangeRealScore, .rangeScore,
                .scoreMonth, .totalPoints, .learnerId, .departmentId,
            ]
        }
    }

    static func normalize(_ header: String) -> String {
        header.trimmingCharacters(in: .whitespacesAndNewlines)
            .lowercased()
            .replacingOccurrences(of: " ", with: "")
            .replacingOccurrences(of: "_", with: "")
            .replacingOccurrences(of: "\u{3000}", with: "")
    }
}

/// Where each field sits in a file's header row.
public struct ColumnMap: Sendable {
    public let headers: [String]
    public private(set) var positions: [ImportField: Int] = [:]
    /// Columns matching no field of the kind (a points file keeps numeric ones as items).
    public private(set) var unknown: [Int] = []

    public init(headers: [String], kind: ImportKind) {
        self.headers = headers
        let fields = ImportField.fields(for: kind)
        for (index, header) in headers.enumerated() {
            let key = ImportField.normalize(header)
            if key.isEmpty { continue }
            if let field = fields.first(where: { field in
                positions[field] == nil && field.aliases.contains { ImportField.normalize($0) == key }
            }) {
                positions[field] = index
            } else {
                unknown.append(index)
            }
        }
    }

    public subscript(field: ImportField) -> Int? { positions[field] }

    public func value(_ field: ImportField, in cells: [String]) -> String? {
        guard let index = positions[field], index < cells.count else { return nil }
        let text = cells[index].trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    public func header(_ field: ImportField) -> String {
        positions[field].map { headers[$0] } ?? field.aliases[0]
    }

    /// Guesses the kind from the header row (SPEC §3: detected from headers).
    public static func detectKind(headers: [String]) -> ImportKind? {
        let keys = Set(headers.map(ImportField.normalize))
        func has(_ field: ImportField) -> Bool { field.aliases.contains { keys.contains(ImportField.normalize($0)) } }
        if has(.activation) || has(.rangeRealScore) || has(.department) { return .memberReport }
        if has(.parentCode) || (has(.orgCode) && has(.expected)) { return .orgs }
        if has(.learnerId) && (has(.dayPoints) || has(.totalPoints)) { return .points }
        if has(.learnerId) && has(.orgCode) { return .learners }
        if has(.orgCode) && has(.orgName) { return .orgs }
        return nil
    }
}
