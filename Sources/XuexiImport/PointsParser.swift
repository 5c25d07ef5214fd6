import Foundation
import XuexiModel
import XuexiStore

/// One day's incoming rows in flat arrays (no per-row objects: a city day is 570,000 rows).
struct IncomingDay {
    var learnerIds: [Int32] = []
    var dayPoints: [Int32] = []  // -1 when the file has no day-points column
    var totals: [Int64] = []  // -1 when the file has no total column
    /// Per-item points of the rows in row order; `item` indexes the file's
    /// `ParsedPoints.itemNames`. Row `k`'s entries end at `itemEnds[k]` (and start where
    /// row `k - 1`'s end).
    var items: [(item: Int32, points: Int32)] = []
    var itemEnds: [Int32] = []

    /// Adds a row without items (a member report carries none).
    mutating func append(learner: Int32, dayPoints points: Int32, total: Int64) {
        learnerIds.append(learner)
        dayPoints.append(points)
        totals.append(total)
        itemEnds.append(Int32(items.count))
    }

    /// The range of `items` that belongs to row `index`.
    func itemRange(ofRow index: Int) -> Range<Int> {
        (index == 0 ? 0 : Int(itemEnds[index - 1]))..<Int(itemEnds[index])
    }

    mutating func reserve(_ count: Int) {
        learnerIds.reserveCapacity(count)
        dayPoints.reserveCapacity(count)
        totals.reserveCapacity(count)
        itemEnds.reserveCapacity(count)
    }
}

/// A points file read and validated, by day.
struct ParsedPoints {
    var days: [Int: IncomingDay]
    var rowCount: Int
    /// The per-item breakdown columns (阅读文章, 视听学习, …) in file order.
    var itemNames: [String]
}

/// Reads a points file (SPEC §3 item 3): every row names a known learner once per day, with
/// whole-number points and a valid date (from the column, else `fixedDay`).
struct PointsParser {
    private let codes: LearnerCodeIndex
    private let capacity: Int
    private let fixedDay: Day?
    private let progress: (Int) -> Void
    private let learnerColumn: Int
    private let dayColumn: Int?
    private let totalColumn: Int?
    private let dateColumn: Int?
    /// Columns of no known field are the per-item breakdown.
    private let itemColumns: [(column: Int, item: Int32)]
    private let itemNames: [String]
    // Rows of one day usually arrive together: that day's arrays stay at hand and are parked
    // in `days` only when the date changes, instead of hashing the date for every row.
    private var days: [Int: IncomingDay] = [:]
    private var seenLines: [Int: [Int32]] = [:]
    private var currentDay = Int.min
    private var current = IncomingDay()
    private var currentSeen: [Int32] = []
    private var lastDateText = ""
    private var lastDate: Int

    /// The header checks beyond the learner column: a points column and a date source.
    static func checkColumns(_ columns: ColumnMap, fixedDay: Day?, _ problems: inout FileProblems) {
        if columns[.dayPoints] == nil && columns[.totalPoints] == nil {
            problems.add(line: 1, ImportText.expectedPointsColumn)
        }
        if columns[.date] == nil && fixedDay == nil {
            problems.add(line: 1, column: ImportField.date.aliases[0], ImportText.expectedDateSource)
        }
    }

    init(
        columns: ColumnMap, codes: LearnerCodeIndex, capacity: Int, fixedDay: Day?,
        progress: @escaping (Int) -> Void
    ) {
        self.codes = codes
        self.capacity = capacity
        self.fixedDay = fixedDay
        self.progress = progress
        learnerColumn = columns[.learnerId]!
        dayColumn = columns[.dayPoints]
        totalColumn = columns[.totalPoints]
        dateColumn = columns[.date]
        let unknown = columns.unknown
        itemColumns = unknown.enumerated().map { ($1, Int32($0)) }
        itemNames = unknown.map { columns.headers[$0].trimmingCharacters(in: .whitespaces) }
        lastDate = fixedDay?.number ?? 0
    }

