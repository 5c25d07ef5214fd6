import Foundation
import XuexiModel
import XuexiStore

public struct LeaderboardEntry: Sendable, Codable, Equatable {
    public var rank: Int
    public var learnerId: String
    public var name: String
    public var orgCode: String
    public var orgName: String
    public var party: Bool
    public var points: Int
    public var totalPoints: Int?
    /// Another learner of the board has the same points (and so the same rank): 并列.
    public var tied: Bool = false
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
    /// The mentor's phone, masked unless asked otherwise; filled only where a screen shows it
    /// (the dashboard's inactive list), so reports' JSON stays as it was (nil is left out).
    public var mentorPhone: String?
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

    /// Top learners by day, week (Mon–Sun), month or total points for a subtree, ordered by
    /// points, then total points, then learner id. Ranks are competition ranks on the points
    /// ranked by (1, 2, 2, 4): learners with equal points share a rank and `tied` says so.
    /// Reads one day of rows: week and month use the running sums the import keeps on each row.
    public func leaderboard(
        _ kind: LeaderboardKind, day: Day, scope: String? = nil, filter: LearnerFilter = .all,
        limit: Int = 20, offset: Int = 0
    ) throws -> [LeaderboardEntry] {
        Array(
            try rankedLearners(kind, day: day, scope: scope, filter: filter, places: limit + offset)
                .dropFirst(offset).prefix(limit))
    }

    /// The first `places` learners of a leaderboard and everyone tied with the last of them.
    func rankedLearners(
        _ kind: LeaderboardKind, day: Day, scope: String?, filter: LearnerFilter, places wanted: Int
    ) throws -> [LeaderboardEntry] {
        let snapshot = try snapshot()
        let tree = snapshot.tree
        let directory = snapshot.directory
        let scopeRange = try scopeIndex(scope, in: tree).map { tree.subtree(of: $0) } ?? 0..<tree.count
        guard let readDay = leaderboardDay(kind, day: day, snapshot: snapshot), wanted > 0 else { return [] }
        // A small candidate buffer beats sorting 570,000 rows for a top 20. Entries below the
        // current floor can never make the page; every entry tied on points with the last place
        // is kept, since a cut list must never split a tie.
        var best: [(points: Int, total: Int, id: Int)] = []
        var pruneAt = wanted * 4 + 64
        best.reserveCapacity(pruneAt + 1)
        var floor: Int?
        func prune() {
            best.sort(by: Metrics.leaderboardOrder)
            let boundary = best[wanted - 1].points
            var keep = wanted
            while keep < best.count && best[keep].points == boundary { keep += 1 }
            best.removeLast(best.count - keep)
            floor = boundary
            pruneAt = max(pruneAt, best.count * 2)
        }
        if scope == nil && filter == .all,
            let stored = try store.storedLeaderboard(day: readDay, kind: kind, places: wanted)
        {
            best = stored.filter { $0.learnerId <= directory.maxId && directory.exists[$0.learnerId] }
                .map { ($0.points, $0.total, $0.learnerId) }
        } else {
            let wholeTree = scopeRange == 0..<tree.count && filter == .all
            try store.scanLeaderboard(day: readDay, kind: kind) { id, points, total in
                guard id <= directory.maxId, directory.exists[id] else { return }
                if let floor, points < floor { return }
                if !wholeTree {
                    let org = Int(directory.orgIndex(of: id, on: readDay.number))
                    guard org >= 0, scopeRange.contains(org), filter.accepts(isParty: directory.isParty[id]) else {
                        return
                    }
                }
                best.append((points, total, id))
                if best.count > pruneAt { prune() }
            }
        }
        best.sort(by: Metrics.leaderboardOrder)
        let cut = best.count > wanted ? best[wanted - 1].points : nil
        let page = best.enumerated().prefix { $0.offset < wanted || $0.element.points == cut }.map(\.element)
        // Ties on (points, total) are ordered by learner id (code), which needs the codes.
        let learners = try learnersById(page.map(\.id))
        let ordered = page.sorted { a, b in
            if a.points != b.points { return a.points > b.points }
            if a.total != b.total { return a.total > b.total }
            return (learners[a.id]?.code ?? "") < (learners[b.id]?.code ?? "")
        }
        let ranks = Ranking.competition(ordered.map { Double($0.points) })
        return ordered.enumerated().compactMap { position, entry in
            guard let learner = learners[entry.id], let orgIndex = tree.index(ofId: learner.orgId) else { return nil }
            let org = tree.orgs[orgIndex]
            let tied =
                (position > 0 && ordered[position - 1].points == entry.points)
                || (position + 1 < ordered.count && ordered[position + 1].points == entry.points)
            return LeaderboardEntry(
                rank: ranks[position], learnerId: learner.code, name: learner.name, orgCode: org.code,
                orgName: org.name, party: learner.isParty, points: entry.points,
                totalPoints: kind == .total ? entry.points : entry.total, tied: tied)
        }
    }

