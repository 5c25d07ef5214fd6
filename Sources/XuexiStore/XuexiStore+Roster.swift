import Foundation
import GRDB
import XuexiModel

/// One row of `xuexi-dash orgs`: the org and its roster figures on a day.
public struct OrgRosterRow: Sendable, Codable, Equatable {
    public var code: String
    public var name: String
    public var parentCode: String?
    public var depth: Int
    public var type: String?
    public var learners: Int
    public var registered: Int
    public var expected: Int?
    public var partyMembers: Int?
    public var registrationRate: Double?
}

/// One row of `xuexi-dash learners`.
public struct LearnerRow: Sendable, Codable, Equatable {
    public var id: String
    public var name: String
    public var orgCode: String
    public var orgName: String
    public var status: String?
    public var party: Bool
    public var phone: String
    public var mentorId: String?
    public var registeredOn: String?
    public var activated: Bool
    public var totalPoints: Int?
}

extension XuexiStore {
    /// The org tree with registered learners (activated, registered by `day`) against the
    /// expected headcount, each figure for the whole subtree. Uses the same aggregation as
    /// the daily figures, with no points, so the two can never disagree on "registered".
    public func orgRoster(on day: Day, scope: String? = nil) throws -> [OrgRosterRow] {
        try reader.read { db in
            let tree = try OrgTree.load(db)
            let directory = try LearnerDirectory.load(db, tree: tree)
            let figures = DailyAggregator.compute(
                day: day.number, points: DayPoints(capacity: 0), directory: directory,
                tree: tree, parameters: AggregateParameters())
            let expected = tree.expected()
            let party = tree.partyMembers()
            let range = try scopeRange(scope, tree: tree)
            return range.map { index in
                let org = tree.orgs[index]
                let parent = tree.parentIndex[index]
                let denominator = expected[index] ?? figures[index].listed
                return OrgRosterRow(
                    code: org.code, name: org.name, parentCode: parent >= 0 ? tree.orgs[parent].code : nil,
                    depth: tree.depth[index] - (range.isEmpty ? 0 : tree.depth[range.lowerBound]), type: org.type,
                    learners: figures[index].listed, registered: figures[index].registered, expected: expected[index],
                    partyMembers: party[index],
                    registrationRate: denominator > 0 ? Double(figures[index].registered) / Double(denominator) : nil)
            }
        }
    }

    /// The preorder index range of `scope`'s subtree (all orgs when nil).
    func scopeRange(_ scope: String?, tree: OrgTree) throws -> Range<Int> {
        guard let scope else { return 0..<tree.count }
        guard let index = tree.index(ofCode: scope) else { throw UnknownOrganization(code: scope) }
        return tree.subtree(of: index)
    }

    /// Learners of an org's subtree (all when nil), phones masked unless `showPhones`.
    public func learners(in scope: String?, showPhones: Bool = false) throws -> [LearnerRow] {
        try reader.read { db in
            let tree = try OrgTree.load(db)
            let range = try scopeRange(scope, tree: tree)
            // A unit's list (the daily note asks one per lagging unit) reads its own members
            // and their totals by key, not a city's 570,000 learners and totals.
            let scoped = range.count < tree.count
            let learners =
                scoped
                ? try Learner.fetchAll(
                    db,
                    sql: """
                        SELECT * FROM learner WHERE org_id IN (\(tree.orgs[range].map { String($0.id) }.joined(separator: ",")))
                        """)
                : try Learner.fetchAll(db, sql: "SELECT * FROM learner")
            return try Self.rosterRows(
                learners, tree: tree, range: range, totalsByKey: scoped, db, showPhones: showPhones)
        }
    }

    /// `learners(in:)` limited to the learners with these codes (a call list's inactive
    /// members): the same rows in the same order, read by key.
    public func learners(in scope: String?, codes: Set<String>, showPhones: Bool = false) throws -> [LearnerRow] {
        try reader.read { db in
            let tree = try OrgTree.load(db)
            let range = try scopeRange(scope, tree: tree)
            var learners: [Learner] = []
            let sorted = codes.sorted()
            for start in stride(from: 0, to: sorted.count, by: 500) {
                let chunk = Array(sorted[start..<min(start + 500, sorted.count)])
                learners += try Learner.fetchAll(
                    db, sql: "SELECT * FROM learner WHERE code IN (\(databaseQuestionMarks(count: chunk.count)))",
                    arguments: StatementArguments(chunk))
            }
            return try Self.rosterRows(
                learners, tree: tree, range: range, totalsByKey: true, db, showPhones: showPhones)
        }
    }

