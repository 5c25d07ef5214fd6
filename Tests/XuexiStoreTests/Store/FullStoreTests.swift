import Foundation
import GRDB
import Testing
import XuexiImport
import XuexiModel
import XuexiTestSupport

@testable import XuexiStore

/// A store that cannot grow (a full disk) refuses the import as a whole: the failure is told
/// apart as "disk full" for the message, and nothing of the import is kept.
@Suite struct FullStoreTests {
    @Test func aFullStoreRefusesTheImportAndKeepsEverything() throws {
        let fixture = try ImportFixture(fileStore: true)
        try fixture.seed()
        let before = try fixture.fingerprint()
        // SQLite's page limit stands in for a full disk: the same SQLITE_FULL, "database or
        // disk is full", at the same place (a page the import needs cannot be had).
        try fixture.store.writer.writeWithoutTransaction { db in
            // No free pages left to reuse: every page the import needs must be new.
            try db.execute(sql: "VACUUM")
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        // Sixty days of the four learners: more than fits in the pages the store has.
        let rows = (0..<60).flatMap { offset in
            (1...4).map { "\(Day(iso: "2026-09-01")!.adding(offset).iso),L\($0),\(10 + $0),\(100 * offset + $0)" }
        }
        let day = try fixture.write("points.csv", ImportFixture.pointsHeader + rows.joined(separator: "\n") + "\n")
        do {
            try fixture.run([day])
            Issue.record("the import fitted in a store that cannot grow")
        } catch {
            #expect(StoreFailureKind.of(error) == .diskFull, "\(error)")
        }
        #expect(try fixture.fingerprint() == before)
    }
}