    mutating func parse(_ table: inout OpenedTable) throws -> ParsedPoints {
        var rowCount = 0
        let columns = table.columns
        while let row = try table.rows.nextRow() {
            if row.cells.count == 1 && row.cells[0].isEmpty { continue }
            rowCount += 1
            if rowCount % 100_000 == 0 { progress(rowCount) }
            add(row, columns: columns, problems: &table.problems)
        }
        if currentDay != Int.min { days[currentDay] = current }
        if rowCount == 0 && table.problems.isEmpty {
            table.problems.add(line: 2, ImportText.expectedDataRows)
        }
        try table.problems.throwIfAny()
        return ParsedPoints(days: days, rowCount: rowCount, itemNames: itemNames)
    }

    private mutating func add(_ row: TabularRow, columns: ColumnMap, problems: inout FileProblems) {
        let cells = row.cells
        let dayNumber = day(of: row, columns: columns, problems: &problems)
        let code = learnerColumn < cells.count ? cells[learnerColumn] : ""
        let learnerId = codes.id(of: code) ?? codes.id(of: code.trimmingCharacters(in: .whitespaces))
        if learnerId == nil {
            problems.add(
                line: row.line, column: columns.headers[learnerColumn], value: code,
                ImportText.expectedKnownLearner)
        }
        let dayCell = cell(dayColumn, of: row, columns: columns, problems: &problems)
        let totalCell = cell(totalColumn, of: row, columns: columns, problems: &problems)
        guard let dayNumber, let learnerId, dayCell != .invalid, totalCell != .invalid else { return }
        // No day-points column: -1, derived later from totals; an empty cell is 0.
        let dayPoints: Int32 =
            switch dayCell {
            case .value(let value)?: Int32(clamping: value)
            case .empty?: 0
            default: -1
            }
        let total: Int64 = if case .value(let value)? = totalCell { Int64(value) } else { -1 }
        if dayNumber != currentDay { switchDay(to: dayNumber) }
        let first = currentSeen[learnerId]
        if first != 0 {
            problems.add(
                line: row.line, column: columns.headers[learnerColumn], value: code,
                ImportText.expectedUniquePoints, first)
            return
        }
        let id = Int32(learnerId)
        currentSeen[learnerId] = Int32(clamping: row.line)
        current.learnerIds.append(id)
        current.dayPoints.append(dayPoints)
        current.totals.append(total)
        for (column, item) in itemColumns where column < cells.count && !cells[column].isEmpty {
            guard case .value(let points) = CountCell(cells[column]) else {
                problems.add(
                    line: row.line, column: columns.headers[column], value: cells[column],
                    ImportText.expectedInteger)
                continue
            }
            current.items.append((item, Int32(clamping: points)))
        }
        current.itemEnds.append(Int32(current.items.count))
    }

    /// The row's day number, or nil (with a problem) for a date that does not parse.
    @inline(__always)
    private mutating func day(of row: TabularRow, columns: ColumnMap, problems: inout FileProblems) -> Int? {
        guard let dateColumn else { return fixedDay?.number ?? 0 }
        let raw = dateColumn < row.cells.count ? row.cells[dateColumn] : ""
        if raw == lastDateText { return lastDate }
        if let day = Day(iso: raw.split(separator: " ").first.map(String.init) ?? raw) {
            (lastDateText, lastDate) = (raw, day.number)
            return day.number
        }
        if raw.trimmingCharacters(in: .whitespaces).isEmpty, let fixedDay { return fixedDay.number }
        problems.add(line: row.line, column: columns.headers[dateColumn], value: raw, ImportText.expectedDate)
        return nil
    }

    /// The count in `column` of the row (nil when the file has no such column); adds the
    /// problem when it is not a count.
    @inline(__always)
    private func cell(
        _ column: Int?, of row: TabularRow, columns: ColumnMap,
        problems: inout FileProblems
    ) -> CountCell? {
        guard let column else { return nil }
        let raw = column < row.cells.count ? row.cells[column] : ""
        let cell = CountCell(raw)
        if cell == .invalid {
            problems.add(line: row.line, column: columns.headers[column], value: raw, ImportText.expectedInteger)
        }
        return cell
    }

    private mutating func switchDay(to day: Int) {
        if currentDay != Int.min {
            days[currentDay] = current
            seenLines[currentDay] = currentSeen
        }
        currentDay = day
        current = days.removeValue(forKey: day) ?? IncomingDay()
        currentSeen = seenLines.removeValue(forKey: day) ?? [Int32](repeating: 0, count: capacity)
        if current.learnerIds.isEmpty { current.reserve(capacity) }
    }
}
