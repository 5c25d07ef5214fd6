import Foundation
import GRDB

extension Importer {
    /// One day's incoming rows in flat arrays (no per-row objects: a city day is 570,000 rows).
    struct IncomingDay {
        var learnerIds: [Int32] = []
        var dayPoints: [Int32] = []      // -1 when the file has no day-points column
        var totals: [Int64] = []         // -1 when the file has no total column
        var items: [(learner: Int32, item: Int32, points: Int32)] = []

        mutating func reserve(_ count: Int) {
            learnerIds.reserveCapacity(count)
            dayPoints.reserveCapacity(count)
            totals.reserveCapacity(count)
        }
    }

    /// Daily points (SPEC §3 item 3).
    func importPoints(_ file: PendingFile, context: Context) throws -> ImportSummary.FileResult {
        var source = try openTable(file.url)
        let name = file.displayName
        let columns = try readHeader(&source, file: name, kind: .points)
        var problems = ProblemCollector()
        if columns[.learnerId] == nil {
            problems.add(ImportProblem(file: name, line: 1, expected: text("import.expected.column", ImportField.learnerId.aliases[0])))
        }
        if columns[.dayPoints] == nil && columns[.totalPoints] == nil {
            problems.add(ImportProblem(file: name, line: 1, expected: text("import.expected.pointsColumn")))
        }
        let fixedDay = options.date ?? file.nameDay
        if columns[.date] == nil && fixedDay == nil {
            problems.add(ImportProblem(file: name, line: 1, column: ImportField.date.aliases[0], expected: text("import.expected.dateSource")))
        }
        try problems.throwIfAny()

        // The previous day's sums are read on the other core while this file is parsed.
        if let side = context.side, !context.wrotePoints, let day = fixedDay, context.prefetchedPrevious == nil {
            let capacity = context.directory.maxId + 1
            context.prefetchedPrevious = (day.number, side.read { db in try Importer.previousDay(before: day.number, db, capacity: capacity) })
        }

        // Columns of no known field are the per-item breakdown (阅读文章, 视听学习, …).
        var itemColumns: [(column: Int, item: Int32)] = []
        for column in columns.unknown {
            let itemName = columns.headers[column].trimmingCharacters(in: .whitespaces)
            itemColumns.append((column, Int32(try itemId(named: itemName, db: context.db))))
        }

        let learnerColumn = columns[.learnerId]!
        let dayColumn = columns[.dayPoints]
        let totalColumn = columns[.totalPoints]
        let dateColumn = columns[.date]
        // Rows of one day usually arrive together: keep that day's arrays at hand and park them
        // in `days` only when the date changes, instead of hashing the date for every row.
        var days: [Int: IncomingDay] = [:]
        var seenLines: [Int: [Int32]] = [:]
        var currentDay = Int.min
        var current = IncomingDay()
        var currentSeen: [Int32] = []
        let capacity = context.directory.maxId + 1
        func switchDay(to day: Int) {
            if currentDay != Int.min {
                days[currentDay] = current
                seenLines[currentDay] = currentSeen
            }
            currentDay = day
            current = days.removeValue(forKey: day) ?? IncomingDay()
            currentSeen = seenLines.removeValue(forKey: day) ?? [Int32](repeating: 0, count: capacity)
            if current.learnerIds.isEmpty { current.reserve(capacity) }
        }
        var lastDateText = "", lastDate = fixedDay?.number ?? 0
        var rowCount = 0
        let started = Date()

        while let row = try source.nextRow() {
            let cells = row.cells
            if cells.count == 1 && cells[0].isEmpty { continue }
            rowCount += 1
            if rowCount % 100_000 == 0 { reportProgress(file: file, rows: rowCount, started: started) }
            var rowOK = true
            var dayNumber = fixedDay?.number ?? 0
            if let dateColumn {
                let raw = dateColumn < cells.count ? cells[dateColumn] : ""
                if raw == lastDateText {
                    dayNumber = lastDate
                } else if let day = Day(iso: raw.split(separator: " ").first.map(String.init) ?? raw) {
                    (lastDateText, lastDate, dayNumber) = (raw, day.number, day.number)
                } else if raw.trimmingCharacters(in: .whitespaces).isEmpty, let fixedDay {
                    dayNumber = fixedDay.number
                } else {
                    problems.add(ImportProblem(file: name, line: row.line, column: columns.headers[dateColumn], value: raw,
                                               expected: text("import.expected.date")))
                    rowOK = false
                }
            }
            let code = learnerColumn < cells.count ? cells[learnerColumn] : ""
            let learnerId = context.learnerIds.id(of: code) ?? context.learnerIds.id(of: code.trimmingCharacters(in: .whitespaces))
            if learnerId == nil {
                problems.add(ImportProblem(file: name, line: row.line, column: columns.headers[learnerColumn], value: code,
                                           expected: text("import.expected.knownLearner")))
                rowOK = false
            }
            var dayPoints: Int32 = -1, total: Int64 = -1
            if let dayColumn {
                let raw = dayColumn < cells.count ? cells[dayColumn] : ""
                if let value = Importer.parseCount(raw) { dayPoints = Int32(clamping: value ?? 0) } else {
                    problems.add(ImportProblem(file: name, line: row.line, column: columns.headers[dayColumn], value: raw,
                                               expected: text("import.expected.integer")))
                    rowOK = false
                }
            }
            if let totalColumn {
                let raw = totalColumn < cells.count ? cells[totalColumn] : ""
                if let value = Importer.parseCount(raw) { total = value.map(Int64.init) ?? -1 } else {
                    problems.add(ImportProblem(file: name, line: row.line, column: columns.headers[totalColumn], value: raw,
                                               expected: text("import.expected.integer")))
                    rowOK = false
                }
            }
            guard rowOK, let learnerId else { continue }
            let id = Int32(learnerId)
            if dayNumber != currentDay { switchDay(to: dayNumber) }
            let first = currentSeen[learnerId]
            if first != 0 {
                problems.add(ImportProblem(file: name, line: row.line, column: columns.headers[learnerColumn], value: code,
                                           expected: text("import.expected.uniquePoints", first)))
                continue
            }
            currentSeen[learnerId] = Int32(clamping: row.line)
            current.learnerIds.append(id)
            current.dayPoints.append(dayPoints)
            current.totals.append(total)
            for (column, item) in itemColumns where column < cells.count && !cells[column].isEmpty {
                guard let value = Importer.parseCount(cells[column]), let points = value else {
                    problems.add(ImportProblem(file: name, line: row.line, column: columns.headers[column], value: cells[column],
                                               expected: text("import.expected.integer")))
                    continue
                }
                current.items.append((id, item, Int32(clamping: points)))
            }
        }
        if currentDay != Int.min { days[currentDay] = current }
        if rowCount == 0 && problems.isEmpty {
            problems.add(ImportProblem(file: name, line: 2, expected: text("import.expected.dataRows")))
        }
        try problems.throwIfAny()

        phases["parse", default: 0] += Date().timeIntervalSince(started)
        var result = ImportSummary.FileResult(file: file.url.path, kind: .points, rows: rowCount, days: [])
        for dayNumber in days.keys.sorted() {
            result.anomalies += try applyDay(Day(number: dayNumber), incoming: days[dayNumber]!, context: context)
            result.days.append(Day(number: dayNumber))
        }
        return result
    }