    /// The day a leaderboard of `kind` reads for `day` (week and month: the last day with data).
    func leaderboardDay(_ kind: LeaderboardKind, day: Day, snapshot: Snapshot) -> Day? {
        let start: Day =
            switch kind {
            case .day, .total: day
            case .week: day.startOfWeek
            case .month: day.startOfMonth
            }
        return kind == .total
            ? snapshot.dataDays.last { $0 <= day } : lastDataDay(from: start, through: day, snapshot: snapshot)
    }

    static func leaderboardOrder(_ a: (points: Int, total: Int, id: Int), _ b: (points: Int, total: Int, id: Int))
        -> Bool
    {
        if a.points != b.points { return a.points > b.points }
        return a.total > b.total
    }

    func learnersById(_ ids: [Int]) throws -> [Int: Learner] {
        try store.learners(ids: ids)
    }

    /// Learners of the scope with no points on each of at least `minimumDays` consecutive
    /// days with data ending on `day`, each with their mentor (SPEC §5 `learner.inactive`).
    /// Only registered learners are listed. Reads one day: the import keeps each learner's
    /// idle streak on their row. `ordered: false` skips the listing order for callers that
    /// regroup the learners and order each group themselves (alert evaluation).
    /// `snapshot`: the one a caller already reads from, so that an import landing meanwhile
    /// cannot give this list a newer tree than the caller's.
    public func inactiveLearners(
        scope: String? = nil, day: Day, minimumDays: Int, ordered: Bool = true, snapshot given: Snapshot? = nil
    ) throws -> [InactiveLearner] {
        let snapshot = try given ?? snapshot()
        let tree = snapshot.tree
        let directory = snapshot.directory
        let scopeRange = try scopeIndex(scope, in: tree).map { tree.subtree(of: $0) } ?? 0..<tree.count
        guard minimumDays > 0, let readDay = snapshot.dataDays.last(where: { $0 <= day }) else { return [] }
        var result: [InactiveLearner] = []
        try store.scanIdleLearnerRows(day: readDay, minimumDays: minimumDays) { row in
            let id = row.learnerId
            guard id <= directory.maxId, directory.isRegistered(id, on: readDay.number) else { return }
            let org = Int(directory.orgIndex(of: id, on: readDay.number))
            guard org >= 0, scopeRange.contains(org), let orgIndex = tree.index(ofId: row.orgId) else { return }
            // An empty mentor code names no one.
            let mentorName = row.mentorCode == "" ? nil : row.mentorName
            result.append(
                InactiveLearner(
                    learnerId: row.code, name: row.name, orgCode: tree.orgs[orgIndex].code,
                    orgName: tree.orgs[orgIndex].name, inactiveDays: row.idleDays, mentorId: row.mentorCode,
                    mentorName: mentorName))
        }
        guard ordered else { return result }
        return result.sorted {
            ($0.inactiveDays, $1.orgCode, $1.learnerId) > ($1.inactiveDays, $0.orgCode, $0.learnerId)
        }
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
        guard let id = try store.learnerId(code: code) else { return nil }
        return try learnerDays(ids: [id], endingOn: day, count: count).first
    }

    func learnerDays(ids: [Int], endingOn day: Day, count: Int) throws -> [LearnerDays] {
        let learners = try learnersById(ids)
        let first = day.adding(-(count - 1))
        let known = ids.filter { learners[$0] != nil }
        let histories = try store.pointsHistory(learnerIds: known, from: first, count: count)
        return known.compactMap { id -> LearnerDays? in
            guard let learner = learners[id], let history = histories[id] else { return nil }
            return LearnerDays(
                learnerId: learner.code, name: learner.name, party: learner.isParty, firstDay: first,
                points: history.points, totalPoints: history.totalPoints)
        }.sorted { $0.learnerId < $1.learnerId }
    }

    /// Per-item breakdown (阅读文章, 视听学习, …) summed over a subtree for the days ending on `day`.
    public func itemBreakdown(orgCode: String, day: Day, days: Int = 1) throws -> [(item: String, points: Int)] {
        let snapshot = try snapshot()
        let tree = snapshot.tree
        guard let index = tree.index(ofCode: orgCode) else { throw UnknownOrganization(code: orgCode) }
        let range = tree.subtree(of: index)
        let directory = snapshot.directory
        return try store.itemPoints(from: day.adding(-(days - 1)), through: day) { id in
            id <= directory.maxId && range.contains(Int(directory.orgIndex(of: id, on: day.number)))
        }.sorted { $0.points > $1.points }
    }
}
