import GRDB
import XuexiModel

/// What every figure query needs, read in one transaction so the three agree.
public struct FiguresContext: Sendable {
    public var tree: OrgTree
    public var directory: LearnerDirectory
    /// Days with per-org figures, ascending.
    public var dataDays: [Day]
}

extension XuexiStore {
    /// The org tree, the learner directory and the days with data, as of one moment.
    public func figuresContext() throws -> FiguresContext {
        try reader.read { db in
            let tree = try OrgTree.load(db)
            return FiguresContext(
                tree: tree, directory: try LearnerDirectory.load(db, tree: tree),
                dataDays: try XuexiStore.orgDataDays(db))
        }
    }
}

extension LearnerDirectory {
    static func load(_ db: Database, tree: OrgTree) throws -> LearnerDirectory {
        try load(db, tree: tree, codes: nil)
    }

    /// The directory and the code index in one pass over the learner table (the import
    /// needs both; two scans of a city's 570,000 learners measured ~300 ms, one ~160 ms).
    static func loadWithCodes(_ db: Database, tree: OrgTree) throws -> (LearnerDirectory, LearnerCodeIndex) {
        var codes = LearnerCodeIndex()
        let directory = try load(db, tree: tree, codes: &codes)
        return (directory, codes)
    }

    private static func load(
        _ db: Database, tree: OrgTree,
        codes: UnsafeMutablePointer<LearnerCodeIndex>?
    ) throws -> LearnerDirectory {
        let maxId = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM learner") ?? 0
        var directory = LearnerDirectory(maxId: maxId)
        var orgIdToIndex: [Int64: Int32] = [:]
        for (index, org) in tree.orgs.enumerated() { orgIdToIndex[org.id] = Int32(index) }
        // Org ids are small and dense: an array beats a dictionary lookup per learner.
        let maxOrgId = tree.orgs.map(\.id).max() ?? 0
        var orgIndexOfId = [Int32](repeating: -1, count: Int(maxOrgId) + 1)
        for (key, value) in orgIdToIndex { orgIndexOfId[Int(key)] = value }
        codes?.pointee = LearnerCodeIndex(capacity: maxId + maxId / 4 + 16)
        let query = try RawStatement(
            db,
            sql: """
                SELECT id, org_id, registered_on, activated, is_party, code FROM learner
                """)
        try query.forEachRow(db) { row in
            let id = row.int(0)
            if let codes { row.withTextBytes(5) { codes.pointee.insert(bytes: $0, id: id) } }
            let orgId = row.int(1)
            directory.add(
                id: id, orgIndex: orgId < orgIndexOfId.count ? orgIndexOfId[orgId] : -1,
                registeredOn: row.optionalInt(2), activated: row.int(3) != 0, isParty: row.int(4) != 0)
        }
        let moves = try RawStatement(
            db,
            sql: """
                SELECT learner_id, from_day, org_id FROM learner_move ORDER BY learner_id, from_day
                """)
        try moves.forEachRow(db) { row in
            directory.addMove(id: row.int(0), from: row.int(1), orgIndex: orgIdToIndex[Int64(row.int(2))] ?? -1)
        }
        return directory
    }
}

// MARK: - Learners by id and code (leaderboards, inactive lists, histories)

extension XuexiStore {
    /// The learners with these ids, keyed by id; unknown ids are left out.
    public func learners(ids: [Int]) throws -> [Int: Learner] {
        guard !ids.isEmpty else { return [:] }
        return try reader.read { db in
            var result: [Int: Learner] = [:]
            result.reserveCapacity(ids.count)
            let columns = "id, code, name, org_id, status, phone, mentor_code, registered_on, activated"
            func add(_ row: RawRow) {
                result[row.int(0)] = Learner(
                    id: Int64(row.int(0)), code: row.text(1), name: row.text(2), orgId: Int64(row.int(3)),
                    status: row.isNull(4) ? nil : row.text(4), phone: row.isNull(5) ? nil : row.text(5),
                    mentorCode: row.isNull(6) ? nil : row.text(6),
                    registeredOn: row.optionalInt(7).map(Day.init(number:)), activated: row.int(8) != 0)
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
                    let list = slice.map(String.init).joined(separator: ",")
                    let query = try RawStatement(
                        db, sql: "SELECT \(columns) FROM learner WHERE id IN (\(list))", cached: false)
                    try query.forEachRow(db, add)
                }
            }
            return result
        }
    }

    /// Names of the learners with these codes (mentors), in one query per 500 codes.
    public func learnerNames(codes: Set<String>) throws -> [String: String] {
        guard !codes.isEmpty else { return [:] }
        return try reader.read { db in
            var names: [String: String] = [:]
            let list = Array(codes)
            for chunk in stride(from: 0, to: list.count, by: 500) {
                let slice = Array(list[chunk..<min(list.count, chunk + 500)])
                let placeholders = Array(repeating: "?", count: slice.count).joined(separator: ",")
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT code, name FROM learner WHERE code IN (\(placeholders))",
                    arguments: StatementArguments(slice))
                while let row = try rows.next() { names[row[0]] = row[1] }
            }
            return names
        }
    }

    /// The store's id of the learner with this code, if any.
    public func learnerId(code: String) throws -> Int? {
        try reader.read { db in try Int.fetchOne(db, sql: "SELECT id FROM learner WHERE code = ?", arguments: [code]) }
    }

    /// Every learner code, in code order.
    public func learnerCodes() throws -> [String] {
        try reader.read { db in try String.fetchAll(db, sql: "SELECT code FROM learner ORDER BY code") }
    }
}
