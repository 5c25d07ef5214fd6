import Foundation
import Testing
import XuexiCore
import XuexiModel
import XuexiTestSupport

/// Issue 16's acceptance on the real binary: held-out street data gives the same daily
/// report from PostgreSQL as from SQLite; a role granted one branch sees only that subtree
/// through xuexi-dash and through psql; an acknowledgement from the command line shows in
/// an open dashboard within two seconds, on both backends.
@Suite(
    .enabled(
        if: TmuxHarness.isAvailable && TmuxHarness.executable(named: "xuexi-dash") != nil, "needs tmux and xuexi-dash"),
    .serialized)
struct PostgresEndToEndTests {
    static var binary: String { TmuxHarness.executable(named: "xuexi-dash")! }

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-pg-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Runs xuexi-dash to the end; fails the test on a non-zero exit.
    @discardableResult
    func dash(_ arguments: [String], replica: String = "clerk", sourceLocation: SourceLocation = #_sourceLocation)
        throws -> String
    {
        let output = try OtherUsers.run(
            [Self.binary] + arguments,
            environment: ["XUEXI_DASH_REPLICA_DIR": folder.path + "/" + replica, "XUEXI_DASH_LANG": "zh"])
        #expect(output.status == 0, "\(arguments): \(output.stderr)", sourceLocation: sourceLocation)
        return output.stdout
    }

    /// The report with any timing field removed (none today; the acceptance allows them).
    static func withoutTimings(_ json: String) throws -> NSDictionary {
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { !$0.key.hasSuffix("At") && $0.key != "seconds" }.mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return try #require(strip(object) as? NSDictionary)
    }

    @Test func heldOutStreetDataGivesTheSameDailyReportFromPostgreSQLAsFromSQLite() throws {
        // A seed the metrics were never tuned on, at street scale (41,550 learners).
        let generator = DemoGenerator(scale: .street, days: 3, seed: 7_116, lastDay: Day.today().adding(-1))
        let files = try generator.write(to: folder.appendingPathComponent("exports"))
        let database = try PostgresTestServer.Database()
        let sqlite = folder.path + "/street.sqlite"
        for store in [sqlite, database.url] {
            try dash(["import", "--store", store, files.orgs.path, files.learners.path])
            try dash(["import", "--store", store] + files.days.map(\.path))
        }
        let fromSQLite = try dash(["report", "daily", "--format", "json", "--store", sqlite])
        let fromPostgres = try dash(["report", "daily", "--format", "json", "--store", database.url])
        // Another clerk's first look fetches everything from the server.
        let fromNewReplica = try dash(
            ["report", "daily", "--format", "json", "--store", database.url], replica: "second-clerk")
        #expect(fromSQLite.count > 10_000)
        #expect(try Self.withoutTimings(fromPostgres) == Self.withoutTimings(fromSQLite))
        #expect(try Self.withoutTimings(fromNewReplica) == Self.withoutTimings(fromSQLite))
    }

    @Test func aRoleGrantedOneBranchSeesOnlyItsSubtreeThroughXuexiDashAndPsql() throws {
        let database = try PostgresTestServer.Database()
        let village = ImportFixture.samplesURL().appendingPathComponent("village")
        try dash([
            "import", "--store", database.url, village.appendingPathComponent("orgs.csv").path,
            village.appendingPathComponent("learners.xlsx").path,
        ])
        try dash(["import", "--store", database.url, village.appendingPathComponent("daily/2026-11-07.csv").path])
        let role = "sec_" + database.name.suffix(10)
        let granted = try dash(["admin", "grant", role, "--org", "O2", "--store", database.url])
        #expect(granted.contains("党支部00003"))
        // The office's view of that branch: its units and learners.
        let whole = try dash(["orgs", "--store", database.url, "--format", "json"])
        let branch = try dash(
            ["orgs", "--store", database.url(asRole: role), "--format", "json"], replica: "secretary")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(whole.utf8)) as? [[String: Any]])
        let seen = try #require(try JSONSerialization.jsonObject(with: Data(branch.utf8)) as? [[String: Any]])
        var subtree: Set<String> = ["O2"]
        for _ in 0..<8 {
            subtree.formUnion(
                rows.filter { subtree.contains($0["parentCode"] as? String ?? "") }.compactMap { $0["code"] as? String }
            )
        }
        #expect(Set(seen.compactMap { $0["code"] as? String }) == subtree)
        #expect(!subtree.isEmpty && subtree.count < rows.count)
        let learners = rows.first { $0["code"] as? String == "O2" }?["learners"] as? Int
        let psql = try #require(PostgresTestServer.psql())
        let counted = try OtherUsers.run(
            [
                "/usr/sbin/runuser", "-u", "postgres", "--", psql, "-tA", "-c", "select count(*) from learner",
                database.url(asRole: role),
            ])
        #expect(counted.status == 0, "\(counted.stderr)")
        #expect(Int(counted.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) == learners)
        #expect((learners ?? 0) > 0)
        // Revoked: nothing more through either.
        try dash(["admin", "revoke", role, "--store", database.url])
        let after = try OtherUsers.run(
            [
                "/usr/sbin/runuser", "-u", "postgres", "--", psql, "-tA", "-c", "select count(*) from learner",
                database.url(asRole: role),
            ])
        #expect(after.status != 0 && after.stderr.contains("permission denied"), "\(after)")
    }

    @Test(arguments: ["sqlite", "postgres"])
    func anAcknowledgementFromTheCommandLineShowsInAnOpenDashboardWithinTwoSeconds(_ backend: String) throws {
        var database: PostgresTestServer.Database?
        let store: String
        if backend == "postgres" {
            database = try PostgresTestServer.Database()
            store = database!.url
        } else {
            store = folder.path + "/village.sqlite"
        }
        let village = ImportFixture.samplesURL().appendingPathComponent("village")
        try dash([
            "import", "--store", store, village.appendingPathComponent("orgs.csv").path,
            village.appendingPathComponent("learners.xlsx").path,
        ])
        try dash(["import", "--store", store, village.appendingPathComponent("daily/2026-11-07.csv").path])
        let tmux = try TmuxHarness(
            columns: 120, rows: 40, environment: ["XUEXI_DASH_REPLICA_DIR": folder.path + "/dashboard"])
        defer { tmux.close() }
        tmux.run("\(TmuxHarness.shellQuoted(Self.binary)) dashboard --store \(TmuxHarness.shellQuoted(store))")
        #expect(tmux.waitForText("数据未更新"), "no data.stale alert on screen")
        #expect(!tmux.capture().joined().contains("已确认"))
        try dash(["alerts", "ack", "data.stale", "--note", "已通知", "--store", store], replica: "another-clerk")
        #expect(tmux.waitForText("已确认", timeout: 2), "the acknowledgement did not show within 2 s")
        tmux.sendKeys("q")
        _ = database
    }
}
