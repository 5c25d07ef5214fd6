import Foundation
import XuexiModel
import XuexiStore

extension Importer {
    /// Daily points (SPEC §3 item 3).
    func importPoints(
        _ file: PendingFile, _ transaction: ImportTransaction,
        importId: Int64
    ) throws -> ImportSummary.FileResult {
        let fixedDay = options.date ?? file.nameDay
        var table = try openTable(file, kind: .points, required: [.learnerId]) { columns, problems in
            PointsParser.checkColumns(columns, fixedDay: fixedDay, &problems)
        }
        // The previous day's sums are read on the other core while this file is parsed.
        if let fixedDay { transaction.prefetchPreviousDay(before: fixedDay) }
        let started = Date()
        var parser = PointsParser(
            columns: table.columns, codes: transaction.learnerCodes,
            capacity: transaction.learnerCapacity, fixedDay: fixedDay
        ) { [self] rows in
            reportProgress(file: file, rows: rows, started: started)
        }
        let parsed = try timed("parse") { try parser.parse(&table) }
        let itemIds = try parsed.itemNames.map { try transaction.itemId(named: $0) }
        var result = ImportSummary.FileResult(file: file.url.path, kind: .points, rows: parsed.rowCount, days: [])
        for dayNumber in parsed.days.keys.sorted() {
            let day = Day(number: dayNumber)
            try checkDayAllowed(day, file: file, transaction)
            result.anomalies += try applyDay(
                day, incoming: parsed.days[dayNumber]!, itemIds: itemIds,
                transaction, importId: importId)
            result.days.append(day)
        }
        return result
    }

    /// Replaces one day's points for the roots the rows belong to, derives what the file
    /// left out (day points from total deltas, totals from day points), records anomalies,
    /// maintains the running week/month sums and writes the day's per-org figures.
    /// Returns the number of anomalies recorded.
    func applyDay(
        _ day: Day, incoming: IncomingDay, itemIds: [Int64], _ transaction: ImportTransaction,
        importId: Int64
    ) throws -> Int {
        let writeStarted = DispatchTime.now().uptimeNanoseconds
        defer { phases.add("write", since: writeStarted) }
        // The previous day with data gives the totals to derive from and the running sums to extend.
        let before = try timed("write.previous") { try transaction.previousDay(before: day) }
        try timed("write.snapshot") { try transaction.snapshotDayForUndo(day, importId: importId) }
        let wholeDay = try timed("write.delete") { try clearDay(day, for: incoming.learnerIds, transaction) }
        var writer = try transaction.pointsWriter(
            day: day, importId: importId,
            wholeDayRows: wholeDay ? incoming.learnerIds.count : nil)
        var today = try writeRows(
            incoming, itemIds: itemIds, day: day, before: before, capacity: transaction.learnerCapacity,
            into: &writer)
        try transaction.recordDayWritten(day, importId: importId, rows: incoming.learnerIds.count)
        // Learners of the store not in the file keep whatever rows they already have for the day
        // (another root's report): the day's figures cover everyone.
        if !wholeDay { try transaction.addStoredPoints(day: day, to: &today) }
        try timed("aggregate") {
            try transaction.writeDailyFigures(day: day, points: today, parameters: options.parameters)
        }
        try timed("leaderboard") { try transaction.writeLeaderboardTop(day: day, from: writer) }
        try timed("rederive") { try transaction.rederiveRunningSums(after: day, rule: options.parameters.activity) }
        return writer.anomalies
    }

    /// Derives each row's missing figures and anomalies and writes the rows, with their
    /// items (`itemIds`: the store's id of each of the file's items), in learner id order
    /// (appends to the (day, learner_id) key). Returns the day's points by learner id.
    func writeRows(
        _ incoming: IncomingDay, itemIds: [Int64], day: Day, before: PreviousDay, capacity: Int,
        into writer: inout DayPointsWriter
    ) throws -> DayPoints {
        let previous = before.points
        let previousSums = before.sums
        let sameWeek = before.day.map { Day(number: $0).startOfWeek == day.startOfWeek } ?? false
        let sameMonth = before.day.map { Day(number: $0).monthIndex == day.monthIndex } ?? false
        let consecutive = before.day == day.number - 1
        let activity = options.parameters.activity
        let dailyMaximum = options.dailyMaximum
        var today = DayPoints(capacity: capacity)
        let ids = incoming.learnerIds
        let alreadySorted = zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 }
        let order = alreadySorted ? Array(ids.indices) : ids.indices.sorted { ids[$0] < ids[$1] }
        for index in order {
            let id = Int(ids[index])
            var dayPoints = Int(incoming.dayPoints[index])
            var total = Int(incoming.totals[index])
            let previousTotal = previous.totals[id] >= 0 ? Int(previous.totals[id]) : nil
            if dayPoints < 0 {
                // No day-points column: the change of total since the learner's previous day.
                dayPoints = previousTotal.map { max(0, total - $0) } ?? 0
            }
            if total < 0, let previousTotal { total = previousTotal + dayPoints }
            if dayPoints > dailyMaximum {
                try writer.addAnomaly(learner: id, kind: .overDailyMaximum, value: dayPoints, reference: dailyMaximum)
            }
            if total >= 0, let previousTotal {
                if total < previousTotal {
                    try writer.addAnomaly(learner: id, kind: .totalDecreased, value: total, reference: previousTotal)
                } else if consecutive && incoming.dayPoints[index] >= 0 && incoming.totals[index] >= 0
                    && total - previousTotal != dayPoints
                {
                    try writer.addAnomaly(
                        learner: id, kind: .dayTotalMismatch, value: dayPoints,
                        reference: total - previousTotal)
                }
            }
            let sums = previousSums.next(
                id: id, dayPoints: dayPoints, sameWeek: sameWeek, sameMonth: sameMonth,
                rule: activity)
            for entry in incoming.items[incoming.itemRange(ofRow: index)] {
                writer.addItem(itemIds[Int(entry.item)], points: entry.points)
            }
            try writer.add(
                learner: id, dayPoints: dayPoints, total: total >= 0 ? total : nil,
                week: sums.week, month: sums.month, idle: sums.idle)
            today.dayPoints[id] = Int32(clamping: dayPoints)
            today.totals[id] = Int64(total)
        }
        try writer.flush()
        return today
    }

    /// Removes the day's rows of every learner under the same top-level orgs as the file's
    /// learners, so a corrected file replaces its day without touching other roots' reports.
    /// Returns true when the whole day was cleared (every root is covered).
    func clearDay(_ day: Day, for learnerIds: [Int32], _ transaction: ImportTransaction) throws -> Bool {
        let tree = transaction.tree
        let directory = transaction.directory
        var roots = Set<Int>()
        for id in learnerIds {
            let org = Int(directory.orgIndex[Int(id)])
            if org >= 0 { roots.insert(tree.rootIndex(of: org)) }
        }
        if roots.count == tree.rootIndices.count {
            try transaction.deletePoints(day: day)
            return true
        }
        try transaction.deletePoints(day: day, underRoots: roots)
        return false
    }
}
