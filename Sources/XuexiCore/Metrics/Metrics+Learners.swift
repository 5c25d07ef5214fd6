import Foundation
import GRDB

/// Which points a leaderboard ranks by (SPEC §4).
public enum LeaderboardKind: String, Sendable, Codable, CaseIterable {
    case day, week, month, total
}

/// Party / masses / everyone (SPEC §4 leaderboard filters).
public enum LearnerFilter: String, Sendable, Codable, CaseIterable {
    case all, party, masses

    func accepts(isParty: Bool) -> Bool {
        switch self {
        case .all: true
        case .party: isParty
        case .masses: !isParty
        }
    }
}

public struct LeaderboardEntry: Sendable, Codable, Equatable {
    public var rank: Int
    public var learnerId: String
    public var name: String
    public var orgCode: String
    public var orgName: String
    public var party: Bool
    public var points: Int
    public var totalPoints: Int?
}

public struct InactiveLearner: Sendable, Codable, Equatable {
    public var learnerId: String
    public var name: String
    public var orgCode: String
    public var orgName: String
    /// Consecutive days with data, ending on the day asked, without points.
    public var inactiveDays: Int
    public var mentorId: String?
    public var mentorName: String?
}

/// One learner's day points over a run of days (branch heatmap, learner detail).
public struct LearnerDays: Sendable, Codable, Equatable {
    public var learnerId: String
    public var name: String
    public var party: Bool
    public var firstDay: Day
    /// Day points per calendar day from `firstDay`; nil where the store has no row.
    public var points: [Int?]
    public var totalPoints: Int?
}

extension Metrics {
    /// The day a period's leaderboard reads: the last day with data in [start, day].
    func lastDataDay(from start: Day, through day: Day, snapshot: Snapshot) -> Day? {
        snapshot.dataDays.last { $0 >= start && $0 <= day }
    }

    /// Top learners by day, week (Mon–Sun), month or total points for a subtree, ties broken
    /// by total points then learner id. Reads one day of rows: week and month use the
    /// running sums the import keeps on each row.
    public func leaderboard(_ kind: LeaderboardKind, day: Day, scope: String? = nil, filter: LearnerFilter = .all,
                            limit: Int = 20, offset: Int = 0) throws -> [LeaderboardEntry] {
        let snapshot = try snapshot()
        let tree = snapshot.tree
        let directory = snapshot.directory
        let scopeRange = try scopeIndex(scope, in: tree).map { tree.subtree(of: $0) } ?? 0..<tree.count
        let start: Day = switch kind {
        case .day, .total: day
        case .week: day.startOfWeek
        case .month: day.startOfMonth
        }
        let readDay = kind == .total ? snapshot.dataDays.last { $0 <= day } : lastDataDay(from: start, through: day, snapshot: snapshot)
        guard let readDay else { return [] }
        let column = switch kind {
        case .day: "day_points"
        case .week: "week_points"
        case .month: "month_points"
        case .total: "total_points"
        }
        let wanted = limit + offset
        // A small candidate buffer beats sorting 570,000 rows for a top 20. Entries below the
        // current floor can never make the page; entries equal to it are kept for the id tie-break.
        var best: [(points: Int, total: Int, id: Int)] = []
        best.reserveCapacity(wanted * 4 + 65)
        var floor: (points: Int, total: Int)?
        func prune() {
            best.sort(by: Metrics.leaderboardOrder)
            let boundary = best[wanted - 1]
            var keep = wanted
            while keep < best.count && best[keep].points == boundary.points && best[keep].total == boundary.total { keep += 1 }
            best.removeLast(best.count - keep)
            floor = (boundary.points, boundary.total)
        }
        try store.reader.read { db in
            if scope == nil && filter == .all && wanted <= LeaderboardTop.depth,
               let stored = try LeaderboardTop.read(db, day: readDay.number, kind: kind) {
                best = stored.filter { $0.id <= directory.maxId && directory.exists[$0.id] }
                return
            }
            let query = try RawStatement(db, sql: "SELECT learner_id, \(column), total_points FROM points WHERE day = ?")
            query.bind(1, readDay.number)
            let wholeTree = scopeRange == 0..<tree.count && filter == .all
            try query.forEachRow(db) { row in
                let id = row.int(0)
                guard id <= directory.maxId, directory.exists[id] else { return }
                let points = row.int(1)
                let total = row.int(2)
                if let floor, (points, total) < floor { return }
                if !wholeTree {
                    let org = Int(directory.orgIndex(of: id, on: readDay.number))
                    guard org >= 0, scopeRange.contains(org), filter.accepts(isParty: directory.isParty[id]) else { return }
                }
                best.append((points, total, id))
                if wanted > 0 && best.count > wanted * 4 + 64 { prune() }
            }
        }
        best.sort(by: Metrics.leaderboardOrder)
        // Ties on (points, total) are broken by learner id (code), which needs the codes.
        let page = Array(best.prefix(wanted + 64))
        let learners = try learnersById(page.map(\.id))
        let ordered = page.sorted { a, b in
            if a.points != b.points { return a.points > b.points }
            if a.total != b.total { return a.total > b.total }
            return (learners[a.id]?.code ?? "") < (learners[b.id]?.code ?? "")
        }
        return ordered.enumerated().dropFirst(offset).prefix(limit).compactMap { position, entry in
            guard let learner = learners[entry.id], let orgIndex = tree.index(ofId: learner.orgId) else { return nil }
            let org = tree.orgs[orgIndex]
            return LeaderboardEntry(rank: position + 1, learnerId: learner.code, name: learner.name, orgCode: org.code,
                                    orgName: org.name, party: learner.isParty, points: entry.points,
                                    totalPoints: kind == .total ? entry.points : entry.total)
        }
    }

