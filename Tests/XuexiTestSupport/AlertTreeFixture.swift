import Foundation
import XuexiCore
import XuexiModel

/// A deeper tree for the tree-grouping tests, built through the real import path:
///
///     S 街道 → C1…C3 社区 → P11…P32 党支部 (two each) → G111…G322 学习小组 (two each)
///
/// Each study group has `groupSize` learners (G111-01 …), expected `expected` (default the
/// group size). Depths: S 0, C 1, P 2, G 3: with the default `alerts.levels = 3` the study
/// groups are below the supervised levels.
extension AlertFixture {
    package static let treeGroups: [String] = ["1", "2", "3"].flatMap { c in
        ["1", "2"].flatMap { p in ["1", "2"].map { g in "G\(c)\(p)\(g)" } }
    }

    package static func tree(groupSize: Int = 10, expected: Int? = nil) throws -> AlertFixture {
        var orgs = orgsHeader + "S,示范街道党工委,,街道,,\n"
        for c in 1...3 {
            orgs += "C\(c),第\(c)社区党委,S,社区,,\n"
            for p in 1...2 {
                orgs += "P\(c)\(p),第\(c)社区第\(p)党支部,C\(c),党支部,,\n"
                for g in 1...2 {
                    orgs += "G\(c)\(p)\(g),第\(c)\(p)\(g)学习小组,P\(c)\(p),学习小组,\(expected ?? groupSize),\n"
                }
            }
        }
        return try custom(orgs: orgs, groups: treeGroups.map { ($0, groupSize) })
    }

    /// A store of `orgs` (CSV rows after the header) with `size` learners in each listed org.
    package static func custom(orgs: String, groups: [(code: String, size: Int)]) throws -> AlertFixture {
        let fixture = try AlertFixture()
        var learners = learnersHeader
        var phone = 0
        for (code, size) in groups {
            for number in 1...size {
                phone += 1
                learners += "\(code)-\(String(format: "%02d", number)),学员\(code)\(number),\(code),群众,"
                learners += "139\(String(format: "%08d", phone)),,2026-01-01\n"
            }
        }
        try fixture.importFiles([try fixture.write("orgs.csv", orgs), try fixture.write("learners.csv", learners)])
        return fixture
    }

    /// The first `count` learners of `group` active with 10 points each.
    package static func activeIn(_ group: String, _ count: Int) -> [String: Int] {
        var result: [String: Int] = [:]
        for number in stride(from: 1, through: count, by: 1) {
            result["\(group)-\(String(format: "%02d", number))"] = 10
        }
        return result
    }

    /// `counts[group]` active in each study group (default `fallback`).
    package static func activity(_ counts: [String: Int], fallback: Int) -> [String: Int] {
        var result: [String: Int] = [:]
        for group in treeGroups { result.merge(activeIn(group, counts[group] ?? fallback)) { $1 } }
        return result
    }
}
