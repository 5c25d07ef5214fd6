import Foundation
import GRDB

extension Importer {
    /// The admin console's member-score report (SPEC §3 item 4), as JSON or as its table.
    func importMemberReport(_ file: PendingFile, context: Context) throws -> ImportSummary.FileResult {
        let name = file.displayName
        let document: MemberReportDocument
        if file.url.pathExtension.lowercased() == "json" {
            document = try MemberReportJSON.parse(data: try Data(contentsOf: file.url), fileName: name, language: options.language)
        } else {
            document = try readMemberTable(file)
        }
        var problems = ProblemCollector()
        let statDay = document.ranking.compactMap { $0.statDate.flatMap { Day(iso: $0) } }.first
        guard let day = options.date ?? file.nameDay ?? statDay else {
            throw ImportFailure(ImportProblem(file: name, expected: text("import.expected.dateSource")))
        }
        if document.members.isEmpty {
            throw ImportFailure(ImportProblem(file: name, line: 2, expected: text("import.expected.dataRows")))
        }

        let db = context.db
        var result = ImportSummary.FileResult(file: file.url.path, kind: .memberReport, rows: document.members.count, days: [day])
        let root = try resolveRoot(file: name, context: context, result: &result)

        // Departments: matched by console id, else by name under the root; created when allowed.
        var departmentFor: [Int: Int64] = [:]   // member index → org id
        var reportedDepartments = Set<String>()   // one problem per unknown department, not per member
        for (index, member) in document.members.enumerated() {
            let (deptId, deptName) = Importer.lastRealDepartment(ids: member.deptIds, names: member.deptNames)
            let line = member.line ?? index + 1
            if deptId == nil && deptName == nil {
                if let root { departmentFor[index] = root.id } else {
                    problems.add(ImportProblem(file: name, line: line, column: "deptNames", value: member.deptNames.joined(separator: ","),
                                               expected: text("import.expected.rootOrg")))
                }
                continue
            }
            if let org = findDepartment(id: deptId, name: deptName, under: root, tree: context.tree) {
                departmentFor[index] = org.id
            } else if options.createMissing, let root {
                let code = deptId ?? "\(root.code)-\(deptName!)"
                let nextId = (try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM org") ?? 0) + 1
                try Organization(id: nextId, code: code, name: deptName ?? code, parentId: root.id, type: "部门",
                                 consoleId: deptId).insert(db)
                try context.reloadTree()
                context.rosterChanged = true
                result.createdOrgs += 1
                departmentFor[index] = nextId
            } else if reportedDepartments.insert(deptName ?? deptId ?? "").inserted {
                problems.add(ImportProblem(file: name, line: line, column: "deptNames",
                                           value: (deptName ?? deptId ?? ""), expected: text("import.expected.knownDepartment")))
            }
        }
        try problems.throwIfAny()

        // Members: by userId where the file has it, else by name within their department.
        var existingByCode: [String: Learner] = [:]
        var existingByOrgAndName: [Int64: [String: [Learner]]] = [:]
        let cursor = try Learner.fetchCursor(db, sql: "SELECT * FROM learner WHERE org_id IN (\(Set(departmentFor.values).map(String.init).joined(separator: ",")))")
        while let learner = try cursor.next() {
            existingByCode[learner.code] = learner
            existingByOrgAndName[learner.orgId, default: [:]][learner.name, default: []].append(learner)
        }
        var upserts: [Learner] = []
        var codes: [String] = []
        var seenCodes: [String: Int] = [:]
        for (index, member) in document.members.enumerated() {
            guard let orgId = departmentFor[index] else { continue }
            let line = member.line ?? index + 1
            var code: String
            if let userId = member.userId {
                code = userId
            } else if let candidates = existingByOrgAndName[orgId]?[member.userName], !candidates.isEmpty {
                guard candidates.count == 1 else {
                    problems.add(ImportProblem(file: name, line: line, column: "姓名", value: member.userName,
                                               expected: text("import.expected.unambiguousName",
                                                              candidates.map(\.code).joined(separator: "、"))))
                    continue
                }
                code = candidates[0].code
            } else {
                code = "\(context.tree.index(ofId: orgId).map { context.tree.orgs[$0].code } ?? "\(orgId)")-\(member.userName)"
            }
            if let first = seenCodes[code] {
                problems.add(ImportProblem(file: name, line: line, column: member.userId == nil ? "姓名" : "userId",
                                           value: member.userId ?? member.userName,
                                           expected: text(member.userId == nil ? "import.expected.unambiguousName" : "import.expected.uniqueLearner",
                                                          member.userId == nil ? member.userName : "\(first)")))
                continue
            }
            seenCodes[code] = line
            if context.learnerIds.id(of: code) == nil && !options.createMissing {
                problems.add(ImportProblem(file: name, line: line, column: "userId", value: member.userId ?? member.userName,
                                           expected: text("import.expected.knownMember")))
                continue
            }
            let old = existingByCode[code]
            upserts.append(Learner(id: 0, code: code, name: member.userName, orgId: orgId, status: old?.status,
                                   phone: old?.phone, mentorCode: old?.mentorCode, registeredOn: old?.registeredOn,
                                   activated: member.isActivated))
            codes.append(code)
        }
        try problems.throwIfAny()
        let (created, updated) = try upsertLearners(upserts, moveDay: day, context: context, keepActivation: false)
        result.createdLearners = created
        result.updatedLearners = updated

        var incoming = IncomingDay()
        for (code, member) in zip(codes, document.members.indices.filter { departmentFor[$0] != nil }.map { document.members[$0] }) {
            guard let id = context.learnerIds.id(of: code) else { continue }
            incoming.learnerIds.append(Int32(id))
            incoming.dayPoints.append(Int32(clamping: member.rangeRealScore))
            incoming.totals.append(Int64(member.totalScore))
        }
        result.anomalies = try applyDay(day, incoming: incoming, context: context)

        if !document.ranking.isEmpty {
            try db.execute(sql: "DELETE FROM console_ranking WHERE day = ?", arguments: [day.number])
            for entry in document.ranking {
                try db.execute(sql: """
                    INSERT OR REPLACE INTO console_ranking (day, rank, org_name, console_org_id, avg_score, pre_diff_score, import_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [day.number, entry.rank, entry.orgName, entry.orgId, entry.avgScore, entry.preDiffScore,
                                     context.importId])
            }
        }
        return result
    }

    /// `deptIds`/`deptNames` list the member's departments; `-1`/其他 is the console's
    /// catch-all and the last real one is where the member belongs.
    static func lastRealDepartment(ids: [String], names: [String]) -> (id: String?, name: String?) {
        let count = max(ids.count, names.count)
        for index in stride(from: count - 1, through: 0, by: -1) {
            let id = index < ids.count ? ids[index].trimmingCharacters(in: .whitespaces) : ""
            let name = index < names.count ? names[index].trimmingCharacters(in: .whitespaces) : ""
            if id == "-1" || name == "其他" || (id.isEmpty && name.isEmpty) { continue }
            return (id.isEmpty ? nil : id, name.isEmpty ? nil : name)
        }
        return (nil, nil)
    }

    func resolveRoot(file: String, context: Context, result: inout ImportSummary.FileResult) throws -> Organization? {
        guard let code = options.rootCode else { return nil }
        if let org = context.tree.org(code: code) { return org }
        guard options.createMissing else {
            throw ImportFailure(ImportProblem(file: file, column: "--root", value: code, expected: text("import.expected.rootOrg")))
        }
        let nextId = (try Int64.fetchOne(context.db, sql: "SELECT COALESCE(MAX(id), 0) FROM org") ?? 0) + 1
        let root = Organization(id: nextId, code: code, name: options.rootName ?? code, parentId: nil, type: "党组织")
        try root.insert(context.db)
        try context.reloadTree()
        context.rosterChanged = true
        result.createdOrgs += 1
        return root
    }

    func findDepartment(id: String?, name: String?, under root: Organization?, tree: OrgTree) -> Organization? {
        if let id, let org = tree.orgs.first(where: { $0.consoleId == id || $0.code == id }) { return org }
        guard let name else { return nil }
        let scope = root.flatMap { tree.index(ofId: $0.id) }.map { tree.subtree(of: $0) } ?? 0..<tree.count
        return scope.map { tree.orgs[$0] }.first { $0.name == name }
    }

    /// The console's table form: 序号, 姓名, 激活状态, 所在部门, 计入年度积分, 计入总积分, 总积分
    /// (and 用户ID, 部门ID when the export has them).
    func readMemberTable(_ file: PendingFile) throws -> MemberReportDocument {
        var source = try openTable(file.url)
        let name = file.displayName
        let columns = try readHeader(&source, file: name, kind: .memberReport)
        var problems = ProblemCollector()
        for field in [ImportField.learnerName, .rangeRealScore] where columns[field] == nil {
            problems.add(ImportProblem(file: name, line: 1, expected: text("import.expected.column", field.aliases[0])))
        }
        try problems.throwIfAny()
        var members: [MemberReportRecord] = []
        while let row = try source.nextRow() {
            let cells = row.cells
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard let userName = columns.value(.learnerName, in: cells) else {
                problems.add(ImportProblem(file: name, line: row.line, column: columns.header(.learnerName), value: "",
                                           expected: text("import.expected.required")))
                continue
            }
            var activated = true
            if let raw = columns.value(.activation, in: cells) {
                switch raw {
                case "已激活", "1", "是", "true", "activated": activated = true
                case "未激活", "0", "否", "false", "not activated": activated = false
                default:
                    problems.add(ImportProblem(file: name, line: row.line, column: columns.header(.activation), value: raw,
                                               expected: text("import.expected.activation")))
                    continue
                }
            }
            var numbers: [ImportField: Int] = [:]
            var bad = false
            for field in [ImportField.rangeRealScore, .rangeScore, .scoreMonth, .totalPoints] {
                let raw = columns.value(field, in: cells)
                guard let value = Importer.parseCount(raw) else {
                    problems.add(ImportProblem(file: name, line: row.line, column: columns.header(field), value: raw,
                                               expected: text("import.expected.integer")))
                    bad = true
                    continue
                }
                numbers[field] = value
            }
            if bad { continue }
            let split: (String?) -> [String] = { $0.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? [] }
            members.append(MemberReportRecord(
                userId: columns.value(.learnerId, in: cells), userName: userName,
                deptIds: split(columns.value(.departmentId, in: cells)), deptNames: split(columns.value(.department, in: cells)),
                orgId: nil, isActivated: activated, rangeRealScore: numbers[.rangeRealScore] ?? 0,
                rangeScore: numbers[.rangeScore], scoreMonth: numbers[.scoreMonth],
                totalScore: numbers[.totalPoints] ?? 0, line: row.line))
        }
        try problems.throwIfAny()
        return MemberReportDocument(members: members, ranking: [], declaredCount: nil)
    }
}
