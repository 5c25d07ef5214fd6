import Foundation
import GRDB

extension Importer {
    struct OrgRow {
        var line: Int
        var code: String
        var name: String
        var parentCode: String?
        var type: String?
        var expected: Int?
        var partyMembers: Int?
    }

    /// Organizations (SPEC §3 item 1): upserted by code; parents must exist in the file or
    /// the store; a cycle is an error.
    func importOrgs(_ file: PendingFile, context: Context) throws -> ImportSummary.FileResult {
        var source = try openTable(file.url)
        let name = file.displayName
        let columns = try readHeader(&source, file: name, kind: .orgs)
        var problems = ProblemCollector()
        for field in [ImportField.orgCode, .orgName] where columns[field] == nil {
            problems.add(ImportProblem(file: name, line: 1, expected: text("import.expected.column", field.aliases[0])))
        }
        try problems.throwIfAny()

        var rows: [OrgRow] = []
        var lineOfCode: [String: Int] = [:]
        while let row = try source.nextRow() {
            let cells = row.cells
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard let code = columns.value(.orgCode, in: cells) else {
                problems.add(ImportProblem(file: name, line: row.line, column: columns.header(.orgCode), value: "",
                                           expected: text("import.expected.required")))
                continue
            }
            if let first = lineOfCode[code] {
                problems.add(ImportProblem(file: name, line: row.line, column: columns.header(.orgCode), value: code,
                                           expected: text("import.expected.uniqueOrg", first)))
                continue
            }
            lineOfCode[code] = row.line
            guard let orgName = columns.value(.orgName, in: cells) else {
                problems.add(ImportProblem(file: name, line: row.line, column: columns.header(.orgName), value: "",
                                           expected: text("import.expected.required")))
                continue
            }
            var parsed = OrgRow(line: row.line, code: code, name: orgName,
                                parentCode: columns.value(.parentCode, in: cells), type: columns.value(.orgType, in: cells))
            for (field, keyPath) in [(ImportField.expected, \OrgRow.expected), (.partyMembers, \OrgRow.partyMembers)] {
                let raw = columns.value(field, in: cells)
                guard let value = Importer.parseCount(raw) else {
                    problems.add(ImportProblem(file: name, line: row.line, column: columns.header(field), value: raw,
                                               expected: text("import.expected.integer")))
                    continue
                }
                parsed[keyPath: keyPath] = value
            }
            rows.append(parsed)
        }
        if rows.isEmpty && problems.isEmpty {
            problems.add(ImportProblem(file: name, line: 2, expected: text("import.expected.dataRows")))
        }

        // Parents resolve against the file first, then the store.
        var parentOf: [String: String?] = [:]
        for org in context.tree.orgs {
            parentOf[org.code] = org.parentId.flatMap { id in context.tree.index(ofId: id).map { context.tree.orgs[$0].code } }
        }
        for row in rows { parentOf[row.code] = row.parentCode }
        for row in rows {
            if let parent = row.parentCode, parentOf[parent] == nil {
                problems.add(ImportProblem(file: name, line: row.line, column: columns.header(.parentCode), value: parent,
                                           expected: text("import.expected.knownParent")))
            }
        }
        for row in rows {
            var seen: [String] = [row.code]
            var current = row.parentCode
            while let code = current, let next = parentOf[code] {
                if code == row.code {
                    problems.add(ImportProblem(file: name, line: row.line, column: columns.header(.parentCode),
                                               value: row.parentCode,
                                               expected: text("import.expected.noCycle", (seen + [code]).joined(separator: " → "))))
                    break
                }
                if seen.count > parentOf.count { break }
                seen.append(code)
                current = next
            }
        }
        try problems.throwIfAny()

        // Insert without parents first, then link, so rows may name parents defined later in the file.
        let db = context.db
        var nextId = (try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM org") ?? 0) + 1
        var created = 0
        for row in rows {
            if let existing = context.tree.org(code: row.code) {
                try db.execute(sql: "UPDATE org SET name = ?, type = ?, expected = ?, party_members = ? WHERE id = ?",
                               arguments: [row.name, row.type, row.expected, row.partyMembers, existing.id])
            } else {
                try Organization(id: nextId, code: row.code, name: row.name, parentId: nil, type: row.type,
                                 expected: row.expected, partyMembers: row.partyMembers).insert(db)
                nextId += 1
                created += 1
            }
        }
        for row in rows {
            try db.execute(sql: "UPDATE org SET parent_id = (SELECT id FROM org WHERE code = ?) WHERE code = ?",
                           arguments: [row.parentCode, row.code])
        }
        try context.reloadTree()
        context.rosterChanged = true
        var result = ImportSummary.FileResult(file: file.url.path, kind: .orgs, rows: rows.count, days: [])
        result.createdOrgs = created
        return result
    }
}
