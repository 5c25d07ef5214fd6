import Foundation
import GRDB
import XuexiModel

/// Writes one day's points rows (with their packed per-item points) and anomalies,
/// streamed by the import as it derives them. Rows go out in multi-row INSERT statements:
/// SQLite's per-statement overhead (step, reset, opcode setup) was most of the cost of a
/// row, so 64 rows per statement cut the insert time of a 570,000-row day substantially
/// (see docs/PERFORMANCE.md).
public struct DayPointsWriter {
    static let batch = 64
    static let columns: Int32 = 8
    private struct Pending {
        var learner: Int
        var dayPoints: Int
        var total: Int?
        var week: Int
        var month: Int
        var idle: Int
        /// The row's packed items in `pendingItems`.
        var items: Range<Int>
    }
    private let db: Database
    private let day: Int
    private let importId: Int64
    private let many: RawStatement
    private let one: RawStatement
    private let anomalyInsert: RawStatement
    private var pending: [Pending] = []
    private var pendingItems: [UInt8] = []
    /// The items of the row being assembled (`addItem` before its `add`).
    private var rowItems: [(item: Int64, points: Int32)] = []
    public private(set) var anomalies = 0
    /// The day's columns for the stored leaderboards, kept only when the whole day is written.
    private var columns: LeaderboardTop.DayColumns?
    /// Picked on the other core once the rows are flushed, while items and figures proceed.
    fileprivate var leaderboard: BackgroundValue<[(kind: LeaderboardKind, candidates: [LeaderboardTop.Candidate])]>?

    init(_ db: Database, day: Int, importId: Int64, wholeDayRows: Int?) throws {
        self.db = db
        self.day = day
        self.importId = importId
        if let wholeDayRows {
            columns = LeaderboardTop.DayColumns()
            columns?.reserve(wholeDayRows)
        }
        let row = "(?, ?, ?, ?, ?, ?, ?, ?)"
        let prefix =
            "INSERT INTO points "
            + "(day, learner_id, day_points, total_points, week_points, month_points, idle_days, items) VALUES "
        let rows = Array(repeating: row, count: DayPointsWriter.batch).joined(separator: ", ")
        many = try RawStatement(db, sql: prefix + rows)
        one = try RawStatement(db, sql: prefix + row)
        anomalyInsert = try RawStatement(
            db,
            sql: """
                INSERT INTO anomaly (import_id, day, learner_id, kind, value, reference) VALUES (?, ?, ?, ?, ?, ?)
                """)
        pending.reserveCapacity(DayPointsWriter.batch)
    }

    /// One item's points for the next row `add` writes.
    @inline(__always)
    public mutating func addItem(_ item: Int64, points: Int32) {
        rowItems.append((item, points))
    }

    /// One learner's row, with the items given by `addItem` since the previous row; `total`
    /// nil when unknown. Rows should come in learner id order.
    @inline(__always)
    public mutating func add(learner: Int, dayPoints: Int, total: Int?, week: Int, month: Int, idle: Int) throws {
        let start = pendingItems.count
        if !rowItems.isEmpty {
            PackedItems.append(rowItems, to: &pendingItems)
            rowItems.removeAll(keepingCapacity: true)
        }
        pending.append(
            Pending(
                learner: learner, dayPoints: dayPoints, total: total, week: week, month: month, idle: idle,
                items: start..<pendingItems.count))
        columns?.append(learner: learner, day: dayPoints, week: week, month: month, total: total ?? -1)
        if pending.count == DayPointsWriter.batch {
            try Self.write(pending, items: pendingItems, day: day, batched: true, many, db)
            pending.removeAll(keepingCapacity: true)
            pendingItems.removeAll(keepingCapacity: true)
        }
    }

    public mutating func addAnomaly(learner: Int, kind: AnomalyKind, value: Int, reference: Int) throws {
        anomalyInsert.bind(1, Int(importId))
        anomalyInsert.bind(2, day)
        anomalyInsert.bind(3, learner)
        anomalyInsert.bind(4, kind.rawValue)
        anomalyInsert.bind(5, value)
        anomalyInsert.bind(6, reference)
        try anomalyInsert.step(db)
        anomalies += 1
    }

