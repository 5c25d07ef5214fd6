import Testing

@testable import XuexiModel

/// Contact-list search over units and learners (issue #15: ttsq, tiantian, zw, zhangwei).
@Suite("Model: pinyin search")
struct PinyinSearchTests {
    typealias Tier = PinyinSearchKey.Tier

    @Test func unitFromInitialsAndFullPinyin() {
        let unit = PinyinSearchKey(name: "田田社区党委", code: "44030600101")
        #expect(unit.tier(for: "ttsq") == .initialsFromStart)
        #expect(unit.tier(for: "tiantian") == .fullPinyinFromStart)
        #expect(unit.tier(for: "tian tian she qu") == .fullPinyinFromStart)
        #expect(unit.tier(for: "sqdw") == .initialsContains)
        #expect(unit.tier(for: "dangwei") == .fullPinyinContains)
        #expect(unit.tier(for: "tiantiansq") == .fullPinyinFromStart)  // mixed full and initials
        #expect(unit.tier(for: "田田s") == .initialsFromStart)  // characters then initials
        #expect(unit.tier(for: "党委") == .characterContains)
        #expect(unit.tier(for: "田田社") == .prefix)
        #expect(unit.tier(for: "44030600101") == .exactCode)
        #expect(unit.tier(for: "4403") == .prefix)
        #expect(unit.tier(for: "0600") == .codeContains)
        #expect(unit.tier(for: "ttx") == nil && unit.tier(for: "tiantain") == nil && unit.tier(for: " ") == nil)
    }

    @Test func learnerFromInitialsAndFullPinyin() {
        let learner = PinyinSearchKey(name: "张伟", code: "13800000001", personName: true)
        #expect(learner.tier(for: "zw") == .initialsFromStart)
        #expect(learner.tier(for: "ZW") == .initialsFromStart)
        #expect(learner.tier(for: "zhw") == .initialsFromStart)
        #expect(learner.tier(for: "zhangwei") == .fullPinyinFromStart)
        #expect(learner.tier(for: "zhangw") == .fullPinyinFromStart)
        #expect(learner.tier(for: "zhan") == .fullPinyinFromStart)  // typing in progress
        #expect(learner.tier(for: "张w") == .initialsFromStart)
        #expect(learner.tier(for: "wei") == .fullPinyinContains)
        #expect(learner.tier(for: "zx") == nil)
    }

    @Test func surnamesMatchBothReadings() {
        let learner = PinyinSearchKey(name: "单田芳", personName: true)
        #expect(learner.tier(for: "stf") == .initialsFromStart)
        #expect(learner.tier(for: "shantianfang") == .fullPinyinFromStart)
        #expect(learner.tier(for: "dtf") == .initialsFromStart)
        #expect(PinyinSearchKey(name: "单田芳").tier(for: "stf") == nil)  // a unit's 单 reads dan
    }

    @Test func rankingFollowsTheIssuesOrder() {
        // Exact code > name prefix > initials > full-pinyin contains > character contains.
        let order: [Tier] = [
            .exactCode, .prefix, .initialsFromStart, .fullPinyinFromStart, .initialsContains, .fullPinyinContains,
            .characterContains, .codeContains,
        ]
        #expect(order == order.sorted(by: >))
        let candidates = [
            PinyinSearchKey(name: "西乡街道", code: "101"),
            PinyinSearchKey(name: "东西社区", code: "102"),
            PinyinSearchKey(name: "前进社区", code: "x"),
            PinyinSearchKey(name: "西区", code: "103"),
            PinyinSearchKey(name: "前进社区二", code: "104"),
        ]
        let ranked = candidates.compactMap { key in key.score(for: "x").map { (key.name, $0) } }
            .sorted { $0.1 > $1.1 }.map(\.0)
        // 前进社区's code is exactly "x"; 西区 is the shorter of the two that start with x;
        // 东西社区 has it inside; 前进社区二 does not match.
        #expect(ranked == ["前进社区", "西区", "西乡街道", "东西社区"])
    }

    @Test func earlierAndShorterMatchesScoreHigherWithinATier() {
        let short = PinyinSearchKey.score(query: "sq", name: "田田社区")!
        let long = PinyinSearchKey.score(query: "sq", name: "田田社区党委")!
        let later = PinyinSearchKey.score(query: "sq", name: "某某某某社区")!
        #expect(short > long && long > later)
    }
}
