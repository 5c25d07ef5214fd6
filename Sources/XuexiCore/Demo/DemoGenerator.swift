import Foundation
import XuexiModel

/// Writes a realistic, deterministic set of admin exports (orgs.csv, learners.csv,
/// daily/YYYY-MM-DD.csv) for a scale: the believable tree of 街道党工委 → 社区党委 → 党支部 →
/// 学习小组, Chinese names, the seeds' party share, a weekday/weekend rhythm, a few lagging
/// branches, a drop on the last day, inactive streaks, a few anomalies, and learners over
/// 20,000 and 40,000 points from years of history, and per-item points. The demo store is then built by importing these files, so the
/// demo exercises the same path as real data.
public struct DemoGenerator {
    public let scale: DemoScale
    public let days: Int
    public let seed: UInt64
    public let lastDay: Day

    public init(scale: DemoScale, days: Int, seed: UInt64, lastDay: Day) {
        self.scale = scale
        self.days = max(1, days)
        self.seed = seed
        self.lastDay = lastDay
    }

    public var firstDay: Day { lastDay.adding(-(days - 1)) }

    struct OrgSpec {
        var code: String
        var name: String
        var parent: String?
        var type: String
        var expected: Int?
        var partyMembers: Int?
        /// Study propensity factor of a leaf whose unit lags (1 when it does not).
        var lagFactor = 1.0
        var lagging = false
        var dropping = false
    }

    struct LearnerSpec {
        var code: String
        var name: String
        var orgIndex: Int
        var party: Bool
        var phone: String
        var mentor: String?
        var registeredOn: Day
        var propensity: Double
        var total: Int
        var inactiveFrom: Int  // day offset from which the learner stops studying (Int.max = never)
    }

