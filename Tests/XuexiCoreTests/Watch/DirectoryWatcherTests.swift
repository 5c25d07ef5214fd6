import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiImport
@testable import XuexiModel
@testable import XuexiStore

/// `watch DIR`: complete files only, each new or changed file once, bad files moved aside.
@Suite struct DirectoryWatcherTests {
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-watch-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }

        @discardableResult
        func write(_ name: String, _ text: String) throws -> String {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
            return file.path
        }
    }

    static let start = Date(timeIntervalSince1970: 1_795_138_200)

    func watcher(_ folder: Folder, store: XuexiStore) -> DirectoryWatcher {
        var options = ImportOptions()
        options.user = "watch-test"
        options.language = .en
        return DirectoryWatcher(directory: folder.url, store: store, options: options, settleSeconds: 2)
    }

    func importedFiles(_ events: [WatchEvent]) -> [String] {
        events.compactMap {
            if case .imported(let file, _) = $0 { return (file as NSString).lastPathComponent } else { return nil }
        }
    }

    @Test func importsOnlyOnceAFileHasStoppedChanging() throws {
        let folder = try Folder()
        let store = try XuexiStore.inMemory()
        let watcher = watcher(folder, store: store)
        try folder.write("orgs.csv", DashboardFixture.orgs)
        #expect(watcher.scan(now: Self.start).isEmpty)
        #expect(watcher.scan(now: Self.start.addingTimeInterval(1)).isEmpty)
        let events = watcher.scan(now: Self.start.addingTimeInterval(2.5))
        #expect(importedFiles(events) == ["orgs.csv"])
        // Handled once: later looks do nothing until the file changes.
        #expect(watcher.scan(now: Self.start.addingTimeInterval(10)).isEmpty)
    }

    @Test func partialDownloadsAndHiddenFilesAreIgnored() {
        #expect(!DirectoryWatcher.looksLikeExport("2026-11-20.csv.part"))
        #expect(!DirectoryWatcher.looksLikeExport("2026-11-20.csv.crdownload"))
        #expect(!DirectoryWatcher.looksLikeExport(".2026-11-20.csv"))
        #expect(!DirectoryWatcher.looksLikeExport("~$learners.xlsx"))
        #expect(!DirectoryWatcher.looksLikeExport("notes.txt.swp"))
        #expect(DirectoryWatcher.looksLikeExport("2026-11-20.CSV"))
        #expect(DirectoryWatcher.looksLikeExport("learners.xlsx"))
        #expect(DirectoryWatcher.looksLikeExport("report.json"))
    }

    @Test func filesThatArriveTogetherAreImportedInOrder() throws {
        let folder = try Folder()
        let store = try XuexiStore.inMemory()
        let watcher = watcher(folder, store: store)
        // Points before the roster alphabetically; the import order puts orgs and roster first.
        try folder.write("a-points-2026-11-19.csv", "日期,学员编号,当日积分,总积分\n2026-11-19,L01,30,1030\n")
        try folder.write("learners.csv", DashboardFixture.learners)
        try folder.write("orgs.csv", DashboardFixture.orgs)
        _ = watcher.scan(now: Self.start)
        let events = watcher.scan(now: Self.start.addingTimeInterval(3))
        #expect(Set(importedFiles(events)) == ["orgs.csv", "learners.csv", "a-points-2026-11-19.csv"])
        #expect(try store.latestDay() == Day(year: 2026, month: 11, day: 19))
    }

    @Test func aBadFileIsMovedAsideWithANoteAndTheRestStillImport() throws {
        let folder = try Folder()
        let store = try XuexiStore.inMemory()
        let watcher = watcher(folder, store: store)
        try folder.write("orgs.csv", DashboardFixture.orgs)
        try folder.write("broken.csv", "this is not an export\n1,2,3\n")
        _ = watcher.scan(now: Self.start)
        let events = watcher.scan(now: Self.start.addingTimeInterval(3))
        #expect(importedFiles(events) == ["orgs.csv"])
        let rejected = events.compactMap { event -> (String, String?)? in
            if case .rejected(let file, _, let movedTo) = event { return (file, movedTo) } else { return nil }
        }
        #expect(rejected.count == 1)
        let moved = try #require(rejected.first?.1)
        #expect(moved.hasSuffix("rejected/broken.csv"))
        #expect(FileManager.default.fileExists(atPath: moved))
        #expect(FileManager.default.fileExists(atPath: moved + ".error.txt"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("broken.csv").path))
        // The watcher keeps going: a later good file imports.
        try folder.write("learners.csv", DashboardFixture.learners)
        _ = watcher.scan(now: Self.start.addingTimeInterval(10))
        #expect(importedFiles(watcher.scan(now: Self.start.addingTimeInterval(13))) == ["learners.csv"])
    }

    @Test func aChangedFileIsImportedAgain() throws {
        let folder = try Folder()
        let store = try XuexiStore.inMemory()
        let watcher = watcher(folder, store: store)
        try folder.write("orgs.csv", DashboardFixture.orgs)
        try folder.write("learners.csv", DashboardFixture.learners)
        _ = watcher.scan(now: Self.start)
        _ = watcher.scan(now: Self.start.addingTimeInterval(3))
        let path = try folder.write("2026-11-19.csv", "日期,学员编号,当日积分,总积分\n2026-11-19,L01,30,1030\n")
        _ = watcher.scan(now: Self.start.addingTimeInterval(4))
        #expect(importedFiles(watcher.scan(now: Self.start.addingTimeInterval(7))) == ["2026-11-19.csv"])
        // A corrected export of the same day replaces it.
        try Data("日期,学员编号,当日积分,总积分\n2026-11-19,L01,35,1035\n".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.modificationDate: Self.start.addingTimeInterval(8)], ofItemAtPath: path)
        _ = watcher.scan(now: Self.start.addingTimeInterval(8))
        #expect(importedFiles(watcher.scan(now: Self.start.addingTimeInterval(11))) == ["2026-11-19.csv"])
        let board = try Metrics(store: store).leaderboard(.day, day: Day(year: 2026, month: 11, day: 19))
        #expect(board.first?.points == 35)
    }
}
