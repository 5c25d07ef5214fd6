import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 16 item 1: as another Unix user, a SQLite store they can read but not write, in a
/// folder they cannot write, opens read-only and shows its figures; what would write says
/// why it cannot, and nothing is changed or created. Runs `xuexi-dash` as `nobody`.
@Suite(.serialized)
struct ReadOnlyStoreEndToEndTests {
    /// A village store built by root in a folder only root may write, the file mode 0644,
    /// no `-wal`/`-shm` beside it (so SQLite must open it immutable).
    static func viewOnlyStore() throws -> String {
        let folder = try OtherUsers.worldReadableFolder(named: "view")
        let path = folder + "/xuexi.sqlite"
        let built = try OtherUsers.run(
            [try OtherUsers.prepared(), "demo", "--scale", "village", "--days", "10", "--no-ui", "--store", path])
        guard built.status == 0 else { throw OtherUsers.Unavailable(description: "demo failed: \(built.stderr)") }
        #expect(chmod(path, 0o644) == 0)
        return path
    }

    /// Removes the store's folder (and the sample copied beside it).
    static func remove(_ store: String) {
        let folder = (store as NSString).deletingLastPathComponent
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.removeItem(atPath: folder + "-orgs.csv")
    }

    static func listing(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    static func fingerprint(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test func anotherUserReadsTheFiguresOfAStoreTheyCannotWrite() throws {
        let binary = try OtherUsers.prepared()
        let store = try Self.viewOnlyStore()
        defer { Self.remove(store) }
        let folder = (store as NSString).deletingLastPathComponent
        let orgsAsOwner = try OtherUsers.run([binary, "orgs", "--format", "csv", "--store", store])
        let reportAsOwner = try OtherUsers.run([binary, "report", "daily", "--format", "json", "--store", store])
        #expect(Self.listing(folder) == ["xuexi.sqlite"], "the owner left -wal/-shm files behind")
        let before = try Self.fingerprint(store)

        let orgs = try OtherUsers.dash(as: OtherUsers.viewer, ["orgs", "--format", "csv", "--store", store])
        #expect(orgs.status == 0, "orgs as nobody: \(orgs.stderr)")
        #expect(orgs.stdout == orgsAsOwner.stdout)
        #expect(orgs.stdout.contains("大营村"))
        let report = try OtherUsers.dash(
            as: OtherUsers.viewer, ["report", "daily", "--format", "json", "--store", store])
        #expect(report.status == 0, "report daily as nobody: \(report.stderr)")
        #expect(report.stdout == reportAsOwner.stdout)
        let info = try OtherUsers.dash(as: OtherUsers.viewer, ["info", "--store", store])
        #expect(info.stdout.contains("只读（你没有写这个文件的权限"), "info: \(info.stdout)")
        #expect(info.stdout.contains("不自动刷新"), "info: \(info.stdout)")

        // Everything that would write refuses with the reason, exit 3 (store unavailable for it).
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples/village/orgs.csv").path
        let copiedSample = folder + "-orgs.csv"
        try FileManager.default.copyItem(atPath: samples, toPath: copiedSample)
        #expect(chmod(copiedSample, 0o644) == 0)
        let refusals: [([String], String)] = [
            (["import", copiedSample], "不能导入"),
            (["imports", "undo", "--last"], "不能撤销导入"),
            (["alerts", "ack", "data.stale"], "不能确认预警"),
            (["alerts", "snooze", "data.stale", "--until", "2099-01-01"], "不能暂缓预警"),
            (["alerts", "evaluate"], "不能评估预警"),
            (["rebuild", "--force"], "不能重新计算"),
            (["watch", folder, "--once"], "不能监视目录并导入"),
            (["notify", "daily", "--to", "office"], "不能推送"),
        ]
        for (arguments, message) in refusals {
            let result = try OtherUsers.dash(as: OtherUsers.viewer, arguments + ["--store", store])
            #expect(result.status == 3, "\(arguments): exit \(result.status) \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("以只读方式打开（你没有写这个文件的权限"), "\(arguments): \(result.stderr)")
        }
        let english = try OtherUsers.dash(
            as: OtherUsers.viewer, ["alerts", "ack", "x", "--lang", "en", "--store", store])
        #expect(english.stderr.contains("Cannot acknowledge alerts: the store \(store) is open read-only"))
        #expect(try Self.fingerprint(store) == before, "the store changed")
        #expect(Self.listing(folder) == ["xuexi.sqlite"], "a file was created beside the store")
    }

    /// In a folder the viewer may write (say a group folder) but a file they may not, they
    /// create no `-wal`/`-shm`: theirs would carry their owner and could lock the owner out.
    @Test func aViewerLeavesNoFilesInAFolderTheyMayWrite() throws {
        let store = try Self.viewOnlyStore()
        defer { Self.remove(store) }
        let folder = (store as NSString).deletingLastPathComponent
        #expect(chmod(folder, 0o777) == 0)
        let info = try OtherUsers.dash(as: OtherUsers.viewer, ["info", "--store", store])
        #expect(info.stdout.contains("只读（你没有写这个文件的权限") && info.stdout.contains("不自动刷新"), "\(info.stdout)")
        let orgs = try OtherUsers.dash(as: OtherUsers.viewer, ["orgs", "--store", store])
        #expect(orgs.status == 0, "\(orgs.stderr)")
        #expect(Self.listing(folder) == ["xuexi.sqlite"])
        let owner = try OtherUsers.run([try OtherUsers.prepared(), "alerts", "evaluate", "--store", store])
        #expect(owner.status == 0, "the owner cannot write after the viewer: \(owner.stderr)")
    }

    @Test func readOnlyOptionAndVariableRefuseWritesForTheOwnerToo() throws {
        let binary = try OtherUsers.prepared()
        let store = try Self.viewOnlyStore()
        defer { Self.remove(store) }
        let before = try Self.fingerprint(store)
        let flagged = try OtherUsers.run([binary, "alerts", "ack", "data.stale", "--read-only", "--store", store])
        #expect(flagged.status == 3)
        #expect(flagged.stderr.contains("不能确认预警：数据库 \(store) 以只读方式打开（按 --read-only"), "\(flagged.stderr)")
        let variable = try OtherUsers.run(
            [binary, "imports", "undo", "--last", "--store", store], environment: ["XUEXI_DASH_READ_ONLY": "1"])
        #expect(variable.status == 3)
        #expect(variable.stderr.contains("不能撤销导入"), "\(variable.stderr)")
        let reading = try OtherUsers.run([binary, "orgs", "--read-only", "--store", store])
        #expect(reading.status == 0)
        let info = try OtherUsers.run([binary, "info", "--read-only", "--store", store])
        #expect(info.stdout.contains("只读（按 --read-only"), "\(info.stdout)")
        #expect(try Self.fingerprint(store) == before, "the store changed")
    }

    /// The dashboard as `nobody` in tmux: the header says 只读 and that live refresh is off,
    /// the org table has its figures, and the acknowledge key says why it is unavailable.
    @Test func theDashboardShowsReadOnlyAndRefusesAcknowledging() throws {
        let store = try Self.viewOnlyStore()
        defer { Self.remove(store) }
        let binary = try OtherUsers.prepared()
        let orgs = try OtherUsers.run([binary, "orgs", "--format", "csv", "--store", store])
        // The root's name and registration rate, as `orgs` computes them, must be on one screen row.
        let rows = orgs.stdout.split(whereSeparator: \.isNewline).map { $0.split(separator: ",").map(String.init) }
        let root = try #require(rows.dropFirst().first)
        let (name, rate) = (root[1], root[root.count - 1])
        let tmux = try TmuxHarness(columns: 120, rows: 40)
        defer { tmux.close() }
        let command = try OtherUsers.commandLine(as: OtherUsers.viewer, ["dashboard", "--store", store])
        tmux.run(command.map(TmuxHarness.shellQuoted).joined(separator: " "))
        #expect(tmux.waitForText("只读 · 不自动刷新"), "header: \(tmux.capture().first ?? "")")
        let shown = tmux.waitUntil { screen in screen.contains { $0.contains(name) && $0.contains(rate) } }
        #expect(shown, "no row with \(name) and \(rate): \(tmux.capture().joined(separator: "\n"))")
        tmux.sendKeys("Tab", "Tab", "a")
        #expect(tmux.waitForText("不能确认预警：数据库以只读方式打开"), "\(tmux.capture().joined(separator: "\n"))")
        tmux.sendKeys("q")
        #expect(tmux.waitForPrompt())
        #expect(tmux.lastExitStatus() == 0)
    }

    /// While the owner has the store open (its `-wal` and `-shm` exist and are readable), a
    /// viewer who cannot write the folder shares them read-only: the header says 只读 without
    /// "no live refresh", and the owner's acknowledgement shows on the viewer's screen.
    @Test func aViewerSeesTheOwnersChangesLiveWhileTheOwnerHasTheStoreOpen() throws {
        let store = try Self.viewOnlyStore()
        defer { Self.remove(store) }
        let binary = try OtherUsers.prepared()
        let inbox = try OtherUsers.worldReadableFolder(named: "inbox")
        defer { try? FileManager.default.removeItem(atPath: inbox) }
        // Through runuser, which resets the signal mask the test runner's threads block (SIGTERM).
        let watch = try OtherUsers.start(try OtherUsers.commandLine(as: "root", ["watch", inbox, "--store", store]))
        defer {
            watch.terminate()
            watch.waitUntilExit()
        }
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: store + "-shm") && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(FileManager.default.fileExists(atPath: store + "-shm"), "the owner's watch did not open the store")
        let info = try OtherUsers.dash(as: OtherUsers.viewer, ["info", "--store", store])
        #expect(info.stdout.contains("只读（") && !info.stdout.contains("不自动刷新"), "\(info.stdout)")

        let tmux = try TmuxHarness(columns: 120, rows: 40)
        defer { tmux.close() }
        let command = try OtherUsers.commandLine(as: OtherUsers.viewer, ["dashboard", "--store", store])
        tmux.run(command.map(TmuxHarness.shellQuoted).joined(separator: " "))
        #expect(tmux.waitForText("● 实时 · 只读"), "header: \(tmux.capture().first ?? "")")
        tmux.sendKeys("Tab", "Tab", "Space")
        #expect(tmux.waitForText("a 确认"))
        #expect(tmux.waitUntil { screen in screen.contains { $0.contains("▸") } }, "no alert group on screen")
        #expect(!tmux.capture().contains { $0.contains("已确认") }, "an alert was acknowledged before the test")
        let listed = try OtherUsers.run([binary, "alerts", "list", "--store", store, "--format", "json"])
        let groups = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let id = try #require((groups.first?["alerts"] as? [[String: Any]])?.first?["id"] as? String)
        let acknowledged = try OtherUsers.run([binary, "alerts", "ack", id, "--store", store])
        #expect(acknowledged.status == 0, "\(acknowledged.stderr)")
        let started = Date()
        let shown = tmux.waitUntil(timeout: 20) { screen in screen.contains { $0.contains("已确认") } }
        #expect(shown, "the owner's acknowledgement did not show on the viewer's screen")
        print(
            "read-only viewer: the owner's acknowledgement was on screen \(Date().timeIntervalSince(started)) s later")
        tmux.sendKeys("q")
        #expect(tmux.waitForPrompt())
    }
}
