import Foundation
import XuexiModel

extension DemoGenerator {
    /// The per-item columns of the daily exports, with each item's daily ceiling on the platform.
    static let items: [(name: String, ceiling: Int)] = [
        ("登录", 1), ("阅读文章", 12), ("视听学习", 12), ("每日答题", 5), ("每周答题", 5), ("专项答题", 10),
        ("四人赛", 5), ("双人对战", 2),
    ]

    /// The points a learner brings from before the period shown: days since registration times a
    /// historical study rate (usually below today's, since many studied less in earlier years)
    /// times points per study day. Skewed so that about a quarter pass 20,000 and about one in
    /// twenty pass 40,000 (大营村: 50 of 1,095).
    func historyTotal(registeredOn: Day, propensity: Double, random: inout SeededRandom) -> Int {
        let daysBefore = max(0, firstDay.number - registeredOn.number)
        let u = random.unit()
        let rate = propensity * (0.15 + 0.85 * pow(u, 2.2))
        let pointsPerDay = 22 + random.unit() * 12
        return Int(Double(daysBefore) * rate * pointsPerDay)
    }

    /// A few lagging units: about one second-level org in eight lags as a whole (enough for the
    /// notice list to name a handful, as the seeds' 通报 do), a few scattered leaves lag on
    /// their own, and one other second-level org drops on the last day.
    func markLagging(_ orgs: inout [OrgSpec], random: inout SeededRandom) {
        let secondLevel = orgs.indices.filter { orgs[$0].parent == orgs[0].code }
        let dropping = secondLevel.dropFirst().first
        if let dropping { orgs[dropping].dropping = true }
        let candidates = secondLevel.filter { $0 != dropping }
        var lagging = Set<String>()
        var pool = candidates
        for _ in 0..<min(pool.count, max(1, secondLevel.count / 8)) {
            let pick = random.int(0...(pool.count - 1))
            lagging.insert(orgs[pool[pick]].code)
            pool.remove(at: pick)
        }
        var parentOf: [String: String] = [:]
        for org in orgs { if let parent = org.parent { parentOf[org.code] = parent } }
        let parents = Set(parentOf.values)
        for index in orgs.indices where !parents.contains(orgs[index].code) {
            var code: String? = orgs[index].code
            while let current = code, !lagging.contains(current) { code = parentOf[current] }
            if code != nil {
                orgs[index].lagging = true
                orgs[index].lagFactor = 0.70
            } else if random.chance(0.03) {
                orgs[index].lagging = true
                orgs[index].lagFactor = 0.55
            }
        }
    }

    /// One day's export rows (日期,学员编号,当日积分,总积分, then the items), advancing each
    /// learner's total by the points studied so totals stay consistent with the days studied.
    func dayRows(
        offset: Int, learners: inout [LearnerSpec], droppingLeaves: Set<Int>, random: inout SeededRandom
    ) -> [UInt8] {
        let day = firstDay.adding(offset)
        var buffer = [UInt8]()
        buffer.reserveCapacity(learners.count * 48)
        let header = (["日期", "学员编号", "当日积分", "总积分"] + DemoGenerator.items.map(\.name)).joined(separator: ",")
        buffer.append(contentsOf: Array((header + "\n").utf8))
        let dayText = Array(day.iso.utf8)
        // Weekends dip a little; a normal community stays above the 70% target even on a Sunday.
        let weekdayFactor = day.weekday == 7 ? 0.95 : (day.weekday == 6 ? 0.975 : 1.0)
        let last = offset == days - 1
        var anomaliesLeft = offset == days - 3 ? 2 : 0
        var itemPoints = [Int](repeating: 0, count: DemoGenerator.items.count)
        for index in learners.indices {
            guard learners[index].registeredOn <= day else { continue }
            var probability = learners[index].propensity * weekdayFactor
            if last && droppingLeaves.contains(learners[index].orgIndex) { probability *= 0.45 }
            if offset >= learners[index].inactiveFrom { probability = 0 }
            for item in itemPoints.indices { itemPoints[item] = 0 }
            var points = 0
            if random.chance(probability) {
                DemoGenerator.studyDay(&itemPoints, zeal: learners[index].propensity, random: &random)
                points = itemPoints.reduce(0, +)
                if anomaliesLeft > 0 && random.chance(0.01) {
                    // More than the platform's daily ceiling: the anomaly check must catch it.
                    let anomaly = 63 + random.int(0...6)
                    itemPoints[5] += anomaly - points
                    points = anomaly
                    anomaliesLeft -= 1
                }
            }
            learners[index].total += points
            buffer.append(contentsOf: dayText)
            buffer.append(UInt8(ascii: ","))
            buffer.append(contentsOf: Array(learners[index].code.utf8))
            buffer.append(UInt8(ascii: ","))
            DemoGenerator.appendNumber(points, to: &buffer)
            buffer.append(UInt8(ascii: ","))
            DemoGenerator.appendNumber(learners[index].total, to: &buffer)
            // Items a learner did not earn are left empty, as the platform's exports do.
            for value in itemPoints {
                buffer.append(UInt8(ascii: ","))
                if value > 0 { DemoGenerator.appendNumber(value, to: &buffer) }
            }
            buffer.append(UInt8(ascii: "\n"))
        }
        return buffer
    }

    /// One study day's points per item: everyone logs in and reads, most watch and take the
    /// daily quiz, the weekly and special quizzes come now and then.
    static func studyDay(_ points: inout [Int], zeal: Double, random: inout SeededRandom) {
        points[0] = 1
        points[1] = min(12, 5 + Int(Double(random.int(0...7)) * (0.5 + 0.5 * zeal)))
        points[2] = random.chance(0.5 + 0.45 * zeal) ? random.int(4...12) : 0
        points[3] = random.chance(0.45 + 0.5 * zeal) ? (random.chance(0.75) ? 5 : random.int(2...4)) : 0
        points[4] = random.chance(0.12) ? random.int(3...5) : 0
        points[5] = random.chance(0.1) ? random.int(5...10) : 0
        points[6] = random.chance(0.4 * zeal) ? random.int(3...5) : 0
        points[7] = random.chance(0.3 * zeal) ? random.int(1...2) : 0
    }
}
