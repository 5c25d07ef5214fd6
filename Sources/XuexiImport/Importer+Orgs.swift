import Foundation
import XuexiStore

/// Reads an org file into validated orgs: codes present and unique, names present, counts
/// whole numbers, parents known (in the file or `knownParents`) and no cycle.
struct OrgsParser {
    /// Each code the store knows, with its parent's code.
    var knownParents: [String: String?]

    func parse(_ table: inout OpenedTable) throws -> [(line: Int, org: OrgUpsert)] {
        let columns = table.columns
        var rows: [(line: Int, org: OrgUpsert)] = []
        var lineOfCode: [String: Int] = [:]
        while let row = try table.nextRow() {
            let cells = row.cells
            guard let code = columns.value(.orgCode, in: cells) else {
                table.problems.add(
                    line: row.line, column: columns.header(.orgCode), value: "",
                    ImportText.expectedRequired)
                continue
            }
            if let first = lineOfCode[code] {
                table.problems.add(
                    line: row.line, column: columns.header(.orgCode), value: code,
                    ImportText.expectedUniqueOrg, first)
                continue
            }
            lineOfCode[code] = row.line
            guard let name = columns.value(.orgName, in: cells) else {
                table.problems.add(
                    line: row.line, column: columns.header(.orgName), value: "",
                    ImportText.expectedRequired)
                continue
            }
            var org = OrgUpsert(
                code: code, name: name, parentCode: columns.value(.parentCode, in: cells),
                type: columns.value(.orgType, in: cells))
            let counts = [(ImportField.expected, \OrgUpsert.expected), (.partyMembers, \OrgUpsert.partyMembers)]
            for (field, keyPath) in counts {
                let raw = columns.value(field, in: cells)
                switch CountCell(raw) {
                case .empty: org[keyPath: keyPath] = nil
                case .value(let value): org[keyPath: keyPath] = value
                case .invalid:
                    table.problems.add(
                        line: row.line, column: columns.header(field), value: raw,
                        ImportText.expectedInteger)
                }
            }
            rows.append((row.line, org))
        }
        if rows.isEmpty && table.problems.isEmpty {
            table.problems.add(line: 2, ImportText.expectedDataRows)
        }
        checkParents(rows, columns: columns, problems: &table.problems)
        try table.problems.throwIfAny()
        return rows
    }

    /// Parents resolve against the file first, then the store; following them must not loop.
    private func checkParents(_ rows: [(line: Int, org: OrgUpsert)], columns: ColumnMap, problems: inout FileProblems) {
        var parentOf = knownParents
        for row in rows { parentOf[row.org.code] = row.org.parentCode }
        for row in rows {
            if let parent = row.org.parentCode, parentOf[parent] == nil {
                problems.add(
                    line: row.line, column: columns.header(.parentCode), value: parent,
                    ImportText.expectedKnownParent)
            }
        }
        for row in rows {
            var seen: [String] = [row.org.code]
            var current = row.org.parentCode
            while let code = current, let next = parentOf[code] {
                if code == row.org.code {
                    problems.add(
                        line: row.line, column: columns.header(.parentCode), value: row.org.parentCode,
                        ImportText.expectedNoCycle, (seen + [code]).joined(separator: " → "))
                    break
                }
                if seen.count > parentOf.count { break }
                seen.append(code)
                current = next
            }
        }
    }
}

extension Importer {
    /// Organizations (SPEC §3 item 1): upserted by code; parents must exist in the file or
    /// the store; a cycle is an error.
    func importOrgs(_ file: PendingFile, _ transaction: ImportTransaction) throws -> ImportSummary.FileResult {
        var table = try openTable(file, kind: .orgs, required: [.orgCode, .orgName])
        let tree = transaction.tree
        var knownParents: [String: String?] = [:]
        for org in tree.orgs {
            knownParents[org.code] = org.parentId.flatMap { id in tree.index(ofId: id).map { tree.orgs[$0].code } }
        }
        let rows = try OrgsParser(knownParents: knownParents).parse(&table)
        var result = ImportSummary.FileResult(file: file.url.path, kind: .orgs, rows: rows.count, days: [])
        result.createdOrgs = try transaction.upsertOrgs(rows.map(\.org))
        return result
    }
}