    static func leaderboardOrder(_ a: (points: Int, total: Int, id: Int), _ b: (points: Int, total: Int, id: Int)) -> Bool {
        if a.points != b.points { return a.points > b.points }
        return a.total > b.total
    }

    func learnersById(_ ids: [Int]) throws -> [Int: Learner] {
        guard !ids.isEmpty else { return [:] }
        return try store.reader.read { db in
            var result: [Int: Learner] = [:]
            result.reserveCapacity(ids.count)
            let columns = "id, code, name, org_id, status, phone, mentor_code, registered_on, activated"
            func add(_ row: RawRow) {
                result[row.int(0)] = Learner(
                    id: Int64(row.int(0)), code: row.text(1), name: row.text(2), orgId: Int64(row.int(3)),
                    status: row.isNull(4) ? nil : row.text(4), phone: row.isNull(5) ? nil : row.text(5),
                    mentorCode: row.isNull(6) ? nil : row.text(6), registeredOn: row.optionalInt(7).map(Day.init(number:)),
                    activated: row.int(8) != 0)
            }
            if ids.count > 5_000 {
                // Many learners (a city's inactive list): one pass over the table beats thousands of IN lists.
                var wanted = [Bool](repeating: false, count: (ids.max() ?? 0) + 1)
                for id in ids { wanted[id] = true }
                let query = try RawStatement(db, sql: "SELECT \(columns) FROM learner")
                try query.forEachRow(db) { row in
                    let id = row.int(0)
                    if id < wanted.count && wanted[id] { add(row) }
                }
            } else {
                for chunk in stride(from: 0, to: ids.count, by: 500) {
                    let slice = ids[chunk..<min(ids.count, chunk + 500)]
                    let query = try RawStatement(db, sql: "SELECT \(columns) FROM learner WHERE id IN (\(slice.map(String.init).joined(separator: ",")))")
                    try query.forEachRow(db, add)
                }
            }
            return result
        }
    }

    /// Names of the learners with these codes (mentors), in one query per 500 codes.
    func namesByCode(_ codes: Set<String>) throws -> [String: String] {
        guard !codes.isEmpty else { return [:] }
        return try store.reader.read { db in
            var names: [String: String] = [:]
            let list = Array(codes)
            for chunk in stride(from: 0, to: list.count, by: 500) {
                let slice = Array(list[chunk..<min(list.count, chunk + 500)])
                let placeholders = Array(repeating: "?", count: slice.count).joined(separator: ",")
                let rows = try Row.fetchCursor(db, sql: "SELECT code, name FROM learner WHERE code IN (\(placeholders))",
                                               arguments: StatementArguments(slice))
                while let row = try rows.next() { names[row[0]] = row[1] }
            }
            return names
        }
    }