    /// Roster rows of `learners` whose org is in `range`, in tree order then by code, with
    /// their totals of the last day with points (`totalsByKey`: one lookup each, else one
    /// scan of the day).
    static func rosterRows(
        _ learners: [Learner], tree: OrgTree, range: Range<Int>, totalsByKey: Bool, _ db: Database, showPhones: Bool
    ) throws -> [LearnerRow] {
        var totals: [Int64: Int] = [:]
        if let lastDay = try Int.fetchOne(db, sql: "SELECT MAX(day) FROM points") {
            if totalsByKey {
                let total = try RawStatement(
                    db, sql: "SELECT total_points FROM points WHERE day = ? AND learner_id = ?")
                total.bind(1, lastDay)
                for learner in learners {
                    total.bind(2, Int(learner.id))
                    try total.forEachRow(db) { row in if !row.isNull(0) { totals[learner.id] = row.int(0) } }
                }
            } else {
                let cursor = try Row.fetchCursor(
                    db, sql: "SELECT learner_id, total_points FROM points WHERE day = ? AND total_points IS NOT NULL",
                    arguments: [lastDay])
                while let row = try cursor.next() { totals[row[0]] = row[1] }
            }
        }
        var rows: [(Int, LearnerRow)] = []
        for learner in learners {
            guard let index = tree.index(ofId: learner.orgId), range.contains(index) else { continue }
            let org = tree.orgs[index]
            rows.append(
                (
                    index,
                    LearnerRow(
                        id: learner.code, name: learner.name, orgCode: org.code, orgName: org.name,
                        status: learner.status,
                        party: learner.isParty, phone: PhoneMask.show(learner.phone, unmasked: showPhones),
                        mentorId: learner.mentorCode, registeredOn: learner.registeredOn?.iso,
                        activated: learner.activated,
                        totalPoints: totals[learner.id])
                ))
        }
        return rows.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.id < $1.1.id }.map(\.1)
    }
}

/// `--org`/`--scope` named an org code the store does not have.

// MARK: - Single learners and search (the dashboard's `/` and learner detail)

extension XuexiStore {
    /// One learner by code, phone masked unless `showPhones`; nil when unknown.
    public func learner(code: String, showPhones: Bool = false) throws -> LearnerRow? {
        try reader.read { db in
            guard
                let learner = try Learner.fetchOne(db, sql: "SELECT * FROM learner WHERE code = ?", arguments: [code]),
                let org = try Organization.fetchOne(db, key: learner.orgId)
            else { return nil }
            let total = try Int.fetchOne(
                db,
                sql: """
                    SELECT total_points FROM points WHERE day = (SELECT MAX(day) FROM org_day) AND learner_id = ?
                    """, arguments: [learner.id])
            return LearnerRow(
                id: learner.code, name: learner.name, orgCode: org.code, orgName: org.name, status: learner.status,
                party: learner.isParty, phone: PhoneMask.show(learner.phone, unmasked: showPhones),
                mentorId: learner.mentorCode, registeredOn: learner.registeredOn?.iso,
                activated: learner.activated, totalPoints: total)
        }
    }

    /// Learners of the scope that `text` finds as a contact list would (`PinyinSearchKey`:
    /// exact code, then name or code prefix, then pinyin and initials from the start, then
    /// inside the name), best first, ties by code; at most `limit`, with the number of all
    /// matches. The roster's codes, names and letter sets are kept in memory (built on the
    /// first search, again after an import changes the roster), so a keystroke never steps
    /// through a city's 570,000 SQLite rows. `isCancelled` is asked every few thousand learners:
    /// a search superseded by the next keystroke stops with `CancellationError`.
    public func searchLearners(
        _ text: String, scope: String? = nil, limit: Int = 50, isCancelled: (@Sendable () -> Bool)? = nil
    ) throws -> (rows: [LearnerRow], total: Int) {
        let needle = text.trimmingCharacters(in: .whitespaces)
        guard !needle.isEmpty else { return ([], 0) }
        return try reader.read { db in
            let index = try learnerSearch.index(db)
            let tree = index.tree
            let range = try scopeRange(scope, tree: tree)
            let matches = try scoreLearners(
                index, needle: needle, accepts: { range.contains(Int($0)) }, isCancelled: isCancelled)
            let rows = try matches.prefix(limit).compactMap { match -> LearnerRow? in
                guard let learner = try Learner.fetchOne(db, key: match.id),
                    let position = tree.index(ofId: learner.orgId)
                else { return nil }
                let org = tree.orgs[position]
                return LearnerRow(
                    id: learner.code, name: learner.name, orgCode: org.code, orgName: org.name,
                    status: learner.status, party: learner.isParty, phone: PhoneMask.mask(learner.phone),
                    mentorId: learner.mentorCode, registeredOn: learner.registeredOn?.iso,
                    activated: learner.activated, totalPoints: nil)
            }
            return (rows, matches.count)
        }
    }

