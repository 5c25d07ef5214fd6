import Foundation

/// Reads the console's member report in its table form: 序号, 姓名, 激活状态, 所在部门,
/// 计入年度积分, 计入总积分, 总积分 (and 用户ID, 部门ID when the export has them).
struct MemberReportTableParser {
    func parse(_ table: inout OpenedTable) throws -> MemberReportDocument {
        let columns = table.columns
        var members: [MemberReportRecord] = []
        while let row = try table.nextRow() {
            let cells = row.cells
            guard let userName = columns.value(.learnerName, in: cells) else {
                table.problems.add(
                    line: row.line, column: columns.header(.learnerName), value: "",
                    ImportText.expectedRequired)
                continue
            }
            guard let activated = activation(row, columns: columns, problems: &table.problems),
                let numbers = counts(row, columns: columns, problems: &table.problems)
            else { continue }
            let split: (String?) -> [String] = {
                $0.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
            }
            members.append(
                MemberReportRecord(
                    userId: columns.value(.learnerId, in: cells), userName: userName,
                    deptIds: split(columns.value(.departmentId, in: cells)),
                    deptNames: split(
                        columns.value(
                            .department,
                            in: cells)),
                    orgId: nil, isActivated: activated, rangeRealScore: numbers[.rangeRealScore] ?? 0,
                    rangeScore: numbers[.rangeScore], scoreMonth: numbers[.scoreMonth],
                    totalScore: numbers[.totalPoints] ?? 0, line: row.line))
        }
        try table.problems.throwIfAny()
        return MemberReportDocument(members: members, ranking: [], declaredCount: nil)
    }

    /// 激活状态 (activated when the column is absent or empty); nil with a problem otherwise.
    private func activation(_ row: TabularRow, columns: ColumnMap, problems: inout FileProblems) -> Bool? {
        guard let raw = columns.value(.activation, in: row.cells) else { return true }
        switch raw {
        case "已激活", "1", "是", "true", "activated": return true
        case "未激活", "0", "否", "false", "not activated": return false
        default:
            problems.add(line: row.line, column: columns.header(.activation), value: raw, ImportText.expectedActivation)
            return nil
        }
    }

    /// The score columns present in the row; nil (with a problem per bad cell) when one is not a count.
    private func counts(_ row: TabularRow, columns: ColumnMap, problems: inout FileProblems) -> [ImportField: Int]? {
        var numbers: [ImportField: Int] = [:]
        var bad = false
        for field in [ImportField.rangeRealScore, .rangeScore, .scoreMonth, .totalPoints] {
            let raw = columns.value(field, in: row.cells)
            switch CountCell(raw) {
            case .empty: break
            case .value(let value): numbers[field] = value
            case .invalid:
                problems.add(line: row.line, column: columns.header(field), value: raw, ImportText.expectedInteger)
                bad = true
            }
        }
        return bad ? nil : numbers
    }
}
