import Foundation
import Testing
import XuexiStore

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 16 item 2: one office server, many SSH users. The owner shares a store with a Unix
/// group (`store share --group`); member A imports, member B acknowledges while A still
/// has the store open (so B writes the `-shm` A created, under a strict umask), and the
/// store records each under their own login name; a user outside the group cannot read it.
@Suite(.serialized)
struct SharedStoreEndToEndTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples/village")

    static func mode(_ path: String) -> (mode: mode_t, owner: uid_t, group: gid_t)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (info.st_mode & 0o7777, info.st_uid, info.st_gid)
    }

    @Test func twoMembersOfTheGroupImportAndAcknowledgeUnderTheirOwnNames() throws {
        let binary = try OtherUsers.prepared()
        let groupID = try #require(OtherUsers.groupID(OtherUsers.group))
        let base = try OtherUsers.worldReadableFolder(named: "share")
        defer { try? FileManager.default.removeItem(atPath: base) }
        let folder = base + "/office"
        let store = folder + "/xuexi.sqlite"
        #expect(try OtherUsers.run([binary, "init", "--store", store]).status == 0)
        #expect(Self.mode(store)?.mode == 0o600, "a new store is its owner's alone")

        let shared = try OtherUsers.run([binary, "store", "share", "--group", OtherUsers.group, "--store", store])
        #expect(shared.status == 0, "store share: \(shared.stderr)")
        #expect(shared.stdout.contains("已与用户组 \(OtherUsers.group) 共享"), "\(shared.stdout)")
        #expect(shared.stdout.contains("drwxrws---  \(folder)"), "\(shared.stdout)")
        #expect(Self.mode(folder).map { ($0.mode, $0.group) } ?? (0, 0) == (0o2770, groupID))
        #expect(Self.mode(store).map { ($0.mode, $0.group) } ?? (0, 0) == (0o660, groupID))

        // Member A imports the sample village (a strict umask changes nothing).
        let files =
            ["orgs.csv", "learners-gb18030.csv", "daily/2026-11-18.csv", "daily/2026-11-19.csv"].map {
                Self.samples.appendingPathComponent($0).path
            }
        let inbox = base + "/inbox"
        try FileManager.default.createDirectory(
            atPath: inbox, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        var copies: [String] = []
        for file in files {
            let copy = inbox + "/" + (file as NSString).lastPathComponent
            try FileManager.default.copyItem(atPath: file, toPath: copy)
            #expect(chmod(copy, 0o644) == 0)
            copies.append(copy)
        }
        // $USER is anyone's to set: the record takes the login name of the process's user.
        let imported = try OtherUsers.dash(
            as: OtherUsers.memberA, ["import"] + copies + ["--store", store], umask: "077",
            environment: ["USER": "impostor", "LOGNAME": "impostor"])
        #expect(imported.status == 0, "import as \(OtherUsers.memberA): \(imported.stderr)")

        // A keeps the store open (watch on an empty folder) and so owns its -wal and -shm.
        let empty = try OtherUsers.worldReadableFolder(named: "empty")
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let watch = try OtherUsers.start(
            try OtherUsers.commandLine(as: OtherUsers.memberA, ["watch", empty, "--store", store], umask: "077"))
        defer {
            watch.terminate()
            watch.waitUntilExit()
        }
        let memberA = try #require(OtherUsers.userID(OtherUsers.memberA))
        let deadline = Date().addingTimeInterval(60)
        while Self.mode(store + "-shm")?.owner != memberA && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        let shm = try #require(Self.mode(store + "-shm"), "A's watch did not open the store")
        #expect(shm.owner == memberA)
        #expect(shm.mode == 0o660, "SQLite gives -shm the database's mode whatever the umask")
        #expect(shm.group == groupID, "the setgid folder gives -shm the group")

        // Member B acknowledges an alert while A's -shm is in use.
        let listed = try OtherUsers.dash(
            as: OtherUsers.memberB, ["alerts", "list", "--expand", "--format", "json", "--store", store])
        #expect(listed.status == 0, "alerts as \(OtherUsers.memberB): \(listed.stderr)")
        let alerts = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let id = try #require(alerts.compactMap { $0["alertId"] as? String }.first)
        let acknowledged = try OtherUsers.dash(
            as: OtherUsers.memberB, ["alerts", "ack", id, "--note", "已电话联系", "--store", store], umask: "077",
            environment: ["USER": "impostor"])
        #expect(acknowledged.status == 0, "ack as \(OtherUsers.memberB): \(acknowledged.stderr)")

        let check = try XuexiStore.openExisting(path: store, readOnly: true)
        let users = Set(try check.importRecords().map(\.user))
        #expect(users == [OtherUsers.memberA])
        #expect(try check.alertRecord(id: id)?.acknowledgedBy == OtherUsers.memberB)

        // Someone outside the group cannot even read it.
        let outsider = try OtherUsers.dash(as: OtherUsers.viewer, ["orgs", "--store", store])
        #expect(outsider.status == 3, "nobody read a store shared with \(OtherUsers.group)")
        #expect(outsider.stderr.contains("你没有读取数据库 \(store) 的权限"), "\(outsider.stderr)")
    }

    @Test func anUnknownGroupIsAUsageError() throws {
        let binary = try OtherUsers.prepared()
        let folder = try OtherUsers.worldReadableFolder(named: "nogroup")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/xuexi.sqlite"
        #expect(try OtherUsers.run([binary, "init", "--store", store]).status == 0)
        let result = try OtherUsers.run(
            [binary, "store", "share", "--group", "no-such-group-xuexi", "--store", store, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("There is no group named no-such-group-xuexi"), "\(result.stderr)")
        #expect(Self.mode(store)?.mode == 0o600, "the store was changed")
    }
}