    /// Every learner whose org (tree index) `accepts` and whose name or code `needle` matches, best first.
    /// The letter sets (`PinyinLetters`) of the in-memory index drop most of a roster before
    /// any String or search key is made; the rest is scored as before.
    func scoreLearners(
        _ index: LearnerSearchIndex, needle: String, accepts: (Int32) -> Bool, isCancelled: (@Sendable () -> Bool)?
    ) throws -> [(score: Int, code: String, id: Int64)] {
        var matches: [(score: Int, code: String, id: Int64)] = []
        // Chinese characters in the query only ever match themselves (pinyin is typed in
        // letters), in order, in the name or the code.
        let ideographs = needle.filter { PinyinIndex.syllable(of: $0) != nil }.map { Array(String($0).utf8) }
        let first = needle.lowercased().unicodeScalars.first { $0 != " " && $0 != "'" }
        let required = PinyinLetters.required(by: needle)
        for learner in 0..<index.count {
            if learner & 0x3FFF == 0, isCancelled?() == true { throw CancellationError() }
            guard index.letters[learner] & required.letters == required.letters,
                index.starts[learner] & required.first == required.first,
                ideographs.isEmpty || index.contains(learner, inOrder: ideographs), accepts(index.orgIndex[learner])
            else { continue }
            let code = index.code(learner)
            let name = index.name(learner)
            // `sure` already proves the first-letter check for the usual case.
            if let first, index.sure[learner] & required.first == 0,
                !XuexiStore.mayMatch(name: name, code: code, first: first)
            {
                continue
            }
            let key = PinyinSearchKey(name: name, code: code, personName: true)
            guard let score = key.score(for: needle) else { continue }
            matches.append((score, code, index.ids[learner]))
        }
        matches.sort { ($0.score, $1.code) > ($1.score, $0.code) }
        return matches
    }
}

extension XuexiStore {
    /// False when no match can start with `first` (lowercase): it is not in the code, not a
    /// character of the name, and no character's reading (a surname's too) starts with it.
    /// Most of a roster fails this for a typed letter, without building a search key.
    static func mayMatch(name: String, code: String, first: Unicode.Scalar) -> Bool {
        if code.lowercased().unicodeScalars.contains(first) { return true }
        for scalar in name.unicodeScalars {
            if scalar.properties.lowercaseMapping.unicodeScalars.first == first { return true }
            if PinyinIndex.syllable(of: scalar)?.unicodeScalars.first == first { return true }
        }
        let surname = PinyinIndex.surnameReading(of: Array(name))
        return surname?.contains { $0.unicodeScalars.first == first } ?? false
    }
}

/// A registered learner with their total points on the last day with data before a day.
public struct LearnerStanding: Sendable, Equatable {
    public var code: String
    public var isParty: Bool
    public var totalBefore: Int?
}

extension XuexiStore {
    /// Learners registered (activated, registered by `day`) in id order, each with their
    /// total on the last day with points before `day` (the live demo continues from it).
    public func registeredLearners(on day: Day) throws -> [LearnerStanding] {
        try reader.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT l.code, l.is_party, p.total_points FROM learner l
                    LEFT JOIN points p ON p.learner_id = l.id AND p.day = (SELECT MAX(day) FROM points WHERE day < ?)
                    WHERE l.activated = 1 AND (l.registered_on IS NULL OR l.registered_on <= ?)
                    ORDER BY l.id
                    """, arguments: [day.number, day.number]
            ).map { row in
                LearnerStanding(code: row["code"], isParty: row["is_party"], totalBefore: row["total_points"])
            }
        }
    }
}