    func itemId(named name: String, db: Database) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM item WHERE name = ?", arguments: [name]) { return id }
        try db.execute(sql: "INSERT INTO item (name) VALUES (?)", arguments: [name])
        return db.lastInsertedRowID
    }

    /// Replaces one day's points for the roots the rows belong to, derives what the file
    /// left out (day points from total deltas, totals from day points), records anomalies,
    /// maintains the running week/month sums and writes the day's per-org figures.
    /// Returns the number of anomalies recorded.
    func applyDay(_ day: Day, incoming: IncomingDay, context: Context) throws -> Int {
        let writeStarted = DispatchTime.now().uptimeNanoseconds
        defer { phases["write", default: 0] += Double(DispatchTime.now().uptimeNanoseconds - writeStarted) / 1e9 }
        let db = context.db
        let directory = context.directory
        let capacity = directory.maxId + 1

        // The previous day with data gives the totals to derive from and the running sums to extend.
        let before: PreviousDay = try timed("write.previous") {
            if let prefetched = context.prefetchedPrevious, prefetched.day == day.number, !context.wrotePoints {
                context.prefetchedPrevious = nil
                let value = try prefetched.value.value()
                if value.points.dayPoints.count == capacity { return value }
            }
            context.prefetchedPrevious = nil
            return try Importer.previousDay(before: day.number, db, capacity: capacity)
        }
        context.wrotePoints = true
        let previousDay = before.day
        let previous = before.points
        let previousSums = before.sums
        let sameWeek = previousDay.map { Day(number: $0).startOfWeek == day.startOfWeek } ?? false
        let sameMonth = previousDay.map { Day(number: $0).monthIndex == day.monthIndex } ?? false

        let wholeDayReplaced = try timed("write.delete") { try deleteDay(day, for: incoming.learnerIds, context: context) }

        var insert = try PointsRowWriter(db)
        var columns = LeaderboardTop.DayColumns()
        if wholeDayReplaced { columns.reserve(incoming.learnerIds.count) }
        var today = DayPoints(capacity: capacity)
        var anomalies = 0
        let consecutive = previousDay == day.number - 1
        let anomalyInsert = try RawStatement(db, sql: """
            INSERT INTO anomaly (import_id, day, learner_id, kind, value, reference) VALUES (?, ?, ?, ?, ?, ?)
            """)
        func recordAnomaly(_ learner: Int, _ kind: AnomalyKind, _ value: Int, _ reference: Int) throws {
            anomalyInsert.bind(1, Int(context.importId)); anomalyInsert.bind(2, day.number); anomalyInsert.bind(3, learner)
            anomalyInsert.bind(4, kind.rawValue); anomalyInsert.bind(5, value); anomalyInsert.bind(6, reference)
            try anomalyInsert.step(db)
            anomalies += 1
        }

        // Sorted ids make the inserts appends to the (day, learner_id) key.
        let ids = incoming.learnerIds
        let alreadySorted = zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 }
        let order = alreadySorted ? Array(ids.indices) : ids.indices.sorted { ids[$0] < ids[$1] }
        for index in order {
            let id = Int(incoming.learnerIds[index])
            var dayPoints = Int(incoming.dayPoints[index])
            var total = Int(incoming.totals[index])
            let previousTotal = previous.totals[id] >= 0 ? Int(previous.totals[id]) : nil
            if dayPoints < 0 {
                // No day-points column: the change of total since the learner's previous day.
                dayPoints = previousTotal.map { max(0, total - $0) } ?? 0
            }
            if total < 0, let previousTotal { total = previousTotal + dayPoints }
            if dayPoints > options.dailyMaximum { try recordAnomaly(id, .overDailyMaximum, dayPoints, options.dailyMaximum) }
            if total >= 0, let previousTotal {
                if total < previousTotal {
                    try recordAnomaly(id, .totalDecreased, total, previousTotal)
                } else if consecutive && incoming.dayPoints[index] >= 0 && incoming.totals[index] >= 0
                            && total - previousTotal != dayPoints {
                    try recordAnomaly(id, .dayTotalMismatch, dayPoints, total - previousTotal)
                }
            }
            let sums = previousSums.next(id: id, dayPoints: dayPoints, sameWeek: sameWeek, sameMonth: sameMonth,
                                         threshold: options.parameters.activityThreshold)
            if wholeDayReplaced {
                columns.append(learner: id, day: dayPoints, week: sums.week, month: sums.month, total: total)
            }
            try insert.add(day: day.number, learner: id, dayPoints: dayPoints, total: total >= 0 ? total : nil,
                           week: sums.week, month: sums.month, idle: sums.idle)
            today.dayPoints[id] = Int32(clamping: dayPoints)
            today.totals[id] = Int64(total)
        }
        try insert.flush()
        // Picked on the other core while the items, figures and commit proceed here.
        let finished = columns
        let top = wholeDayReplaced ? BackgroundValue { LeaderboardTop.select(finished) } : nil
        if !incoming.items.isEmpty {
            let itemInsert = try RawStatement(db, sql: "INSERT OR REPLACE INTO points_item (day, learner_id, item_id, points) VALUES (?, ?, ?, ?)")
            for entry in incoming.items {
                itemInsert.bind(1, day.number); itemInsert.bind(2, Int(entry.learner))
                itemInsert.bind(3, Int(entry.item)); itemInsert.bind(4, Int(entry.points))
                try itemInsert.step(db)
            }
        }

        // Learners of the store not in the file keep whatever rows they already have for the day
        // (another root's report); load those so the day's figures cover everyone.
        if !wholeDayReplaced {
            let others = try Row.fetchCursor(db, sql: "SELECT learner_id, day_points, total_points FROM points WHERE day = ?",
                                             arguments: [day.number])
            while let row = try others.next() {
                let id = Int(row[0] as Int64)
                if id < capacity && today.dayPoints[id] == DayPoints.absent {
                    today.dayPoints[id] = Int32(row[1] as Int64)
                    today.totals[id] = (row[2] as Int64?) ?? -1
                }
            }
        }
        try timed("aggregate") {
            let figures = DailyAggregator.compute(day: day.number, points: today, directory: directory, tree: context.tree,
                                                  parameters: options.parameters)
            try DailyAggregator.write(db, day: day.number, figures: figures, tree: context.tree)
        }
        try timed("leaderboard") {
            if let top {
                try LeaderboardTop.write(db, day: day.number, selection: try top.value())
            } else {
                try LeaderboardTop.clear(db, day: day.number)
            }
        }
        try timed("rederive") { try rederiveLaterDays(after: day, context: context) }
        return anomalies
    }

    /// The day with data before `day` and its totals and running sums.
    static func previousDay(before day: Int, _ db: Database, capacity: Int) throws -> PreviousDay {
        guard let previous = try Int.fetchOne(db, sql: "SELECT MAX(day) FROM org_day WHERE day < ?", arguments: [day]) else {
            return PreviousDay(day: nil, points: DayPoints(capacity: capacity), sums: RunningSums(capacity: 0))
        }
        let (points, sums) = try loadRunningSums(db, day: previous, capacity: capacity)
        return PreviousDay(day: previous, points: points, sums: sums)
    }

    /// Loads a day's totals and running sums, indexed by learner id.
    static func loadRunningSums(_ db: Database, day: Int, capacity: Int) throws -> (DayPoints, RunningSums) {
        var points = DayPoints(capacity: capacity)
        var sums = RunningSums(capacity: capacity)
        let query = try RawStatement(db, sql: """
            SELECT learner_id, day_points, total_points, week_points, month_points, idle_days FROM points WHERE day = ?
            """)
        query.bind(1, day)
        try query.forEachRow(db) { row in
            let id = row.int(0)
            guard id < capacity else { return }
            points.dayPoints[id] = Int32(clamping: row.int(1))
            points.totals[id] = row.isNull(2) ? -1 : Int64(row.int(2))
            sums.week[id] = Int32(clamping: row.int(3))
            sums.month[id] = Int32(clamping: row.int(4))
            sums.idle[id] = Int32(clamping: row.int(5))
        }
        return (points, sums)
    }

    /// Removes the day's rows of every learner under the same top-level orgs as the file's
    /// learners, so a corrected file replaces its day without touching other roots' reports.
    /// Returns true when the whole day was cleared (every root is covered).
    @discardableResult
    func deleteDay(_ day: Day, for learnerIds: [Int32], context: Context) throws -> Bool {
        let db = context.db
        let tree = context.tree
        let directory = context.directory
        var roots = Set<Int>()
        for id in learnerIds {
            let org = Int(directory.orgIndex[Int(id)])
            if org >= 0 { roots.insert(tree.rootIndex(of: org)) }
        }
        if roots.count == tree.rootIndices.count {
            try db.execute(sql: "DELETE FROM points WHERE day = ?", arguments: [day.number])
            try db.execute(sql: "DELETE FROM points_item WHERE day = ?", arguments: [day.number])
            // A corrected day's anomalies are recomputed from the new rows.
            try db.execute(sql: "DELETE FROM anomaly WHERE day = ?", arguments: [day.number])
            return true
        }
        let existing = try Int.fetchAll(db, sql: "SELECT learner_id FROM points WHERE day = ?", arguments: [day.number])
        for id in existing where id <= directory.maxId {
            let org = Int(directory.orgIndex[id])
            guard org >= 0, roots.contains(tree.rootIndex(of: org)) else { continue }
            try db.execute(sql: "DELETE FROM points WHERE day = ? AND learner_id = ?", arguments: [day.number, id])
            try db.execute(sql: "DELETE FROM points_item WHERE day = ? AND learner_id = ?", arguments: [day.number, id])
            try db.execute(sql: "DELETE FROM anomaly WHERE day = ? AND learner_id = ?", arguments: [day.number, id])
        }
        return false
    }

    /// A day imported out of order changes the running sums and idle streaks of the days after it.
    func rederiveLaterDays(after day: Day, context: Context) throws {
        let db = context.db
        // Streaks can run for weeks; 62 days bounds the work while covering any month and any
        // streak the alerts look at.
        let later = try Int.fetchAll(db, sql: "SELECT DISTINCT day FROM org_day WHERE day > ? AND day <= ? ORDER BY day",
                                     arguments: [day.number, day.number + 62])
        guard !later.isEmpty else { return }
        let capacity = context.directory.maxId + 1
        var previousDay = day.number
        let update = try RawStatement(db, sql: "UPDATE points SET week_points = ?, month_points = ?, idle_days = ? WHERE day = ? AND learner_id = ?")
        for current in later {
            // Running sums change below: the stored leaderboards of that day go back to scanning.
            try LeaderboardTop.clear(db, day: current)
            let (_, previous) = try Importer.loadRunningSums(db, day: previousDay, capacity: capacity)
            let sameWeek = Day(number: previousDay).startOfWeek == Day(number: current).startOfWeek
            let sameMonth = Day(number: previousDay).monthIndex == Day(number: current).monthIndex
            let rows = try Row.fetchAll(db, sql: "SELECT learner_id, day_points FROM points WHERE day = ?", arguments: [current])
            for row in rows {
                let id = Int(row[0] as Int64)
                let sums = previous.next(id: id, dayPoints: Int(row[1] as Int64), sameWeek: sameWeek, sameMonth: sameMonth,
                                         threshold: options.parameters.activityThreshold)
                update.bind(1, sums.week); update.bind(2, sums.month); update.bind(3, sums.idle)
                update.bind(4, current); update.bind(5, id)
                try update.step(db)
            }
            previousDay = current
        }
    }
}

