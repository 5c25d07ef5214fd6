import Foundation
import GRDB
import XuexiModel

/// Roster writes of an import.
extension ImportTransaction {
    /// The first day of a learner's history, before any recorded move.
    static let beginningOfTime = -1_000_000

    /// The stored learners of the given orgs.
    public func learners(inOrgs orgIds: Set<Int64>) throws -> [Learner] {
        let list = orgIds.map(String.init).joined(separator: ",")
        return try Learner.fetchAll(db, sql: "SELECT * FROM learner WHERE org_id IN (\(list))")
    }

    /// Inserts new learners (by code) and updates changed ones; returns (created, updated).
    /// Fields the incoming learner leaves nil keep their stored values; `activated` is only
    /// changed when `keepActivation` is false (sources that know it: member-score reports).
    /// A changed org is kept as a move dated `moveDay`, so past days count where the learner was.
    public func upsertLearners(
        _ learners: [Learner], moveDay: Day,
        keepActivation: Bool = true
    ) throws -> (created: Int, updated: Int) {
        var existing: [String: Learner] = [:]
        if !learnerCodes.isEmpty {
            let cursor = try Learner.fetchCursor(db)
            while let learner = try cursor.next() { existing[learner.code] = learner }
        }
        let storedMax = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM learner") ?? 0
        var nextId = max(Int64(directory.maxId + 1), storedMax + 1)
        let insert = try RawStatement(
            db,
            sql: """
                INSERT INTO learner (id, code, name, org_id, status, is_party, phone, mentor_code, registered_on, activated)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        var created = 0
        var updated = 0
        for var learner in learners {
            if let old = existing[learner.code] {
                learner.id = old.id
                if keepActivation { learner.activated = old.activated }
                if learner.registeredOn == nil { learner.registeredOn = old.registeredOn }
                if learner.status == nil { learner.status = old.status }
                if learner.phone == nil { learner.phone = old.phone }
                if learner.mentorCode == nil { learner.mentorCode = old.mentorCode }
                guard learner != old else { continue }
                if learner.orgId != old.orgId { try recordMove(of: old, to: learner.orgId, on: moveDay) }
                try learner.update(db)
                existing[learner.code] = learner
                updated += 1
            } else {
                learner.id = nextId
                nextId += 1
                insert.bind(1, Int(learner.id))
                insert.bind(2, learner.code)
                insert.bind(3, learner.name)
                insert.bind(4, Int(learner.orgId))
                insert.bind(5, learner.status)
                insert.bind(6, learner.isParty ? 1 : 0)
                insert.bind(7, learner.phone)
                insert.bind(8, learner.mentorCode)
                if let day = learner.registeredOn { insert.bind(9, day.number) } else { insert.bindNull(9) }
                insert.bind(10, learner.activated ? 1 : 0)
                try insert.step(db)
                learnerCodes.insert(learner.code, id: Int(learner.id))
                existing[learner.code] = learner
                created += 1
            }
        }
        if created > 0 || updated > 0 {
            try reloadDirectory()
            rosterChanged = true
        }
        return (created, updated)
    }

    /// Keeps where `learner` was before moving to `orgId` from `day` on.
    private func recordMove(of learner: Learner, to orgId: Int64, on day: Day) throws {
        let hasHistory =
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM learner_move WHERE learner_id = ?)",
                arguments: [learner.id]) ?? false
        if !hasHistory {
            try db.execute(
                sql: "INSERT INTO learner_move (learner_id, from_day, org_id) VALUES (?, ?, ?)",
                arguments: [learner.id, ImportTransaction.beginningOfTime, learner.orgId])
        }
        try db.execute(
            sql: "INSERT OR REPLACE INTO learner_move (learner_id, from_day, org_id) VALUES (?, ?, ?)",
            arguments: [learner.id, day.number, orgId])
    }
}
