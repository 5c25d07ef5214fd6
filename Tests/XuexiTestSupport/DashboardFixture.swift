import Dashboard
import Foundation
import Testing
import Widgets
import XuexiCore
import XuexiImport
import XuexiModel
import XuexiStore

/// A small street office in an in-memory store: two communities, three branches, ten
/// learners with fourteen days of points ending 2026-11-19, imported through `Importer` from
/// CSV files written to a temporary directory, and alerts evaluated as `import` does.
/// The clock is fixed at 2026-11-20 09:30 in Beijing, so frames are the same on every run.
package final class DashboardFixture {
    package let directory: URL
    package let store: XuexiStore
    /// Defaults, except that rate alerts apply to units of any size (the fixture's are tiny).
    package var configuration: AppConfiguration = {
        var configuration = AppConfiguration()
        configuration.alertMinimumShortfall = 1
        return configuration
    }()

    package static let lastDay = Day(year: 2026, month: 11, day: 19)
    package static let days = 14
    package static let timeZone = TimeZone(identifier: "Asia/Shanghai")!
    /// 2026-11-20 09:30 +08:00.
    package static let now = Date(timeIntervalSince1970: 1_795_138_200)

    package static let orgs = """
        组织编码,组织名称,上级组织编码,组织类型,应学人数,党员人数
        R,示范街道党工委,,街道,,
        C1,东风社区党委,R,社区,,
        C2,红旗社区党委,R,社区,,
        B11,第一党支部,C1,党支部,5,2
        B12,第二党支部,C1,党支部,3,1
        B21,第一党支部,C2,党支部,3,1

        """

    package static let learners = """
        学员编号,姓名,组织编码,政治面貌,手机号,帮带人编号,注册日期
        L01,张伟,B11,中共党员,13800000001,,2024-01-01
        L02,李娜,B11,群众,13800000002,L01,2024-01-01
        L03,王芳,B11,群众,13800000003,L01,2024-01-01
        L04,刘洋,B11,中共预备党员,13800000004,,2024-01-01
        L05,陈静,B12,中共党员,13800000005,,2024-01-01
        L06,杨磊,B12,群众,13800000006,L05,2024-01-01
        L07,赵敏,B12,群众,13800000007,L05,2024-01-01
        L08,黄强,B21,中共党员,13800000008,,2024-01-01
        L09,周杰,B21,群众,13800000009,L08,2024-01-01
        L10,吴娟,B21,群众,13800000010,L08,2024-01-01

        """

    /// Day points of learner `number` (1…10) on day `offset` (0…13): a steady pattern with
    /// a weekly rhythm, one learner who stopped five days ago (L03) and one who never
    /// studied (L10), so inactive members, ranks and alerts all have something to show.
    package static func points(learner number: Int, offset: Int) -> Int {
        if number == 10 { return 0 }
        if number == 3 && offset >= days - 5 { return 0 }
        if number == 7 && offset % 3 == 0 { return 0 }
        return 10 + (number * 7 + offset * 3) % 40
    }

    /// `extraOrgs`: more rows for the orgs export (e.g. units without members whose names test ordering).
    package init(fileStore: Bool = false, days: Int = DashboardFixture.days, extraOrgs: String = "") throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "xuexi-dash-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store =
            fileStore
            ? try XuexiStore.open(path: directory.appendingPathComponent("store.sqlite").path)
            : try XuexiStore.inMemory()
        try importFiles([
            try write("orgs.csv", DashboardFixture.orgs + extraOrgs),
            try write("learners.csv", DashboardFixture.learners),
        ])
        for offset in 0..<days { try importDay(offset: offset) }
        try evaluateAlerts()
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    package static func day(_ offset: Int) -> Day { lastDay.adding(offset - (days - 1)) }

    @discardableResult
    package func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    package func importFiles(_ paths: [String]) throws {
        var options = ImportOptions()
        options.user = "test"
        options.language = .en
        options.today = DashboardFixture.lastDay.adding(1)
        options.date = DashboardFixture.day(0)
        _ = try Importer(store: store, options: options).run(paths: paths)
    }

    /// The points export of day `offset` (offset 14 is the day after the fixture's last).
    package func pointsFile(offset: Int, extra: Int = 0) throws -> String {
        let day = DashboardFixture.day(offset)
        var text = "日期,学员编号,当日积分,总积分\n"
        for number in 1...10 {
            var total = 20_000 * (number % 3)
            for earlier in 0...offset { total += DashboardFixture.points(learner: number, offset: earlier) }
            let points = DashboardFixture.points(learner: number, offset: offset)
            text +=
                "\(day.iso),L\(String(format: "%02d", number)),\(points + (points > 0 ? extra : 0)),\(total + (points > 0 ? extra : 0))\n"
        }
        return try write("points-\(day.iso)-\(extra).csv", text)
    }

    package func importDay(offset: Int, extra: Int = 0) throws {
        try importFiles([try pointsFile(offset: offset, extra: extra)])
    }

    package func evaluateAlerts() throws {
        let engine = AlertEngine(store: store, configuration: configuration)
        try engine.evaluate(
            days: (0..<DashboardFixture.days).map(DashboardFixture.day), now: DashboardFixture.now,
            timeZone: DashboardFixture.timeZone)
    }

    package func environment() -> DashboardEnvironment {
        DashboardEnvironment(
            now: { DashboardFixture.now }, timeZone: DashboardFixture.timeZone, user: "tester",
            storePath: "/data/xuexi.sqlite", colorDescription: "256")
    }

    package func controller(
        language: Language = .zh, mode: LoadMode = .inline, initialOrg: String? = nil,
        configure: (inout DashboardState) -> Void = { _ in }
    ) -> DashboardController {
        var state = DashboardState(language: language)
        configure(&state)
        let data = DashboardDataSource(store: store, configuration: configuration, mode: mode)
        return DashboardController(data: data, state: state, environment: environment(), initialOrg: initialOrg)
    }
}

extension DashboardController {
    /// Presses keys by their script names ("j", "Enter", "S-Tab").
    @discardableResult
    package func press(_ script: String, columns: Int = 120, rows: Int = 40) -> [DashboardResponse] {
        var responses: [DashboardResponse] = []
        _ = render(columns: columns, rows: rows)
        for (_, key) in KeyReplay.parse(script).keys {
            responses.append(handle(.key(key)))
            _ = render(columns: columns, rows: rows)
        }
        return responses
    }

    /// The frame as text lines, header row replaced (its import time is the wall clock's).
    package func screen(columns: Int, rows: Int) -> [String] {
        var lines = render(columns: columns, rows: rows).lines()
        if !lines.isEmpty { lines[0] = "<header>" }
        return lines
    }
}