/// Writes points rows in multi-row INSERT statements: SQLite's per-statement overhead
/// (step, reset, opcode setup) was most of the cost of a row, so 64 rows per statement
/// cut the insert time of a 570,000-row day substantially (see docs/PERFORMANCE.md).
struct PointsRowWriter {
    static let batch = 64
    static let columns: Int32 = 7
    private let db: Database
    private let many: RawStatement
    private let one: RawStatement
    private var pending: [(Int, Int, Int, Int?, Int, Int, Int)] = []

    init(_ db: Database) throws {
        self.db = db
        let row = "(?, ?, ?, ?, ?, ?, ?)"
        let prefix = "INSERT INTO points (day, learner_id, day_points, total_points, week_points, month_points, idle_days) VALUES "
        many = try RawStatement(db, sql: prefix + Array(repeating: row, count: PointsRowWriter.batch).joined(separator: ", "))
        one = try RawStatement(db, sql: prefix + row)
        pending.reserveCapacity(PointsRowWriter.batch)
    }

    mutating func add(day: Int, learner: Int, dayPoints: Int, total: Int?, week: Int, month: Int, idle: Int) throws {
        pending.append((day, learner, dayPoints, total, week, month, idle))
        if pending.count == PointsRowWriter.batch {
            for (index, row) in pending.enumerated() { bind(many, row, offset: Int32(index) * PointsRowWriter.columns) }
            try many.step(db)
            pending.removeAll(keepingCapacity: true)
        }
    }