    /// Learners of the scope with no points on each of at least `minimumDays` consecutive
    /// days with data ending on `day`, each with their mentor (SPEC §5 `learner.inactive`).
    /// Only registered learners are listed. Reads one day: the import keeps each learner's
    /// idle streak on their row.
    public func inactiveLearners(scope: String? = nil, day: Day, minimumDays: Int) throws -> [InactiveLearner] {
        let snapshot = try snapshot()
        let tree = snapshot.tree
        let directory = snapshot.directory
        let scopeRange = try scopeIndex(scope, in: tree).map { tree.subtree(of: $0) } ?? 0..<tree.count
        guard minimumDays > 0, let readDay = snapshot.dataDays.last(where: { $0 <= day }) else { return [] }
        var streak: [Int: Int] = [:]
        try store.reader.read { db in
            let query = try RawStatement(db, sql: "SELECT learner_id, idle_days FROM points WHERE day = ? AND idle_days >= ?")
            query.bind(1, readDay.number)
            query.bind(2, minimumDays)
            try query.forEachRow(db) { row in
                let id = row.int(0)
                guard id <= directory.maxId, directory.isRegistered(id, on: readDay.number) else { return }
                let org = Int(directory.orgIndex(of: id, on: readDay.number))
                guard org >= 0, scopeRange.contains(org) else { return }
                streak[id] = row.int(1)
            }
        }
        let ids = Array(streak.keys)
        let learners = try learnersById(ids)
        var mentorCodes = Set(learners.values.compactMap(\.mentorCode))
        mentorCodes.remove("")
        let mentors = try namesByCode(mentorCodes)
        return ids.compactMap { id -> InactiveLearner? in
            guard let learner = learners[id], let orgIndex = tree.index(ofId: learner.orgId) else { return nil }
            return InactiveLearner(learnerId: learner.code, name: learner.name, orgCode: tree.orgs[orgIndex].code,
                                   orgName: tree.orgs[orgIndex].name, inactiveDays: streak[id] ?? 0,
                                   mentorId: learner.mentorCode, mentorName: learner.mentorCode.flatMap { mentors[$0] })
        }.sorted { ($0.inactiveDays, $1.orgCode, $1.learnerId) > ($1.inactiveDays, $0.orgCode, $0.learnerId) }
    }

    /// Day points of every learner directly or indirectly in `orgCode` for the `count` days
    /// ending on `day` (the branch heatmap). Point lookups by key, so a branch of a city
    /// store costs its members × days, not the city.
    public func memberDays(orgCode: String, endingOn day: Day, count: Int = 14) throws -> [LearnerDays] {
        let snapshot = try snapshot()
        let tree = snapshot.tree
        guard let index = tree.index(ofCode: orgCode) else { throw UnknownOrganization(code: orgCode) }
        let range = tree.subtree(of: index)
        let ids = (1..<max(1, snapshot.directory.maxId + 1)).filter { id in
            snapshot.directory.exists[id] && range.contains(Int(snapshot.directory.orgIndex(of: id, on: day.number)))
        }
        return try learnerDays(ids: ids, endingOn: day, count: count)
    }

    /// One learner's daily history (learner detail).
    public func learnerHistory(learnerId code: String, endingOn day: Day, count: Int = 30) throws -> LearnerDays? {
        let id = try store.reader.read { db in try Int.fetchOne(db, sql: "SELECT id FROM learner WHERE code = ?", arguments: [code]) }
        guard let id else { return nil }
        return try learnerDays(ids: [id], endingOn: day, count: count).first
    }

    func learnerDays(ids: [Int], endingOn day: Day, count: Int) throws -> [LearnerDays] {
        let learners = try learnersById(ids)
        let first = day.adding(-(count - 1))
        return try store.reader.read { db in
            let statement = try db.cachedStatement(sql: "SELECT day_points, total_points FROM points WHERE day = ? AND learner_id = ?")
            return try ids.compactMap { id -> LearnerDays? in
                guard let learner = learners[id] else { return nil }
                var points = [Int?](repeating: nil, count: count)
                var total: Int?
                for offset in 0..<count {
                    if let row = try Row.fetchOne(statement, arguments: [first.number + offset, id]) {
                        points[offset] = row[0]
                        if let value = row[1] as Int? { total = value }
                    }
                }
                return LearnerDays(learnerId: learner.code, name: learner.name, party: learner.isParty, firstDay: first,
                                   points: points, totalPoints: total)
            }.sorted { $0.learnerId < $1.learnerId }
        }
    }

    /// Per-item breakdown (阅读文章, 视听学习, …) summed over a subtree for the days ending on `day`.
    public func itemBreakdown(orgCode: String, day: Day, days: Int = 1) throws -> [(item: String, points: Int)] {
        let snapshot = try snapshot()
        let tree = snapshot.tree
        guard let index = tree.index(ofCode: orgCode) else { throw UnknownOrganization(code: orgCode) }
        let range = tree.subtree(of: index)
        return try store.reader.read { db in
            var sums: [Int64: Int] = [:]
            let cursor = try Row.fetchCursor(db, sql: "SELECT learner_id, item_id, points FROM points_item WHERE day BETWEEN ? AND ?",
                                             arguments: [day.number - days + 1, day.number])
            while let row = try cursor.next() {
                let id = Int(row[0] as Int64)
                guard id <= snapshot.directory.maxId, range.contains(Int(snapshot.directory.orgIndex(of: id, on: day.number))) else { continue }
                sums[row[1], default: 0] += row[2] as Int
            }
            let names = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, name FROM item").map { ($0[0] as Int64, $0[1] as String) })
            return sums.map { (names[$0.key] ?? "?", $0.value) }.sorted { $0.points > $1.points }
        }
    }
}