    /// Writes the rows still pending; call once after the last `add`.
    public mutating func flush() throws {
        try Self.write(pending, items: pendingItems, day: day, batched: false, one, db)
        pending.removeAll(keepingCapacity: true)
        pendingItems.removeAll(keepingCapacity: true)
        if let finished = columns {
            columns = nil
            leaderboard = BackgroundValue { LeaderboardTop.select(finished) }
        }
    }

    /// Binds and steps `rows`: all in one statement of `batch` rows, or one statement each.
    /// Static, so that the hot path never copies the writer.
    private static func write(
        _ rows: [Pending], items: [UInt8], day: Int, batched: Bool, _ statement: RawStatement, _ db: Database
    ) throws {
        try items.withUnsafeBytes { items in
            for (index, row) in rows.enumerated() {
                let offset = batched ? Int32(index) * columns : 0
                statement.bind(offset + 1, day)
                statement.bind(offset + 2, row.learner)
                statement.bind(offset + 3, row.dayPoints)
                if let total = row.total { statement.bind(offset + 4, total) } else { statement.bindNull(offset + 4) }
                statement.bind(offset + 5, row.week)
                statement.bind(offset + 6, row.month)
                statement.bind(offset + 7, row.idle)
                statement.bindBlob(offset + 8, UnsafeRawBufferPointer(rebasing: items[row.items]))
                if !batched { try statement.step(db) }
            }
        }
        if batched { try statement.step(db) }
    }
}

extension ImportTransaction {
    /// Starts reading the running sums before `day` on the other core (when the store has a
    /// side connection and nothing was written yet), for `previousDay(before:)` to pick up.
    public func prefetchPreviousDay(before day: Day) {
        guard let side, !wrotePoints, prefetchedPrevious == nil else { return }
        let capacity = learnerCapacity
        prefetchedPrevious = (
            day.number,
            side.read { db in
                try ImportTransaction.previousDay(before: day.number, db, capacity: capacity)
            }
        )
    }

    /// The day with data before `day`, with its totals and running sums by learner id.
    public func previousDay(before day: Day) throws -> PreviousDay {
        defer { prefetchedPrevious = nil }
        if let prefetched = prefetchedPrevious, prefetched.day == day.number, !wrotePoints {
            let value = try prefetched.value.value()
            if value.points.dayPoints.count == learnerCapacity { return value }
        }
        return try ImportTransaction.previousDay(before: day.number, db, capacity: learnerCapacity)
    }

    static func previousDay(before day: Int, _ db: Database, capacity: Int) throws -> PreviousDay {
        guard
            let previous = try Int.fetchOne(
                db, sql: "SELECT MAX(day) FROM org_day WHERE day < ?",
                arguments: [day])
        else {
            return PreviousDay(day: nil, points: DayPoints(capacity: capacity), sums: RunningSums(capacity: 0))
        }
        let (points, sums) = try loadRunningSums(db, day: previous, capacity: capacity)
        return PreviousDay(day: previous, points: points, sums: sums)
    }

