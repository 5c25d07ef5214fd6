import Foundation
import GRDB
import Testing

@testable import XuexiModel
@testable import XuexiStore

#if canImport(Glibc)
    import Glibc
#endif

/// Read-only opening and sharing at the store level. (File modes are tested as another Unix
/// user in EndToEndTests, since root, who runs these, passes every permission check.)
@Suite("Store: read-only and shared stores")
struct ReadOnlyStoreTests {
    static func storeFile() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-ro-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("store.sqlite").path
        let store = try XuexiStore.open(path: path)
        try store.setDemoSignature("built before")
        return path
    }

    @Test func aRequestedReadOnlyStoreReadsButRefusesWrites() throws {
        let path = try Self.storeFile()
        let store = try XuexiStore.openExisting(path: path, readOnly: true)
        #expect(store.access == .readOnly(.requested, liveRefresh: true))
        #expect(try store.demoSignature() == "built before")
        #expect(throws: (any Error).self) { try store.setDemoSignature("changed") }
        do {
            try store.setDemoSignature("changed")
        } catch {
            #expect(StoreFailureKind.of(error) == .readOnly)
        }
        #expect(try XuexiStore.openExisting(path: path).demoSignature() == "built before")
        #expect(try XuexiStore.openExisting(path: path).access == .readWrite)
    }

    @Test func anImmutableOpenReadsTheCheckpointedFile() throws {
        let path = try Self.storeFile()
        let store = try XuexiStore.openReadOnly(path: path, reason: .folderNotWritable, liveRefresh: false)
        #expect(store.access == .readOnly(.folderNotWritable, liveRefresh: false))
        #expect(!store.access.liveRefresh)
        #expect(try store.demoSignature() == "built before")
    }

    @Test func theImmutableURIEscapesWhatSQLiteWouldReadAsItsQuery() {
        #expect(
            XuexiStore.immutableURI("/srv/a b/x?y#z%.sqlite")
                == "file:/srv/a%20b/x%3Fy%23z%25.sqlite?mode=ro&immutable=1")
        #expect(XuexiStore.immutableURI("/srv/学习/x.sqlite").hasPrefix("file:/srv/%E5%AD%A6"))
    }

    @Test func aStoreOfAnOlderSchemaCannotBeOpenedReadOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-ro-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("old.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try StoreSchema.migrator().migrate(queue, upTo: "v1-core")
        }
        #expect(throws: StoreNeedsUpgrade(path: path)) { try XuexiStore.openExisting(path: path, readOnly: true) }
    }

    @Test func sharingReportsFoldersTheGroupCannotEnter() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-share-\(UUID().uuidString)")
        let closed = base.appendingPathComponent("home")
        let folder = closed.appendingPathComponent("office")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(chmod(base.path, 0o755) == 0)
        #expect(chmod(closed.path, 0o700) == 0)
        let unreachable = XuexiStore.unreachableFolders(above: folder.path, groupID: 4_000_000)
        #expect(unreachable.contains(closed.path))
        #expect(!unreachable.contains(base.path))
    }
}
