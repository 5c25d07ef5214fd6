import Foundation
import Testing

/// A `postgresql://` store that cannot be reached, given with `--store` or
/// `XUEXI_DASH_STORE`, ends every command that uses a store with the reason in the UI
/// language and exit status 3, and nothing is created (no folder named `postgresql:`, no
/// replica). Another scheme is refused as unsupported.
@Suite struct DatabaseURLCommandTests {
    static let url = "postgresql://secretary@office-server/xuexi"

    static let commands: [[String]] = [
        ["orgs"], ["learners"], ["imports"], ["imports", "undo", "--last"], ["report", "daily"], ["alerts"],
        ["alerts", "ack", "x"], ["alerts", "snooze", "x", "--until", "2026-12-31"], ["alerts", "evaluate"],
        ["snapshot"], ["dashboard"], ["rebuild"], ["init"], ["demo", "--no-ui", "--scale", "village", "--days", "2"],
        ["watch", "."], ["notify", "log"], ["notify", "daily", "--to", "office"],
        ["import", "orgs.csv"],
    ]

    @Test func everyStoreCommandRefusesADatabaseURLAndCreatesNothing() throws {
        let binary = try OtherUsers.binary.get()
        let folder = try OtherUsers.worldReadableFolder(named: "url")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples/village/orgs.csv").path
        try FileManager.default.copyItem(atPath: sample, toPath: folder + "/orgs.csv")
        for arguments in Self.commands {
            let english = try OtherUsers.run(
                [binary] + arguments + ["--store", Self.url], environment: ["XUEXI_DASH_LANG": "en"], in: folder)
            #expect(english.status == 3, "\(arguments): exit \(english.status) \(english.stderr)")
            #expect(
                english.stderr.contains(
                    "Cannot reach the PostgreSQL store postgresql://secretary@office-server:5432/xuexi"),
                "\(arguments): \(english.stderr)")
            #expect(english.stderr.contains("nothing was changed"), "\(arguments): \(english.stderr)")
            let chinese = try OtherUsers.run(
                [binary] + arguments, environment: ["XUEXI_DASH_LANG": "zh", "XUEXI_DASH_STORE": Self.url], in: folder)
            #expect(chinese.status == 3, "\(arguments) with XUEXI_DASH_STORE: exit \(chinese.status)")
            #expect(chinese.stderr.contains("连不上 PostgreSQL 数据库"), "\(arguments): \(chinese.stderr)")
        }
        let mysql = try OtherUsers.run(
            [binary, "orgs", "--store", "mysql://office/xuexi"], environment: ["XUEXI_DASH_LANG": "en"], in: folder)
        #expect(mysql.status == 3)
        #expect(mysql.stderr.contains("is a mysql database URL, which is not supported"), "\(mysql.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(left == ["orgs.csv"], "created: \(left)")
    }
}