    static let surnames = Array(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
    static let givenNames = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力斌鹏宇浩凯俊帆婷雪琳晨欣怡佳子梓轩涵思瑞国庆春梅兰志海波宁丹凤霖彤楠")
    static let communities = [
        "田田", "盐田", "固戍", "臣田", "河西", "渔业", "流塘", "南昌", "西乡", "黄田", "钟屋", "铁仔", "九围",
        "共乐", "凤凰岗", "蚝业", "永丰", "麻布", "草围", "劳动", "径贝", "庄边", "富华", "后瑞", "乐群",
    ]
    static let districts = ["文峰区委", "北关区委", "殷都区委", "龙安区委", "安阳县委", "汤阴县委", "滑县县委", "内黄县委", "林州市委"]
    static let townSyllables = Array("东西南北中新老安宁和平兴隆永乐福寿康泰崇义仁德光明长青柏松杨柳桥河湾岭坡塘庄集店")
    static let ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    static func ordinal(_ number: Int) -> String {
        if number <= 10 { return ordinals[number - 1] }
        if number < 20 { return "十" + ordinals[number - 11] }
        let tens = ordinals[number / 10 - 1] + "十"
        return number % 10 == 0 ? tens : tens + ordinals[number % 10 - 1]
    }

    // MARK: - Tree

    func makeOrgs(random: inout SeededRandom) -> [OrgSpec] {
        var orgs: [OrgSpec] = []
        func add(_ code: String, _ name: String, _ parent: String?, _ type: String) {
            orgs.append(OrgSpec(code: code, name: name, parent: parent, type: type))
        }
        switch scale {
        case .village:
            add("DY", "大营村党委", nil, "村党委")
            let groups = [3, 3, 3, 3, 2]
            for branch in 1...5 {
                let branchCode = String(format: "DY%02d", branch)
                add(branchCode, "第\(DemoGenerator.ordinal(branch))党支部", "DY", "党支部")
                for group in 1...groups[branch - 1] {
                    add(
                        String(format: "%@%02d", branchCode, group), "第\(DemoGenerator.ordinal(group))学习小组", branchCode,
                        "学习小组")
                }
            }
        case .street:
            add("XX", "西乡街道党工委", nil, "街道党工委")
            for (index, community) in DemoGenerator.communities.enumerated() {
                let communityCode = String(format: "XX%02d", index + 1)
                add(communityCode, "\(community)社区党委", "XX", "社区党委")
                for branch in 1...(index == 24 ? 1 : 2) {
                    let branchCode = String(format: "%@%02d", communityCode, branch)
                    add(branchCode, "第\(DemoGenerator.ordinal(branch))党支部", communityCode, "党支部")
                    for group in 1...29 {
                        add(
                            String(format: "%@%02d", branchCode, group), "第\(DemoGenerator.ordinal(group))学习小组",
                            branchCode, "学习小组")
                    }
                }
            }
        case .city:
            add("AY", "安阳市委", nil, "市委")
            for (d, district) in DemoGenerator.districts.enumerated() {
                let districtCode = String(format: "AY%02d", d + 1)
                add(districtCode, district, "AY", "区县委")
                for t in 1...10 {
                    let townCode = String(format: "%@%02d", districtCode, t)
                    let townName = String([
                        random.pick(DemoGenerator.townSyllables), random.pick(DemoGenerator.townSyllables),
                    ])
                    add(townCode, townName + (t % 3 == 0 ? "镇党委" : "街道党工委"), districtCode, "街道/乡镇")
                    for c in 1...10 {
                        let communityCode = String(format: "%@%02d", townCode, c)
                        let communityName = String([
                            random.pick(DemoGenerator.townSyllables), random.pick(DemoGenerator.townSyllables),
                        ])
                        add(communityCode, communityName + (c % 2 == 0 ? "村党委" : "社区党委"), townCode, "社区/村党委")
                        let branches = (d * 100 + t * 10 + c) % 10 < 6 ? 10 : 9
                        for b in 1...branches {
                            add(
                                String(format: "%@%02d", communityCode, b), "第\(DemoGenerator.ordinal(b))党支部",
                                communityCode, "党支部")
                        }
                    }
                }
            }
        }
        markLagging(&orgs, random: &random)
        return orgs
    }

    // MARK: - Learners

    func makeLearners(orgs: inout [OrgSpec], random: inout SeededRandom) -> [LearnerSpec] {
        let parents = Set(orgs.compactMap(\.parent))
        let leaves = orgs.indices.filter { !parents.contains(orgs[$0].code) }
        var learners: [LearnerSpec] = []
        learners.reserveCapacity(scale.learners)
        let perLeaf = scale.learners / leaves.count
        var remainder = scale.learners - perLeaf * leaves.count
        var number = 0
        for leaf in leaves {
            let count = perLeaf + (remainder > 0 ? 1 : 0)
            remainder -= 1
            var partyInLeaf: [String] = []
            let leafFactor = orgs[leaf].lagFactor * (0.93 + random.unit() * 0.07)
            for _ in 0..<count {
                number += 1
                let party = random.chance(scale.partyShare)
                let code = String(format: "L%07d", number)
                let name =
                    String(random.pick(DemoGenerator.surnames)) + String(random.pick(DemoGenerator.givenNames))
                    + (random.chance(0.6) ? String(random.pick(DemoGenerator.givenNames)) : "")
                let phone =
                    "1" + String(random.pick(Array("3456789"))) + String(format: "%09d", random.int(0...999_999_999))
                // Most registered long ago; a few register during the period shown.
                let registeredOn =
                    random.chance(0.03)
                    ? firstDay.adding(random.int(1...max(1, days - 1)))
                    : Day(year: 2019 + random.int(0...6), month: random.int(1...12), day: random.int(1...28))
                let individual = party ? 0.88 + random.unit() * 0.12 : 0.62 + random.unit() * 0.36
                let propensity = min(1, leafFactor * individual)
                let total = historyTotal(registeredOn: registeredOn, propensity: propensity, random: &random)
                let inactive = random.chance(0.02) ? max(0, days - random.int(3...8)) : Int.max
                learners.append(
                    LearnerSpec(
                        code: code, name: name, orgIndex: leaf, party: party, phone: phone,
                        mentor: nil, registeredOn: min(registeredOn, lastDay),
                        propensity: propensity, total: total, inactiveFrom: inactive))
                if party { partyInLeaf.append(code) }
            }
            // 党员带群众: each of the masses gets a party member of the same group as mentor (一帮五).
            if !partyInLeaf.isEmpty {
                var next = 0
                for index in (learners.count - count)..<learners.count where !learners[index].party {
                    learners[index].mentor = partyInLeaf[next / 5 % partyInLeaf.count]
                    next += 1
                }
            }
            // Expected headcount above the roster for some groups (people not yet registered).
            let gap = random.chance(0.3) ? random.int(1...max(1, count / 8)) : 0
            orgs[leaf].expected = count + gap
            orgs[leaf].partyMembers =
                learners[(learners.count - count)...].filter(\.party).count + (gap > 0 ? random.int(0...1) : 0)
        }
        return learners
    }

    // MARK: - Files

    /// Writes the exports into `directory` and returns the daily files in date order.
    @discardableResult
    public func write(to directory: URL, progress: ((Int, Int) -> Void)? = nil) throws -> (
        orgs: URL, learners: URL, days: [URL]
    ) {
        var random = SeededRandom(seed: seed)
        var orgs = makeOrgs(random: &random)
        var learners = makeLearners(orgs: &orgs, random: &random)
        let fileManager = FileManager.default
        try fileManager.createDirectory(
            at: directory.appendingPathComponent("daily"), withIntermediateDirectories: true)

        let orgsURL = directory.appendingPathComponent("orgs.csv")
        try Data(DemoGenerator.orgsCSV(orgs).utf8).write(to: orgsURL)

        let learnersURL = directory.appendingPathComponent("learners.csv")
        try Data(DemoGenerator.rosterCSV(learners, orgs: orgs)).write(to: learnersURL)

        var dayURLs: [URL] = []
        let dropping = Set(orgs.indices.filter { orgs[$0].dropping }.map { orgs[$0].code })
        let droppingLeaves = Set(
            orgs.indices.filter { index in
                var code: String? = orgs[index].code
                while let current = code {
                    if dropping.contains(current) { return true }
                    code = orgs.first { $0.code == current }?.parent
                }
                return false
            })
        // A day without an export in the middle of the period (holiday, forgotten import).
        let skippedDay = days >= 10 ? days - 9 : -1
        for offset in 0..<days {
            let day = firstDay.adding(offset)
            let buffer = dayRows(
                offset: offset, learners: &learners, droppingLeaves: droppingLeaves, random: &random)
            progress?(offset + 1, days)
            if offset == skippedDay { continue }
            let url = directory.appendingPathComponent("daily/\(day.iso).csv")
            try Data(buffer).write(to: url)
            dayURLs.append(url)
        }
        return (orgsURL, learnersURL, dayURLs)
    }

    static func orgsCSV(_ orgs: [OrgSpec]) -> String {
        var orgText = "组织编码,组织名称,上级组织编码,组织类型,应学人数,党员人数\n"
        for org in orgs {
            orgText +=
                "\(org.code),\(org.name),\(org.parent ?? ""),\(org.type),\(org.expected.map(String.init) ?? ""),\(org.partyMembers.map(String.init) ?? "")\n"
        }
        return orgText
    }

    static func rosterCSV(_ learners: [LearnerSpec], orgs: [OrgSpec]) -> [UInt8] {
        var roster = [UInt8]()
        roster.reserveCapacity(learners.count * 80)
        roster.append(contentsOf: Array("学员编号,姓名,组织编码,政治面貌,手机号,帮带人编号,注册日期\n".utf8))
        for learner in learners {
            let line =
                "\(learner.code),\(learner.name),\(orgs[learner.orgIndex].code),\(learner.party ? "中共党员" : "群众"),\(learner.phone),\(learner.mentor ?? ""),\(learner.registeredOn.iso)\n"
            roster.append(contentsOf: Array(line.utf8))
        }
        return roster
    }

    static func appendNumber(_ value: Int, to buffer: inout [UInt8]) {
        if value == 0 {
            buffer.append(UInt8(ascii: "0"))
            return
        }
        var digits: [UInt8] = []
        var remaining = value
        while remaining > 0 {
            digits.append(UInt8(ascii: "0") + UInt8(remaining % 10))
            remaining /= 10
        }
        buffer.append(contentsOf: digits.reversed())
    }
}
