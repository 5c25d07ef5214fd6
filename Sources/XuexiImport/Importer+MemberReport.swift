import Foundation
import XuexiModel
import XuexiStore

extension Importer {
    /// The admin console's member-score report (SPEC §3 item 4), as JSON or as its table.
    func importMemberReport(
        _ file: PendingFile, _ transaction: ImportTransaction,
        importId: Int64
    ) throws -> ImportSummary.FileResult {
        let name = file.displayName
        let document = try readMemberReport(file)
        let statDay = document.ranking.compactMap { $0.statDate.flatMap { Day(iso: $0) } }.first
        guard let day = options.date ?? file.nameDay ?? statDay else {
            throw ImportFailure(ImportProblem(file: name, expected: text(ImportText.expectedDateSource)))
        }
        if document.members.isEmpty {
            throw ImportFailure(ImportProblem(file: name, line: 2, expected: text(ImportText.expectedDataRows)))
        }
        var result = ImportSummary.FileResult(
            file: file.url.path, kind: .memberReport, rows: document.members.count,
            days: [day])
        var problems = FileProblems(file: name, language: options.language)
        let root = try resolveRoot(file: name, transaction, result: &result)
        let departmentFor = try resolveDepartments(
            document, root: root, transaction, result: &result,
            problems: &problems)
        try problems.throwIfAny()
        let members = try resolveMembers(document, departmentFor: departmentFor, transaction, problems: &problems)
        try problems.throwIfAny()
        let (created, updated) = try transaction.upsertLearners(
            members.map(\.learner), moveDay: day,
            keepActivation: false)
        result.createdLearners = created
        result.updatedLearners = updated

        var incoming = IncomingDay()
        for (learner, member) in members {
            guard let id = transaction.learnerCodes.id(of: learner.code) else { continue }
            incoming.append(
                learner: Int32(id), dayPoints: Int32(clamping: member.rangeRealScore), total: Int64(member.totalScore))
        }
        try checkDayAllowed(day, file: file, transaction)
        result.anomalies = try applyDay(day, incoming: incoming, itemIds: [], transaction, importId: importId)
        if !document.ranking.isEmpty {
            try transaction.replaceConsoleRanking(
                day: day,
                entries: document.ranking.map {
                    ConsoleRankingEntry(
                        rank: $0.rank, orgName: $0.orgName, consoleOrgId: $0.orgId, avgScore: $0.avgScore,
                        preDiffScore: $0.preDiffScore)
                }, importId: importId)
        }
        return result
    }

    func readMemberReport(_ file: PendingFile) throws -> MemberReportDocument {
        if file.url.pathExtension.lowercased() == "json" {
            return try MemberReportJSON.parse(
                data: try Data(contentsOf: file.url), fileName: file.displayName,
                language: options.language)
        }
        var table = try openTable(file, kind: .memberReport, required: [.learnerName, .rangeRealScore])
        return try MemberReportTableParser().parse(&table)
    }

    /// Each member's department (member index → org id): matched by console id, else by
    /// name under the root; created when allowed.
    func resolveDepartments(
        _ document: MemberReportDocument, root: Organization?, _ transaction: ImportTransaction,
        result: inout ImportSummary.FileResult,
        problems: inout FileProblems
    ) throws -> [Int: Int64] {
        var departmentFor: [Int: Int64] = [:]
        var reportedDepartments = Set<String>()  // one problem per unknown department, not per member
        for (index, member) in document.members.enumerated() {
            let (deptId, deptName) = Importer.lastRealDepartment(ids: member.deptIds, names: member.deptNames)
            let line = member.line ?? index + 1
            if deptId == nil && deptName == nil {
                if let root {
                    departmentFor[index] = root.id
                } else {
                    problems.add(
                        line: line, column: "deptNames", value: member.deptNames.joined(separator: ","),
                        ImportText.expectedRootOrg)
                }
                continue
            }
            if let org = findDepartment(id: deptId, name: deptName, under: root, tree: transaction.tree) {
                departmentFor[index] = org.id
            } else if options.createMissing, let root {
                let code = deptId ?? "\(root.code)-\(deptName!)"
                let org = try transaction.createOrg(
                    code: code, name: deptName ?? code, parentId: root.id, type: "部门",
                    consoleId: deptId)
                result.createdOrgs += 1
                departmentFor[index] = org.id
            } else if reportedDepartments.insert(deptName ?? deptId ?? "").inserted {
                problems.add(
                    line: line, column: "deptNames", value: deptName ?? deptId ?? "",
                    ImportText.expectedKnownDepartment)
            }
        }
        return departmentFor
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

    func resolveRoot(
        file: String, _ transaction: ImportTransaction,
        result: inout ImportSummary.FileResult
    ) throws -> Organization? {
        guard let code = options.rootCode else { return nil }
        if let org = transaction.tree.org(code: code) { return org }
        guard options.createMissing else {
            throw ImportFailure(
                ImportProblem(
                    file: file, column: "--root", value: code,
                    expected: text(ImportText.expectedRootOrg)))
        }
        let root = try transaction.createOrg(code: code, name: options.rootName ?? code, parentId: nil, type: "党组织")
        result.createdOrgs += 1
        return root
    }

    func findDepartment(id: String?, name: String?, under root: Organization?, tree: OrgTree) -> Organization? {
        if let id, let org = tree.orgs.first(where: { $0.consoleId == id || $0.code == id }) { return org }
        guard let name else { return nil }
        let scope = root.flatMap { tree.index(ofId: $0.id) }.map { tree.subtree(of: $0) } ?? 0..<tree.count
        return scope.map { tree.orgs[$0] }.first { $0.name == name }
    }
}