    /// Loads a day's totals and running sums, indexed by learner id.
    static func loadRunningSums(_ db: Database, day: Int, capacity: Int) throws -> (DayPoints, RunningSums) {
        var points = DayPoints(capacity: capacity)
        var sums = RunningSums(capacity: capacity)
        let query = try RawStatement(
            db,
            sql: """
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

    /// Removes every points row (items included) and anomaly of `day` (a corrected day's anomalies
    /// are recomputed from its new rows).
    public func deletePoints(day: Day) throws {
        wrotePoints = true
        try db.execute(sql: "DELETE FROM points WHERE day = ?", arguments: [day.number])
        try db.execute(sql: "DELETE FROM anomaly WHERE day = ?", arguments: [day.number])
    }

    /// Removes the rows of `day` of the learners whose current org is under one of the
    /// top-level orgs `roots` (tree indices), leaving other roots' rows alone.
    public func deletePoints(day: Day, underRoots roots: Set<Int>) throws {
        wrotePoints = true
        let existing = try Int.fetchAll(db, sql: "SELECT learner_id FROM points WHERE day = ?", arguments: [day.number])
        for id in existing where id <= directory.maxId {
            let org = Int(directory.orgIndex[id])
            guard org >= 0, roots.contains(tree.rootIndex(of: org)) else { continue }
            try db.execute(sql: "DELETE FROM points WHERE day = ? AND learner_id = ?", arguments: [day.number, id])
            try db.execute(sql: "DELETE FROM anomaly WHERE day = ? AND learner_id = ?", arguments: [day.number, id])
        }
    }

    /// A writer for the rows of `day`, anomalies credited to import `importId`. When the
    /// rows replace the whole day (`wholeDayRows`: their count), the writer also selects the
    /// day's leaderboard candidates for `writeLeaderboardTop`.
    public func pointsWriter(day: Day, importId: Int64, wholeDayRows: Int?) throws -> DayPointsWriter {
        wrotePoints = true
        return try DayPointsWriter(db, day: day.number, importId: importId, wholeDayRows: wholeDayRows)
    }

    /// The id of the breakdown item called `name`, created on first use.
    public func itemId(named name: String) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM item WHERE name = ?", arguments: [name]) { return id }
        try db.execute(sql: "INSERT INTO item (name) VALUES (?)", arguments: [name])
        return db.lastInsertedRowID
    }

    /// Fills in the stored rows of `day` for learners that `points` has no row for (other
    /// roots' reports), so the day's figures cover everyone.
    public func addStoredPoints(day: Day, to points: inout DayPoints) throws {
        let capacity = points.dayPoints.count
        let query = try RawStatement(db, sql: "SELECT learner_id, day_points, total_points FROM points WHERE day = ?")
        query.bind(1, day.number)
        try query.forEachRow(db) { row in
            let id = row.int(0)
            if id < capacity && points.dayPoints[id] == DayPoints.absent {
                points.dayPoints[id] = Int32(clamping: row.int(1))
                points.totals[id] = row.isNull(2) ? -1 : Int64(row.int(2))
            }
        }
    }

    /// Computes and stores the per-org figures of `day` from its points.
    public func writeDailyFigures(day: Day, points: DayPoints, parameters: AggregateParameters) throws {
        let figures = DailyAggregator.compute(
            day: day.number, points: points, directory: directory, tree: tree,
            parameters: parameters)
        try DailyAggregator.write(db, day: day.number, figures: figures, tree: tree)
        try OrgCumulative.update(db, from: day.number)
    }

    /// Stores the leaderboard candidates `writer` selected, or clears the day's (readers
    /// then scan) when its rows did not replace the whole day.
    public func writeLeaderboardTop(day: Day, from writer: DayPointsWriter) throws {
        if let selection = writer.leaderboard {
            try LeaderboardTop.write(db, day: day.number, selection: try selection.value())
        } else {
            try LeaderboardTop.clear(db, day: day.number)
        }
    }

    /// A day imported out of order changes the running sums and idle streaks of the days
    /// after it: recomputes them from `day` on.
    public func rederiveRunningSums(after day: Day, rule: ActivityRule) throws {
        // Streaks can run for weeks; 62 days bounds the work while covering any month and any
        // streak the alerts look at.
        let later = try Int.fetchAll(
            db,
            sql: """
                SELECT DISTINCT day FROM org_day WHERE day > ? AND day <= ? ORDER BY day
                """, arguments: [day.number, day.number + 62])
        guard !later.isEmpty else { return }
        let capacity = learnerCapacity
        var previousDay = day.number
        let update = try RawStatement(
            db,
            sql: """
                UPDATE points SET week_points = ?, month_points = ?, idle_days = ? WHERE day = ? AND learner_id = ?
                """)
        for current in later {
            // Running sums change below: the stored leaderboards of that day go back to scanning.
            try LeaderboardTop.clear(db, day: current)
            let (_, previous) = try ImportTransaction.loadRunningSums(db, day: previousDay, capacity: capacity)
            let sameWeek = Day(number: previousDay).startOfWeek == Day(number: current).startOfWeek
            let sameMonth = Day(number: previousDay).monthIndex == Day(number: current).monthIndex
            let rows = try Row.fetchAll(
                db, sql: "SELECT learner_id, day_points FROM points WHERE day = ?",
                arguments: [current])
            for row in rows {
                let id = Int(row[0] as Int64)
                let sums = previous.next(
                    id: id, dayPoints: Int(row[1] as Int64), sameWeek: sameWeek,
                    sameMonth: sameMonth, rule: rule)
                update.bind(1, sums.week)
                update.bind(2, sums.month)
                update.bind(3, sums.idle)
                update.bind(4, current)
                update.bind(5, id)
                try update.step(db)
            }
            previousDay = current
        }
    }
}
