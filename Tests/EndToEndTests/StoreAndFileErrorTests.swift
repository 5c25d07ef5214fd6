import Foundation
import Testing
import XuexiStore

/// Issue #13 item 8 from the command line: a database or file that cannot be used is said in
/// the UI language (here Chinese), with what happened, that nothing was changed and what to
/// do; no SQLite or Foundation English, and the store is left exactly as it was.
@Suite(
    "Store and file errors in the UI language",
    .enabled(if: TmuxHarness.executable(named: "xuexi-dash") != nil, "build xuexi-dash first"))
struct StoreAndFileErrorTests {
    typealias CLI = CommandLineExitCodeTests
    static let chinese = ["XUEXI_DASH_LANG": "zh"]
    static let day = CLI.samples + "/daily/2026-11-11.csv"

    /// A store with the org tree, the roster and one day.
    static func store() throws -> String {
        let store = try CLI.temporaryStore()
        let run = try CLI.run([
            "import", CLI.samples + "/orgs.csv", CLI.samples + "/learners-gb18030.csv",
            CLI.samples + "/daily/2026-11-10.csv", "--store", store,
        ])
        #expect(run.status == 0, "\(run.errors)")
        return store
    }

    /// What the store holds, as a user lists it.
    static func contents(_ store: String) throws -> String {
        let imports = try CLI.run(["imports", "--format", "json", "--store", store])
        let orgs = try CLI.run(["orgs", "--format", "csv", "--store", store])
        #expect(imports.status == 0 && orgs.status == 0, "\(imports.errors)\(orgs.errors)")
        return imports.output + orgs.output
    }

    /// No English from SQLite or Foundation in a Chinese message.
    static func expectNoLeftovers(_ text: String) {
        for leftover in ["SQLite error", "operation could not be completed", "No such file", "Error:", "database"] {
            #expect(!text.contains(leftover), "\(leftover) in \(text)")
        }
    }

    @Test("A text file named store.sqlite is not a store: exit 3, said in Chinese, the file untouched")
    func foreignFile() throws {
        let store = try CLI.temporaryStore()
        let bytes = Data("这不是数据库\n".utf8)
        _ = FileManager.default.createFile(atPath: store, contents: bytes)
        for arguments in [["import", Self.day], ["orgs"]] {
            let run = try CLI.run(arguments + ["--store", store], environment: Self.chinese)
            #expect(run.status == 3)
            #expect(run.errors.contains("不是本程序的数据库"), "\(run.errors)")
            #expect(run.errors.contains("未作任何改动"))
            #expect(run.errors.contains("--store"), "says what to do")
            Self.expectNoLeftovers(run.errors)
        }
        #expect(FileManager.default.contents(atPath: store) == bytes)
    }

    @Test("Another process holds the write lock: exit 3, said in Chinese, the store unchanged")
    func busyStore() throws {
        let path = try Self.store()
        let before = try Self.contents(path)
        // This test process holds the store's write transaction while the command imports.
        let holder = try XuexiStore.open(path: path)
        let run = try holder.importTransaction(dryRun: true, phases: PhaseTimes()) { _ in
            try CLI.run(
                ["import", Self.day, "--store", path],
                environment: Self.chinese.merging(["XUEXI_DASH_BUSY_TIMEOUT": "0.2"]) { $1 })
        }
        #expect(run.status == 3)
        #expect(run.errors.contains("正被另一个程序"), "\(run.errors)")
        #expect(run.errors.contains("未作任何改动"))
        #expect(run.errors.contains("重试"), "says what to do")
        Self.expectNoLeftovers(run.errors)
        #expect(try Self.contents(path) == before)
    }

    @Test("A missing input file, and a folder with nothing to import: exit 1, named, the store unchanged")
    func missingInput() throws {
        let path = try Self.store()
        let before = try Self.contents(path)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("2026-11-12.csv").path

        let run = try CLI.run(["import", missing, "--store", path], environment: Self.chinese)
        #expect(run.status == 1)
        #expect(run.errors.contains(missing), "\(run.errors)")
        #expect(run.errors.contains("文件或文件夹不存在"))
        #expect(run.errors.contains("数据库未作任何改动"))
        Self.expectNoLeftovers(run.errors)

        let empty = try CLI.run(["import", folder.path, "--store", path], environment: Self.chinese)
        #expect(empty.status == 1)
        #expect(empty.errors.contains(folder.path), "\(empty.errors)")
        #expect(empty.errors.contains("此文件夹中一个也没有"))
        #expect(try Self.contents(path) == before)
    }

    @Test("The dashboard without a terminal says so in Chinese and points at snapshot")
    func noTerminal() throws {
        let path = try Self.store()
        let run = try CLI.run(["dashboard", "--store", path], environment: Self.chinese)
        #expect(run.status == 1)
        #expect(run.errors.contains("看板需要在终端中运行"), "\(run.errors)")
        #expect(run.errors.contains("xuexi-dash snapshot"))
        #expect(!run.errors.contains("must be a terminal"))
    }

    @Test("A folder where a file belongs (the store, a report's output): named, with the cause in Chinese")
    func folderForFile() throws {
        let path = try Self.store()
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("a-folder").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

        let store = try CLI.run(["orgs", "--store", folder], environment: Self.chinese)
        #expect(store.status == 3)
        #expect(store.errors.contains("这是一个文件夹，不是文件"), "\(store.errors)")

        let report = try CLI.run(
            ["report", "daily", "--date", "2026-11-10", "--output", folder, "--store", path], environment: Self.chinese)
        #expect(report.status == 1)
        #expect(report.errors.contains("无法写入 \(folder)：这是一个文件夹，不是文件"), "\(report.errors)")
        Self.expectNoLeftovers(report.errors)

        let nowhere = folder + "/no/such/report.md"
        let missing = try CLI.run(
            ["report", "daily", "--date", "2026-11-10", "--output", nowhere, "--store", path], environment: Self.chinese
        )
        #expect(missing.status == 1)
        #expect(missing.errors.contains("无法写入 \(nowhere)：文件或文件夹不存在"), "\(missing.errors)")
    }
}
