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
    public var partyActivityRate: Double? = nil
    public var meanPartyActive: Double? = nil
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
                    """, cached: false)
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

    /// Every org's means over `first`…`last` and its figures on `lastDay` (the period's last
    /// day with data), as of one moment. Costs two days' lookups whatever the period's length.
    public func orgPeriodFigures(
        from first: Day, through last: Day,
        lastDay: Day
    ) throws -> (means: [OrgPeriodMeans], last: [OrgDayFigures]) {
        try reader.read { db in
            (try Self.orgPeriodMeans(db, from: first, lastDay: lastDay), try Self.orgDayFigures(db, on: lastDay))
        }
    }

    /// Every org's means over `first`…`lastDay` (the period's last day with data), without
    /// the stock figures of that day (the previous period's ranks need only the means).
    public func orgPeriodMeans(from first: Day, lastDay: Day) throws -> [OrgPeriodMeans] {
        try reader.read { db in try Self.orgPeriodMeans(db, from: first, lastDay: lastDay) }
    }

    static func orgPeriodMeans(_ db: Database, from first: Day, lastDay: Day) throws -> [OrgPeriodMeans] {
        // Two lookups of the running sums (`OrgCumulative`): at the period's last day with
        // data and at the last day with data before it. Means skip days where nobody was
        // registered, so such days do not pull them to zero.
        let before = try Int.fetchOne(
            db, sql: "SELECT MAX(day) FROM org_day WHERE day < ?", arguments: [first.number])
        let start = try before.map { try OrgCumulative.loadSorted(db, day: $0) } ?? []
        let ends = try OrgCumulative.loadSorted(db, day: lastDay.number)
        var means: [OrgPeriodMeans] = []
        means.reserveCapacity(ends.count)
        var cursor = 0
        for (org, end) in ends {
            while cursor < start.count && start[cursor].org < org { cursor += 1 }
            let from = cursor < start.count && start[cursor].org == org ? start[cursor].sums : OrgCumulative.Sums()
            let days = end.days - from.days
            guard days > 0 else { continue }
            let registeredDays = end.registeredDays - from.registeredDays
            let partyDays = end.partyDays - from.partyDays
            means.append(
                OrgPeriodMeans(
                    orgId: Int64(org), days: days,
                    meanActive: Double(end.activeSum - from.activeSum) / Double(days),
                    activityRate: registeredDays > 0
                        ? (end.activitySum - from.activitySum) / Double(registeredDays) : nil,
                    averagePoints: registeredDays > 0
                        ? (end.pointsSum - from.pointsSum) / Double(registeredDays) : nil,
                    partyActivityRate: partyDays > 0
                        ? (end.partyActivitySum - from.partyActivitySum) / Double(partyDays) : nil,
                    meanPartyActive: Double(end.partyActiveSum - from.partyActiveSum) / Double(days)))
        }
        return means
    }

    static let orgDayColumns = """
        day, org_id, listed, registered, active, points, party_listed, party_registered, party_active, clubs
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
            clubs: row.withTextBytes(9) { ClubCount.decode(utf8: $0) })
    }
}
