import GRDB
import XuexiModel

/// One `org_day` row: an org subtree's figures on a day.
public struct OrgDayFigures: Sendable, Equatable {
    public var orgId: Int64
    public var figures: DailyFigures
}

/// An org's activity counts on a day (the inputs of its activity rate).
public struct OrgDayActivity: Sendable, Equatable {
    public var day: Day
    public var orgId: Int64
    public var active: Int
    public var registered: Int
}

/// An org's means over the days with data in a period. Each mean skips days where nobody
/// was registered, so such days do not pull it to zero.
public struct OrgPeriodMeans: Sendable, Equatable {
    public var orgId: Int64
    public var days: Int
    public var meanActive: Double?
    public var activityRate: Double?
    public var averagePoints: Double?
}

// MARK: - Per-org daily figures (`org_day`, written by the import's aggregation)

extension XuexiStore {
    /// Days with per-org figures, ascending.
    public func orgDataDays() throws -> [Day] {
        try reader.read { db in try XuexiStore.orgDataDays(db) }
    }

    static func orgDataDays(_ db: Database) throws -> [Day] {
        try Int.fetchAll(db, sql: "SELECT DISTINCT day FROM org_day ORDER BY day").map(Day.init(number:))
    }

    /// The latest day with points, if any.
    public func latestDay() throws -> Day? {
        try reader.read { db in try Int.fetchOne(db, sql: "SELECT MAX(day) FROM org_day").map(Day.init(number:)) }
    }

    /// One org's figures on one day; nil when the store has none.
    public func orgDayFigures(orgId: Int64, day: Day) throws -> DailyFigures? {
        try reader.read { db in
            let query = try RawStatement(
                db,
                sql: """
                    SELECT \(Self.orgDayColumns) FROM org_day WHERE day = ? AND org_id = ?
                    """)
            query.bind(1, day.number)
            query.bind(2, Int(orgId))
            var found: DailyFigures?
            try query.forEachRow(db) { row in found = Self.figures(from: row) }
            return found
        }
    }

    /// One org's figures on the days with data in `first`…`last`, in day order.
    public func orgDayFigures(orgId: Int64, from first: Day, through last: Day) throws -> [DailyFigures] {
        try reader.read { db in
            let query = try RawStatement(
                db,
                sql: """
                    SELECT \(Self.orgDayColumns) FROM org_day WHERE org_id = ? AND day BETWEEN ? AND ? ORDER BY day
                    """)
            query.bind(1, Int(orgId))
            query.bind(2, first.number)
            query.bind(3, last.number)
            var result: [DailyFigures] = []
            try query.forEachRow(db) { row in result.append(Self.figures(from: row)) }
            return result
        }
    }

    /// Every org's figures on `day` (a city day is 9,600 rows, read through the C API).
    public func orgDayFigures(on day: Day) throws -> [OrgDayFigures] {
        try reader.read { db in try Self.orgDayFigures(db, on: day) }
    }

    /// Active and registered counts of these orgs on the days in `first`…`last`, in one query.
    public func orgDayActivity(orgIds: [Int64], from first: Day, through last: Day) throws -> [OrgDayActivity] {
        guard !orgIds.isEmpty else { return [] }
        return try reader.read { db in
            // Ids are integers from the store, so listing them inline is safe and keeps one statement.
            let query = try RawStatement(
                db,
                sql: """
                    SELECT day, org_id, active, registered FROM org_day
                    WHERE day BETWEEN ? AND ? AND org_id IN (\(orgIds.map(String.init).joined(separator: ",")))
                    """)
            query.bind(1, first.number)
            query.bind(2, last.number)
            var result: [OrgDayActivity] = []
            try query.forEachRow(db) { row in
                result.append(
                    OrgDayActivity(
                        day: Day(number: row.int(0)), orgId: Int64(row.int(1)), active: row.int(2),
                        registered: row.int(3)))
            }
            return result
        }
    }

    /// Active and registered counts of every org on the days in `first`…`last` (alert drops:
    /// a city's ~9,600 units over a week, read as one range of the table).
    public func orgDayActivity(from first: Day, through last: Day) throws -> [OrgDayActivity] {
        try reader.read { db in
            let query = try RawStatement(
                db, sql: "SELECT day, org_id, active, registered FROM org_day WHERE day BETWEEN ? AND ?")
            query.bind(1, first.number)
            query.bind(2, last.number)
            var result: [OrgDayActivity] = []
            try query.forEachRow(db) { row in
                result.append(
                    OrgDayActivity(
                        day: Day(number: row.int(0)), orgId: Int64(row.int(1)), active: row.int(2),
                        registered: row.int(3)))
            }
            return result
        }
    }

    /// Every org's means over `first`…`last` and its figures on `lastDay`, as of one moment.
    public func orgPeriodFigures(
        from first: Day, through last: Day,
        lastDay: Day
    ) throws -> (means: [OrgPeriodMeans], last: [OrgDayFigures]) {
        try reader.read { db in
            var means: [OrgPeriodMeans] = []
            // AVG skips NULLs, so days where nobody was registered do not pull a mean to zero.
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT org_id, COUNT(*) AS days, AVG(active) AS mean_active,
                           AVG(CASE WHEN registered > 0 THEN CAST(active AS REAL) / registered END) AS activity,
                           AVG(CASE WHEN registered > 0 THEN CAST(points AS REAL) / registered END) AS average
                    FROM org_day WHERE day BETWEEN ? AND ? GROUP BY org_id
                    """, arguments: [first.number, last.number])
            while let row = try rows.next() {
                means.append(
                    OrgPeriodMeans(
                        orgId: row["org_id"], days: row["days"], meanActive: row["mean_active"],
                        activityRate: row["activity"], averagePoints: row["average"]))
            }
            return (means, try Self.orgDayFigures(db, on: lastDay))
        }
    }

    static let orgDayColumns = """
        day, org_id, listed, registered, active, points, party_listed, party_registered, party_active,
        club_low, club_high
        """

    static func orgDayFigures(_ db: Database, on day: Day) throws -> [OrgDayFigures] {
        let query = try RawStatement(db, sql: "SELECT \(orgDayColumns) FROM org_day WHERE day = ?")
        query.bind(1, day.number)
        var result: [OrgDayFigures] = []
        try query.forEachRow(db) { row in
            result.append(OrgDayFigures(orgId: Int64(row.int(1)), figures: figures(from: row)))
        }
        return result
    }

    /// An `org_day` row selected with `orgDayColumns`.
    static func figures(from row: RawRow) -> DailyFigures {
        DailyFigures(
            day: Day(number: row.int(0)), listed: row.int(2), registered: row.int(3), active: row.int(4),
            points: row.int(5), partyListed: row.int(6), partyRegistered: row.int(7), partyActive: row.int(8),
            clubLow: row.int(9), clubHigh: row.int(10))
    }
}
