import Foundation
import GRDB

extension Importer {
    /// The first day of a learner's history, before any recorded move.
    static let beginningOfTime = -1_000_000

    /// Rosters (SPEC §3 item 2): upserted by learner id; a changed org is kept as a move
    /// dated `--date` (default today) so past days still count where the learner was.
    func importLearners(_ file: PendingFile, context: Context) throws -> ImportSummary.FileResult {
        var source = try openTable(file.url)
        let name = file.displayName
        let columns = try readHeader(&source, file: name, kind: .learners)
        var problems = ProblemCollector()
        for field in [ImportField.learnerId, .orgCode] where columns[field] == nil {
            problems.add(ImportProblem(file: name, line: 1, expected: text("import.expected.column", field.aliases[0])))
        }
        try problems.throwIfAny()

        var learners: [(line: Int, learner: Learner)] = []
        var lineOfCode: [String: Int] = [:]
        let started = Date()
        while let row = try source.nextRow() {
            let cells = row.cells
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard let code = columns.value(.learnerId, in: cells) else {
                problems.add(ImportProblem(file: name, line: row.line, column: columns.header(.learnerId), value: "",
                                           expected: text("import.expected.required")))
                continue
            }
            if let first = lineOfCode[code] {
                problems.add(ImportProblem(file: name, line: row.line, column: columns.header(.learnerId), value: code,
                                           expected: text("import.expected.uniqueLearner", first)))
                continue
            }
            lineOfCode[code] = row.line
            let orgCode = columns.value(.orgCode, in: cells) ?? ""
            guard let orgIndex = context.tree.index(ofCode: orgCode) else {
                problems.add(ImportProblem(file: name, line: row.line, column: columns.header(.orgCode), value: orgCode,
                                           expected: text("import.expected.knownOrg")))
                continue
            }
            var registeredOn: Day?
            if let raw = columns.value(.registeredOn, in: cells) {
                // Spreadsheets may append a time: keep the date part.
                let datePart = raw.split(separator: " ").first.map(String.init) ?? raw
                guard let day = Day(iso: datePart) else {
                    problems.add(ImportProblem(file: name, line: row.line, column: columns.header(.registeredOn), value: raw,
                                               expected: text("import.expected.date")))
                    continue
                }
                registeredOn = day
            }
            let learner = Learner(id: 0, code: code, name: columns.value(.learnerName, in: cells) ?? code,
                                  orgId: context.tree.orgs[orgIndex].id, status: columns.value(.status, in: cells),
                                  phone: columns.value(.phone, in: cells), mentorCode: columns.value(.mentorId, in: cells),
                                  registeredOn: registeredOn, activated: true)
            learners.append((row.line, learner))
            if learners.count % 50_000 == 0 { reportProgress(file: file, rows: learners.count, started: started) }
        }
        if learners.isEmpty && problems.isEmpty {
            problems.add(ImportProblem(file: name, line: 2, expected: text("import.expected.dataRows")))
        }
        try problems.throwIfAny()

        let (created, updated) = try upsertLearners(learners.map(\.learner), moveDay: options.date ?? options.today,
                                                    context: context)
        var result = ImportSummary.FileResult(file: file.url.path, kind: .learners, rows: learners.count, days: [])
        result.createdLearners = created
        result.updatedLearners = updated
        return result
    }

    /// Inserts new learners and updates changed ones; returns (created, updated).
    /// `activated` is only changed by sources that know it (member-score reports).
    func upsertLearners(_ learners: [Learner], moveDay: Day, context: Context,
                        keepActivation: Bool = true) throws -> (Int, Int) {
        let db = context.db
        var existing: [String: Learner] = [:]
        if !context.learnerIds.isEmpty {
            let cursor = try Learner.fetchCursor(db)
            while let learner = try cursor.next() { existing[learner.code] = learner }
        }
        var nextId = Int64(context.directory.maxId + 1)
        var nextIdFromStore = (try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM learner") ?? 0) + 1
        nextId = max(nextId, nextIdFromStore)
        nextIdFromStore = nextId
        let insert = try RawStatement(db, sql: """
            INSERT INTO learner (id, code, name, org_id, status, is_party, phone, mentor_code, registered_on, activated)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var created = 0, updated = 0
        for var learner in learners {
            if var old = existing[learner.code] {
                learner.id = old.id
                if keepActivation { learner.activated = old.activated }
                if learner.registeredOn == nil { learner.registeredOn = old.registeredOn }
                if learner.status == nil { learner.status = old.status }
                if learner.phone == nil { learner.phone = old.phone }
                if learner.mentorCode == nil { learner.mentorCode = old.mentorCode }
                guard learner != old else { continue }
                if learner.orgId != old.orgId {
                    let hasHistory = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM learner_move WHERE learner_id = ?)",
                                                       arguments: [old.id]) ?? false
                    if !hasHistory {
                        try db.execute(sql: "INSERT INTO learner_move (learner_id, from_day, org_id) VALUES (?, ?, ?)",
                                       arguments: [old.id, Importer.beginningOfTime, old.orgId])
                    }
                    try db.execute(sql: "INSERT OR REPLACE INTO learner_move (learner_id, from_day, org_id) VALUES (?, ?, ?)",
                                   arguments: [old.id, moveDay.number, learner.orgId])
                }
                try learner.update(db)
                old = learner
                existing[learner.code] = old
                updated += 1
            } else {
                learner.id = nextId
                nextId += 1
                insert.bind(1, Int(learner.id)); insert.bind(2, learner.code); insert.bind(3, learner.name)
                insert.bind(4, Int(learner.orgId)); insert.bind(5, learner.status); insert.bind(6, learner.isParty ? 1 : 0)
                insert.bind(7, learner.phone); insert.bind(8, learner.mentorCode)
                if let day = learner.registeredOn { insert.bind(9, day.number) } else { insert.bindNull(9) }
                insert.bind(10, learner.activated ? 1 : 0)
                try insert.step(db)
                context.learnerIds.insert(learner.code, id: Int(learner.id))
                existing[learner.code] = learner
                created += 1
            }
        }
        if created > 0 || updated > 0 {
            context.directory = try LearnerDirectory.load(db, tree: context.tree)
            context.rosterChanged = true
        }
        return (created, updated)
    }
}
