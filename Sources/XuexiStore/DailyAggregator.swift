import GRDB
import XuexiModel

extension DayPoints {
    static func load(_ db: Database, day: Int, capacity: Int) throws -> DayPoints {
        var result = DayPoints(capacity: capacity)
        let query = try RawStatement(db, sql: "SELECT learner_id, day_points, total_points FROM points WHERE day = ?")
        query.bind(1, day)
        try query.forEachRow(db) { row in
            let id = row.int(0)
            guard id < capacity else { return }
            result.dayPoints[id] = Int32(clamping: row.int(1))
            result.totals[id] = row.isNull(2) ? -1 : Int64(row.int(2))
        }
        return result
    }
}

/// Computes and writes the per-org (whole-subtree) figures of one day from that day's
/// points and the learner directory: one pass over learners, one reverse pass to roll
/// children into parents, one bulk write.
enum DailyAggregator {
    static func compute(
        day: Int, points: DayPoints, directory: LearnerDirectory, tree: OrgTree,
        parameters: AggregateParameters
    ) -> [DailyFigures] {
        let clubs = parameters.clubs
        var figures = Array(
            repeating: DailyFigures(day: Day(number: day), clubs: clubs.map { ClubCount(threshold: $0) }),
            count: tree.count)
        let activity = parameters.activity
        let limit = directory.maxId
        let known = points.dayPoints.count
        if limit >= 1 {
            for id in 1...limit where directory.exists[id] {
                let org = Int(directory.orgIndex(of: id, on: day))
                guard org >= 0 else { continue }
                let party = directory.isParty[id]
                figures[org].listed += 1
                if party { figures[org].partyListed += 1 }
                guard directory.isRegistered(id, on: day) else { continue }
                figures[org].registered += 1
                if party { figures[org].partyRegistered += 1 }
                // Learners absent from the day's rows earned 0 that day (SPEC §3).
                guard id < known else { continue }
                let dayPoints = Int(points.dayPoints[id])
                if dayPoints > 0 { figures[org].points += dayPoints }
                if activity.isActive(dayPoints: dayPoints) {
                    figures[org].active += 1
                    if party { figures[org].partyActive += 1 }
                }
                let total = points.totals[id]
                for (index, threshold) in clubs.enumerated() where total >= threshold {
                    figures[org].clubs[index].add(all: 1, party: party ? 1 : 0)
                }
            }
        }
        for index in stride(from: tree.count - 1, through: 0, by: -1) {
            let parent = tree.parentIndex[index]
            if parent >= 0 { figures[parent].addCounters(of: figures[index]) }
        }
        return figures
    }

    static func write(_ db: Database, day: Int, figures: [DailyFigures], tree: OrgTree) throws {
        try db.execute(sql: "DELETE FROM org_day WHERE day = ?", arguments: [day])
        let insert = try RawStatement(
            db,
            sql: """
                INSERT INTO org_day (day, org_id, listed, registered, active, points, party_listed,
                                     party_registered, party_active, club_low, club_high, clubs)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)
                """)
        for (index, figure) in figures.enumerated() {
            insert.bind(1, day)
            insert.bind(2, Int(tree.orgs[index].id))
            insert.bind(3, figure.listed)
            insert.bind(4, figure.registered)
            insert.bind(5, figure.active)
            insert.bind(6, figure.points)
            insert.bind(7, figure.partyListed)
            insert.bind(8, figure.partyRegistered)
            insert.bind(9, figure.partyActive)
            insert.bind(10, ClubCount.encode(figure.clubs))
            try insert.step(db)
        }
    }

    /// Recomputes every stored day (after an org tree or roster change, or new parameters).
    static func rebuildAll(_ db: Database, parameters: AggregateParameters) throws {
        let tree = try OrgTree.load(db)
        let directory = try LearnerDirectory.load(db, tree: tree)
        let days = try Int.fetchAll(db, sql: "SELECT DISTINCT day FROM points ORDER BY day")
        try db.execute(sql: "DELETE FROM org_day")
        for day in days {
            let points = try DayPoints.load(db, day: day, capacity: directory.maxId + 1)
            try write(
                db, day: day,
                figures: compute(
                    day: day, points: points, directory: directory, tree: tree,
                    parameters: parameters), tree: tree)
        }
        try OrgCumulative.update(db, from: OrgCumulative.firstDay)
        try XuexiStore.setMeta(db, XuexiStore.aggregateParametersKey, parameters.encoded)
    }
}
