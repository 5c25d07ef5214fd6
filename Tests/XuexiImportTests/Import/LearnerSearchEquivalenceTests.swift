import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiModel
@testable import XuexiStore

/// The roster search's byte-level letter filter (`PinyinLetters`) must never change what it
/// finds: on a generated roster with polyphonic and compound surnames, duplicate names, Latin
/// letters, digits and characters outside the pinyin table, every query returns exactly what
/// scoring every learner one by one (the search before the filter) returns, in the same order.
@Suite("Learner search equivalence")
struct LearnerSearchEquivalenceTests {
    static let surnames = [
        "单", "曾", "解", "仇", "区", "乐", "长孙", "欧阳", "尉迟", "单于", "王", "张", "李", "刘", "陈", "万", "沈", "查",
    ]
    static let given = [
        "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "田田",
        "天天", "乐乐", "长江", "重阳", "行", "解放", "单", "曾", "A", "Bo", "7", "㐀", "·热合曼", "e\u{301}", "K", "\u{212A}",
    ]

    /// A deterministic roster of `count` learners over three branches; every fifth name repeats.
    static func roster(count: Int, seed: UInt64 = 2026) -> String {
        var state: UInt64 = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var lines = [AlertFixture.learnersHeader.trimmingCharacters(in: .newlines)]
        var previous = "张伟"
        for index in 0..<count {
            let name =
                index % 5 == 4
                ? previous
                : surnames[next(surnames.count)] + given[next(given.count)]
                    + (next(3) == 0 ? given[next(given.count)] : "")
            previous = name
            let prefix = ["L", "W", "zw", "S", "x"][next(5)]
            lines.append(
                "\(prefix)\(index),\(name),B\(1 + next(3)),群众,1380000\(String(format: "%04d", index)),,2024-01-01")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let orgs = """
        组织编码,组织名称,上级组织编码,组织类型,应学人数,党员人数
        R,示范街道党工委,,街道,,
        B1,第一党支部,R,党支部,,
        B2,第二党支部,R,党支部,,
        B3,第三党支部,R,党支部,,

        """

    /// The search before the letter filter: the same SQL pre-filter on characters, the
    /// first-letter check, then a key per learner; best first, ties by code.
    static func reference(_ rows: [LearnerRow], _ text: String) -> [String] {
        let needle = text.trimmingCharacters(in: .whitespaces)
        guard !needle.isEmpty else { return [] }
        let ideographs = Array(needle.filter { PinyinIndex.syllable(of: $0) != nil })
        let first = needle.lowercased().unicodeScalars.first { $0 != " " && $0 != "'" }
        var matches: [(score: Int, code: String)] = []
        for row in rows {
            guard ideographs.isEmpty || containsInOrder(row.name, ideographs) || containsInOrder(row.id, ideographs)
            else { continue }
            if let first, !XuexiStore.mayMatch(name: row.name, code: row.id, first: first) { continue }
            guard let score = PinyinSearchKey(name: row.name, code: row.id, personName: true).score(for: needle)
            else { continue }
            matches.append((score, row.id))
        }
        matches.sort { ($0.score, $1.code) > ($1.score, $0.code) }
        return matches.map(\.code)
    }

    /// SQLite's `LIKE '%a%b%'` for ideographs: each in order, anything between.
    static func containsInOrder(_ text: String, _ characters: [Character]) -> Bool {
        var rest = Substring(text)
        for character in characters {
            guard let found = rest.unicodeScalars.firstIndex(of: character.unicodeScalars.first!) else { return false }
            rest = rest[rest.unicodeScalars.index(after: found)...]
        }
        return true
    }

    @Test func filteredSearchEqualsScoringEveryLearner() throws {
        let fixture = try ImportFixture()
        try fixture.run([
            try fixture.write("orgs.csv", Self.orgs), try fixture.write("learners.csv", Self.roster(count: 1_500)),
        ])
        let words = [
            "w", "zw", "zhangwei", "ttsq", "张", "shan", "dan", "zeng", "ceng", "xie", "jie", "sh", "shw", "chany",
            "yuchi",
            "ouyang", "zhangsun", "qiu", "chou", "ou", "qu", "yue", "le", "L1", "w0", "A", "王w", "单x", "单于", "·",
            "zhang w",
            "xi'an", "7", "k", "e", "é", "bo", "tiantian", "ttian", "changj", "zhongy", "zsun", "ZW1", "%", "_", "㐀",
        ]
        var queries = Set(words)
        for word in ["zhangwei", "shanfang", "zengjiefang", "ouyangtiantian", "yuchile", "L12"] {
            for length in 1...word.count { queries.insert(String(word.prefix(length))) }
        }
        try compare(fixture, queries: queries)
        // A second roster renames and moves learners: the search's in-memory index follows.
        try fixture.run([try fixture.write("learners2.csv", Self.roster(count: 1_600, seed: 7))])
        try compare(fixture, queries: queries)
    }

    func compare(_ fixture: ImportFixture, queries: Set<String>) throws {
        for scope in [nil, "B2"] as [String?] {
            let rows = try fixture.store.learners(in: scope)
            #expect(rows.count > (scope == nil ? 1_000 : 300))
            var nonEmpty = 0
            for query in queries.sorted() {
                let expected = Self.reference(rows, query)
                let found = try fixture.store.searchLearners(query, scope: scope, limit: 10_000)
                #expect(found.rows.map(\.id) == expected, "query \(query) scope \(scope ?? "-")")
                #expect(found.total == expected.count, "query \(query) scope \(scope ?? "-")")
                let capped = try fixture.store.searchLearners(query, scope: scope, limit: 7)
                #expect(capped.rows.map(\.id) == Array(expected.prefix(7)))
                #expect(capped.total == expected.count)
                if !expected.isEmpty { nonEmpty += 1 }
            }
            // The comparison means something only if most queries find learners.
            #expect(nonEmpty > queries.count * 2 / 3)
        }
    }

    /// Undoing an older roster brings its names back without touching the newest import or the
    /// largest learner id: the index must still notice.
    @Test func undoingAnOlderRosterRefreshesTheIndex() throws {
        let fixture = try ImportFixture()
        try fixture.run([
            try fixture.write("orgs.csv", Self.orgs), try fixture.write("learners.csv", Self.roster(count: 1_500)),
        ])
        let queries: Set<String> = ["w", "zw", "zhangwei", "张", "shan", "L12", "ttsq"]
        try compare(fixture, queries: queries)
        // Same codes, other names and branches; then a later, independent import.
        let renamed = Self.roster(count: 1_500).replacingOccurrences(of: "伟", with: "强")
            .replacingOccurrences(of: ",B1,", with: ",B3,")
        try fixture.run([try fixture.write("learners2.csv", renamed)])
        let renaming = try fixture.store.importRecords().last!.id
        try compare(fixture, queries: queries)
        try fixture.run([try fixture.write("orgs2.csv", Self.orgs + "B4,第四党支部,R,党支部,,\n")])
        try compare(fixture, queries: queries)  // the index as of the newest import
        _ = try fixture.store.undoImport(renaming, cascade: false, parameters: AggregateParameters())
        try compare(fixture, queries: queries)
    }

    @Test func cancelledSearchStops() throws {
        let fixture = try ImportFixture()
        try fixture.run([
            try fixture.write("orgs.csv", Self.orgs), try fixture.write("learners.csv", Self.roster(count: 5_000)),
        ])
        #expect(throws: CancellationError.self) { try fixture.store.searchLearners("w", isCancelled: { true }) }
        #expect(try fixture.store.searchLearners("w", isCancelled: { false }).total > 0)
    }
}