    mutating func flush() throws {
        for row in pending {
            bind(one, row, offset: 0)
            try one.step(db)
        }
        pending.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    private func bind(_ statement: RawStatement, _ row: (Int, Int, Int, Int?, Int, Int, Int), offset: Int32) {
        statement.bind(offset + 1, row.0); statement.bind(offset + 2, row.1); statement.bind(offset + 3, row.2)
        if let total = row.3 { statement.bind(offset + 4, total) } else { statement.bindNull(offset + 4) }
        statement.bind(offset + 5, row.4); statement.bind(offset + 6, row.5); statement.bind(offset + 7, row.6)
    }
}

/// Per-learner running figures carried from one day with data to the next.
struct RunningSums {
    var week: [Int32]
    var month: [Int32]
    var idle: [Int32]

    init(capacity: Int) {
        week = Array(repeating: 0, count: capacity)
        month = Array(repeating: 0, count: capacity)
        idle = Array(repeating: 0, count: capacity)
    }

    /// The learner's figures on the next day with data, given that day's points.
    @inline(__always)
    func next(id: Int, dayPoints: Int, sameWeek: Bool, sameMonth: Bool, threshold: Int) -> (week: Int, month: Int, idle: Int) {
        let known = id < week.count
        let week = (sameWeek && known ? Int(self.week[id]) : 0) + dayPoints
        let month = (sameMonth && known ? Int(self.month[id]) : 0) + dayPoints
        let idle = dayPoints >= threshold ? 0 : (known ? Int(self.idle[id]) : 0) + 1
        return (week, month, idle)
    }
}

/// Data problems that import anyway and raise a `data.anomaly` alert (SPEC §3, §5).
public enum AnomalyKind: String, Sendable, Codable, CaseIterable {
    case overDailyMaximum = "over_daily_maximum"
    case totalDecreased = "total_decreased"
    case dayTotalMismatch = "day_total_mismatch"
}
