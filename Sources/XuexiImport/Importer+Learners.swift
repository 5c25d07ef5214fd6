import Foundation
import XuexiModel
import XuexiStore

/// Reads a roster into validated learners: codes present and unique, orgs known to `tree`,
/// registration dates valid.
struct RosterParser {
    var tree: OrgTree
    /// Called every 50,000 learners with the count so far.
    var progress: (Int) -> Void = { _ in }

    func parse(_ table: inout OpenedTable) throws -> [Learner] {
        let columns = table.columns
        var learners: [Learner] = []
        var lineOfCode: [String: Int] = [:]
        while let row = try table.nextRow() {
            let cells = row.cells
            guard let code = columns.value(.learnerId, in: cells) else {
                table.problems.add(
                    line: row.line, column: columns.header(.learnerId), value: "",
                    ImportText.expectedRequired)
                continue
            }
            if let first = lineOfCode[code] {
                table.problems.add(
                    line: row.line, column: columns.header(.learnerId), value: code,
                    ImportText.expectedUniqueLearner, first)
                continue
            }
            lineOfCode[code] = row.line
            let orgCode = columns.value(.orgCode, in: cells) ?? ""
            guard let orgIndex = tree.index(ofCode: orgCode) else {
                table.problems.add(
                    line: row.line, column: columns.header(.orgCode), value: orgCode,
                    ImportText.expectedKnownOrg)
                continue
            }
            var registeredOn: Day?
            if let raw = columns.value(.registeredOn, in: cells) {
                // Spreadsheets may append a time: keep the date part.
                let datePart = raw.split(separator: " ").first.map(String.init) ?? raw
                guard let day = Day(iso: datePart) else {
                    table.problems.add(
                        line: row.line, column: columns.header(.registeredOn), value: raw,
                        ImportText.expectedDate)
                    continue
                }
                registeredOn = day
            }
            learners.append(
                Learner(
                    id: 0, code: code, name: columns.value(.learnerName, in: cells) ?? code,
                    orgId: tree.orgs[orgIndex].id, status: columns.value(.status, in: cells),
                    phone: columns.value(.phone, in: cells),
                    mentorCode: columns.value(
                        .mentorId,
                        in: cells),
                    registeredOn: registeredOn, activated: true))
            if learners.count % 50_000 == 0 { progress(learners.count) }
        }
        if learners.isEmpty && table.problems.isEmpty {
            table.problems.add(line: 2, ImportText.expectedDataRows)
        }
        try table.problems.throwIfAny()
        return learners
    }
}

extension Importer {
    /// Rosters (SPEC §3 item 2): upserted by learner id; a changed org is kept as a move
    /// dated `--date` (default today) so past days still count where the learner was.
    func importLearners(_ file: PendingFile, _ transaction: ImportTransaction) throws -> ImportSummary.FileResult {
        var table = try openTable(file, kind: .learners, required: [.learnerId, .orgCode])
        let started = Date()
        let parser = RosterParser(tree: transaction.tree) { [self] count in
            reportProgress(file: file, rows: count, started: started)
        }
        let learners = try parser.parse(&table)
        let (created, updated) = try transaction.upsertLearners(learners, moveDay: options.date ?? options.today)
        var result = ImportSummary.FileResult(file: file.url.path, kind: .learners, rows: learners.count, days: [])
        result.createdLearners = created
        result.updatedLearners = updated
        return result
    }
}
