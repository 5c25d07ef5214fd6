import GRDB
import XuexiModel

// MARK: - Re-deriving what the aggregate parameters shape

extension XuexiStore {
    /// Compares the stored aggregate parameters with `parameters` without writing (read-only
    /// commands use it to say that the store needs `xuexi-dash rebuild`). `.recorded` means
    /// none are stored yet (an empty store).
    public func aggregateParametersCheck(_ parameters: AggregateParameters) throws -> AggregateParametersCheck {
        try reader.read { db in
            guard let stored = try XuexiStore.meta(db, XuexiStore.aggregateParametersKey) else { return .recorded }
            return stored == parameters.encoded ? .matching : .differing(stored: stored)
        }
    }

    /// Re-derives every stored day with `parameters` in one transaction (`rebuildForParameters`);
    /// returns the number of days.
    @discardableResult
    public func rebuild(
        parameters: AggregateParameters, progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> Int {
        try importTransaction(dryRun: false, phases: PhaseTimes()) { transaction in
            try transaction.rebuildForParameters(parameters, progress: progress)
        }
    }
}

extension ImportTransaction {
    /// Recomputes, for every stored day, what depends on the aggregate parameters: the
    /// per-org figures (active counts, clubs), each learner's idle streak (the activity
    /// threshold) and the over-daily-maximum anomalies; then records the parameters. Week
    /// and month sums and the stored leaderboards depend on points only and stay.
    @discardableResult
    public func rebuildForParameters(
        _ parameters: AggregateParameters, progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> Int {
        let days = try Int.fetchAll(db, sql: "SELECT DISTINCT day FROM points ORDER BY day")
        try db.execute(sql: "DELETE FROM org_day")
        try db.execute(sql: "DELETE FROM anomaly WHERE kind = ?", arguments: [AnomalyKind.overDailyMaximum.rawValue])
        let capacity = learnerCapacity
        let rule = parameters.activity
        let read = try RawStatement(
            db, sql: "SELECT learner_id, day_points, total_points, idle_days FROM points WHERE day = ?")
        let update = try RawStatement(db, sql: "UPDATE points SET idle_days = ? WHERE day = ? AND learner_id = ?")
        let anomaly = try RawStatement(
            db,
            sql: """
                INSERT INTO anomaly (import_id, day, learner_id, kind, value, reference) VALUES (?, ?, ?, ?, ?, ?)
                """)
        // A streak continues only from the learner's row on the previous day with data.
        var previousIdle = [Int32](repeating: 0, count: capacity)
        var idle = [Int32](repeating: 0, count: capacity)
        for (position, day) in days.enumerated() {
            var points = DayPoints(capacity: capacity)
            var changed: [(id: Int, idle: Int)] = []
            var over: [(id: Int, points: Int)] = []
            for index in idle.indices { idle[index] = 0 }
            read.bind(1, day)
            try read.forEachRow(db) { row in
                let id = row.int(0)
                guard id < capacity else { return }
                let dayPoints = row.int(1)
                points.dayPoints[id] = Int32(clamping: dayPoints)
                points.totals[id] = row.isNull(2) ? -1 : Int64(row.int(2))
                let streak = rule.isActive(dayPoints: dayPoints) ? 0 : Int(previousIdle[id]) + 1
                idle[id] = Int32(clamping: streak)
                if streak != row.int(3) { changed.append((id, streak)) }
                if dayPoints > parameters.dailyMaximum { over.append((id, dayPoints)) }
            }
            for entry in changed {
                update.bind(1, entry.idle)
                update.bind(2, day)
                update.bind(3, entry.id)
                try update.step(db)
            }
            if !over.isEmpty {
                let importId = try importId(covering: day)
                for entry in over {
                    anomaly.bind(1, importId)
                    anomaly.bind(2, day)
                    anomaly.bind(3, entry.id)
                    anomaly.bind(4, AnomalyKind.overDailyMaximum.rawValue)
                    anomaly.bind(5, entry.points)
                    anomaly.bind(6, parameters.dailyMaximum)
                    try anomaly.step(db)
                }
            }
            let figures = DailyAggregator.compute(
                day: day, points: points, directory: directory, tree: tree, parameters: parameters)
            try DailyAggregator.write(db, day: day, figures: figures, tree: tree)
            swap(&previousIdle, &idle)
            progress?(position + 1, days.count)
        }
        try OrgCumulative.update(db, from: OrgCumulative.firstDay)
        try XuexiStore.setMeta(db, XuexiStore.aggregateParametersKey, parameters.encoded)
        return days.count
    }

    /// The latest import that brought `day` (anomalies are credited to an import).
    private func importId(covering day: Int) throws -> Int {
        try Int.fetchOne(
            db,
            sql: """
                SELECT id FROM import_record WHERE first_day <= ? AND last_day >= ? ORDER BY id DESC LIMIT 1
                """, arguments: [day, day])
            ?? Int.fetchOne(db, sql: "SELECT MAX(id) FROM import_record") ?? 0
    }
}
