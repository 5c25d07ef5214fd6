import Foundation
import XuexiCore
import XuexiImport
import XuexiModel
import XuexiStore

/// A small store built through the real import path from CSV files written to a temporary
/// directory, with helpers to import a day of points by listing who earned what.
///
/// The standard tree (`AlertFixture.standard()`):
///
///     R 大营村党委 (no own headcount: expected = 10 + 12 = 22)
///     ├── A 第一党支部  expected 10, 10 learners A01…A10 (A01 is the mentor of A02…A05)
///     └── B 第二党支部  expected 12, 10 learners B01…B10 (B01 is the mentor of B02…B05)
///
/// Every learner registered on 2026-01-01 and has a phone 1390000xxxx that must never
/// appear in a report.
package final class AlertFixture {
    package let store: XuexiStore
    package let directory: URL
    /// The fixture's orgs are tiny, so a shortfall of one learner raises a rate alert.
    package var configuration: AppConfiguration = {
        var configuration = AppConfiguration()
        configuration.alertMinimumShortfall = 1
        return configuration
    }()
    /// Running totals so every imported day is consistent (no anomaly unless asked for).
    package private(set) var totals: [String: Int] = [:]
    private(set) var learnerIds: [String] = []
    package static let zone = TimeZone(identifier: "Asia/Shanghai")!
    package static let orgsHeader = "组织编码,组织名称,上级组织编码,组织类型,应学人数,党员人数\n"
    package static let learnersHeader = "学员编号,姓名,组织编码,政治面貌,手机号,帮带人编号,注册日期\n"
    package static let pointsHeader = "日期,学员编号,当日积分,总积分\n"

    package init() throws {
        store = try XuexiStore.inMemory()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-alerts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    package static let names: [String: String] = [
        "A01": "王建国", "A02": "李秀英", "A03": "张伟", "A04": "刘洋", "A05": "陈静",
        "A06": "杨帆", "A07": "赵敏", "A08": "黄磊", "A09": "周婷", "A10": "吴刚",
        "B01": "徐志强", "B02": "孙丽", "B03": "胡军", "B04": "朱琳", "B05": "高峰",
        "B06": "林芳", "B07": "何勇", "B08": "郭娜", "B09": "马超", "B10": "罗红",
    ]

    package static func phone(_ code: String) -> String {
        "1390000" + String(format: "%04d", (code.hasPrefix("A") ? 0 : 100) + Int(code.dropFirst())!)
    }

    /// The standard two-branch store with its roster imported.
    package static func standard() throws -> AlertFixture {
        let fixture = try AlertFixture()
        var orgs = orgsHeader + "R,大营村党委,,村,,\nA,第一党支部,R,党支部,10,3\nB,第二党支部,R,党支部,12,3\n"
        orgs += ""
        var learners = learnersHeader
        for branch in ["A", "B"] {
            for number in 1...10 {
                let code = branch + String(format: "%02d", number)
                let status = number <= 3 ? "中共党员" : "群众"
                let mentor = (2...5).contains(number) ? branch + "01" : ""
                learners += "\(code),\(names[code]!),\(branch),\(status),\(phone(code)),\(mentor),2026-01-01\n"
            }
        }
        try fixture.importFiles([try fixture.write("orgs.csv", orgs), try fixture.write("learners.csv", learners)])
        return fixture
    }

    @discardableResult
    package func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Imports through `Importer`, then stamps the new import records with `importedAt` so
    /// staleness does not depend on the clock of the machine running the tests.
    @discardableResult
    package func importFiles(_ paths: [String], importedAt: String = "2026-11-01T00:00:00Z") throws -> ImportSummary {
        var options = ImportOptions()
        options.parameters = configuration.aggregateParameters
        options.dailyMaximum = configuration.dailyMaximum
        options.user = "tester"
        let before = try store.changeStamp()
        let summary = try Importer(store: store, options: options).run(paths: paths)
        try store.setImportStartTimes(after: before, to: importedAt)
        if learnerIds.isEmpty { learnerIds = try store.learnerCodes() }
        return summary
    }

    /// Imports one day: each learner listed earns those points, everyone else 0. Totals
    /// follow the day points unless `totals` overrides one (to make an anomaly).
    @discardableResult
    package func importDay(
        _ iso: String, _ points: [String: Int], totals overrides: [String: Int] = [:],
        fileName: String? = nil
    ) throws -> ImportSummary {
        var text = AlertFixture.pointsHeader
        for code in learnerIds {
            let earned = points[code] ?? 0
            let total = overrides[code] ?? ((totals[code] ?? 1_000) + earned)
            text += "\(iso),\(code),\(earned),\(total)\n"
        }
        let summary = try importFiles([try write(fileName ?? "\(iso).csv", text)], importedAt: "\(iso)T16:00:00Z")
        for code in learnerIds {
            totals[code] = overrides[code] ?? ((totals[code] ?? 1_000) + (points[code] ?? 0))
        }
        return summary
    }

    /// Totals before the first imported day (learners over 20,000 / 40,000 points).
    package func startTotals(_ values: [String: Int]) {
        totals.merge(values) { $1 }
    }

    /// `count` learners of a branch active with 10 points each (A01, A02, … first).
    package static func active(_ branch: String, _ count: Int, points: Int = 10) -> [String: Int] {
        var result: [String: Int] = [:]
        for number in stride(from: 1, through: count, by: 1) {
            result[branch + String(format: "%02d", number)] = points
        }
        return result
    }

    package var engine: AlertEngine { AlertEngine(store: store, configuration: configuration) }

    /// 09:00 in Shanghai on the day after `iso`: early enough that the day itself is not yet
    /// required, late enough after the fixture's import stamps that nothing is stale.
    package static func morningAfter(_ iso: String, hour: Int = 9) -> Date {
        let day = Day(iso: iso)!.adding(1)
        return Date(timeIntervalSince1970: Double(day.number) * 86_400 + Double(hour - 8) * 3600)
    }

    @discardableResult
    package func evaluate(_ iso: String, now: Date? = nil) throws -> AlertEvaluation {
        try engine.evaluate(
            day: Day(iso: iso)!, now: now ?? AlertFixture.morningAfter(iso), timeZone: AlertFixture.zone)
    }
}

extension Dictionary where Key == String, Value == Int {
    /// Merges point maps (the fixtures compose branches' activity).
    package static func + (lhs: [String: Int], rhs: [String: Int]) -> [String: Int] { lhs.merging(rhs) { $1 } }
}
