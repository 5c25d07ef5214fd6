import GRDB
import XuexiModel

/// Keeps `org_cum`: per org, running sums over every day with data up to and including each
/// day, so a period's means are two lookups (the sums at its last day with data minus those
/// before its first), whatever its length: a year of a city costs what a day does.
enum OrgCumulative {
    /// The running sums of one org at one day.
    struct Sums {
        var days = 0
        var registeredDays = 0
        var activitySum = 0.0
        var pointsSum = 0.0
        var activeSum = 0
        var partyDays = 0
        var partyActivitySum = 0.0
        var partyActiveSum = 0

        /// These sums extended by one day's figures (the same rules as the SQL means: days
        /// without registered learners count in `days` but not in the rate means).
        func adding(active: Int, registered: Int, points: Int, partyActive: Int, partyRegistered: Int) -> Sums {
            var next = self
            next.days += 1
            next.activeSum += active
            next.partyActiveSum += partyActive
            if registered > 0 {
                next.registeredDays += 1
                next.activitySum += Double(active) / Double(registered)
                next.pointsSum += Double(points) / Double(registered)
            }
            if partyRegistered > 0 {
                next.partyDays += 1
                next.partyActivitySum += Double(partyActive) / Double(partyRegistered)
            }
            return next
        }
    }

    /// Before any day a store can hold (update everything from here).
    static let firstDay = -1_000_000

    static let columns =
        "days, registered_days, activity_sum, points_sum, active_sum, party_days, party_activity_sum, party_active_sum"

    static func sums(from row: RawRow, offset: Int32) -> Sums {
        Sums(
            days: row.int(offset), registeredDays: row.int(offset + 1), activitySum: row.double(offset + 2),
            pointsSum: row.double(offset + 3), activeSum: row.int(offset + 4), partyDays: row.int(offset + 5),
            partyActivitySum: row.double(offset + 6), partyActiveSum: row.int(offset + 7))
    }

    /// Every org's sums at `day`, by org id (empty when the day has none).
    static func load(_ db: Database, day: Int) throws -> [Int: Sums] {
        let query = try RawStatement(db, sql: "SELECT org_id, \(columns) FROM org_cum WHERE day = ?")
        query.bind(1, day)
        var result: [Int: Sums] = [:]
        try query.forEachRow(db) { row in result[row.int(0)] = sums(from: row, offset: 1) }
        return result
    }

    /// Every org's sums at `day` in org id order (the key's order, so no sort), for merging
    /// two days without hashing 9,600 ids into a dictionary.
    static func loadSorted(_ db: Database, day: Int) throws -> [(org: Int, sums: Sums)] {
        let query = try RawStatement(
            db, sql: "SELECT org_id, \(columns) FROM org_cum WHERE day = ? ORDER BY org_id")
        query.bind(1, day)
        var result: [(org: Int, sums: Sums)] = []
        try query.forEachRow(db) { row in result.append((row.int(0), sums(from: row, offset: 1))) }
        return result
    }

    /// Recomputes the sums of every day with data from `day` on (an import writes the
    /// latest day, so this is usually that one day).
    static func update(_ db: Database, from day: Int) throws {
        let previous = try Int.fetchOne(db, sql: "SELECT MAX(day) FROM org_day WHERE day < ?", arguments: [day])
        var running = try previous.map { try load(db, day: $0) } ?? [:]
        let days = try Int.fetchAll(
            db, sql: "SELECT DISTINCT day FROM org_day WHERE day >= ? ORDER BY day", arguments: [day])
        try db.execute(sql: "DELETE FROM org_cum WHERE day >= ?", arguments: [day])
        let read = try RawStatement(
            db,
            sql: "SELECT org_id, active, registered, points, party_active, party_registered FROM org_day WHERE day = ?")
        let insert = try RawStatement(
            db, sql: "INSERT INTO org_cum (day, org_id, \(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        for current in days {
            read.bind(1, current)
            var today: [(Int, Sums)] = []
            try read.forEachRow(db) { row in
                let org = row.int(0)
                today.append(
                    (
                        org,
                        (running[org] ?? Sums()).adding(
                            active: row.int(1), registered: row.int(2), points: row.int(3), partyActive: row.int(4),
                            partyRegistered: row.int(5))
                    ))
            }
            for (org, sums) in today {
                running[org] = sums
                insert.bind(1, current)
                insert.bind(2, org)
                insert.bind(3, sums.days)
                insert.bind(4, sums.registeredDays)
                insert.bind(5, sums.activitySum)
                insert.bind(6, sums.pointsSum)
                insert.bind(7, sums.activeSum)
                insert.bind(8, sums.partyDays)
                insert.bind(9, sums.partyActivitySum)
                insert.bind(10, sums.partyActiveSum)
                try insert.step(db)
            }
        }
    }
}
