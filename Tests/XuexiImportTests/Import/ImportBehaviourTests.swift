import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiImport
@testable import XuexiModel
@testable import XuexiStore

@Suite("Import behaviour")
struct ImportBehaviourTests {
    func dayFigures(_ fixture: ImportFixture, _ org: String, _ day: String) throws -> DailyFigures? {
        try Metrics(store: fixture.store).dailyFigures(orgCode: org, day: Day(iso: day)!)
    }

    @Test func sameFileTwiceChangesNothing() throws {
        let fixture = try ImportFixture()
        try fixture.seed()
        let path = try fixture.write(
            "2026-11-03.csv", ImportFixture.pointsHeader + "2026-11-03,L1,10,100\n2026-11-03,L2,0,50\n")
        try fixture.run([path])
        let before = try fixture.fingerprint()
        let second = try fixture.run([path])
        #expect(second.files.first?.duplicateOf != nil)
        #expect(try fixture.fingerprint() == before)
    }

    @Test func correctedDayReplacesTheDay() throws {
        let fixture = try ImportFixture()
        try fixture.seed()
        try fixture.run([
            try fixture.write(
                "2026-11-03.csv", ImportFixture.pointsHeader + "2026-11-03,L1,10,100\n2026-11-03,L2,5,50\n")
        ])
        try fixture.run([try fixture.write("fixed/2026-11-03.csv", ImportFixture.pointsHeader + "2026-11-03,L1,0,90\n")]
        )
        let rows = try fixture.store.storedPoints(on: Day(iso: "2026-11-03")!)
        #expect(rows.count == 1)
        let figures = try #require(try dayFigures(fixture, "B1", "2026-11-03"))
        #expect(figures.active == 0)
        #expect(figures.registered == 2)
    }

    @Test func dayPointsDerivedFromTotalsWhenTheColumnIsMissing() throws {
        let fixture = try ImportFixture()
        try fixture.seed()
        try fixture.run([try fixture.write("2026-11-03.csv", "日期,学员编号,总积分\n2026-11-03,L1,100\n2026-11-03,L2,50\n")])
        try fixture.run([try fixture.write("2026-11-04.csv", "学员编号,总积分\nL1,130\nL2,50\n")])
        let rows = try fixture.store.storedPoints(on: Day(iso: "2026-11-04")!)
        #expect(rows.map(\.dayPoints) == [30, 0])
        let figures = try #require(try dayFigures(fixture, "B1", "2026-11-04"))
        #expect(figures.active == 1)
        #expect(figures.points == 30)
    }

    @Test func anomaliesImportAndAreRecorded() throws {
        let fixture = try ImportFixture()
        try fixture.seed()
        try fixture.run([
            try fixture.write(
                "2026-11-03.csv", ImportFixture.pointsHeader + "2026-11-03,L1,10,100\n2026-11-03,L2,5,50\n")
        ])
        let summary = try fixture.run([
            try fixture.write(
                "2026-11-04.csv", ImportFixture.pointsHeader + "2026-11-04,L1,70,170\n2026-11-04,L2,5,40\n")
        ])
        #expect(summary.files.first?.anomalies == 2)
        let kinds = try fixture.store.anomalyKinds()
        #expect(kinds == ["over_daily_maximum", "total_decreased"])
    }

    @Test func registrationAndActivityFollowSpecDefinitions() throws {
        let fixture = try ImportFixture()
        try fixture.seed()
        // L4 registers on 2026-11-02: not registered on 11-01.
        try fixture.run([
            try fixture.write(
                "2026-11-01.csv", ImportFixture.pointsHeader + "2026-11-01,L1,10,100\n2026-11-01,L3,0,20\n")
        ])
        let early = try #require(try dayFigures(fixture, "R", "2026-11-01"))
        #expect(early.registered == 3)
        #expect(early.active == 1)
        #expect(early.activityRate == 1.0 / 3.0)
        #expect(early.partyRegistered == 2)
        let b2 = try #require(try dayFigures(fixture, "B2", "2026-11-01"))
        #expect(b2.registered == 1)
        #expect(b2.registrationRate(expected: 2) == 0.5)
    }

    @Test func rosterMovesKeepPastDaysWhereTheLearnerWas() throws {
        let fixture = try ImportFixture()
        try fixture.seed()
        try fixture.run([try fixture.write("2026-11-03.csv", ImportFixture.pointsHeader + "2026-11-03,L2,10,100\n")])
        // L2 moves to B2 from 2026-11-05.
        try fixture.run([
            try fixture.write("moved.csv", ImportFixture.learnersHeader + "L2,李娜,B2,群众,13800002222,L1,2024-01-01\n")
        ]) {
            $0.date = Day(iso: "2026-11-05")
        }
        try fixture.run([try fixture.write("2026-11-06.csv", ImportFixture.pointsHeader + "2026-11-06,L2,10,110\n")])
        #expect(try dayFigures(fixture, "B1", "2026-11-03")?.active == 1)
        #expect(try dayFigures(fixture, "B2", "2026-11-03")?.active == 0)
        #expect(try dayFigures(fixture, "B2", "2026-11-06")?.active == 1)
        #expect(try dayFigures(fixture, "B1", "2026-11-06")?.registered == 1)
    }

    @Test func weekAndMonthRunningSumsSurviveOutOfOrderImports() throws {
        let fixture = try ImportFixture()
        try fixture.seed()
        // 2026-11-02 is a Monday.
        try fixture.run([try fixture.write("2026-11-04.csv", ImportFixture.pointsHeader + "2026-11-04,L1,4,104\n")])
        try fixture.run([try fixture.write("2026-11-02.csv", ImportFixture.pointsHeader + "2026-11-02,L1,2,100\n")])
        try fixture.run([try fixture.write("2026-11-03.csv", ImportFixture.pointsHeader + "2026-11-03,L1,3,103\n")])
        let metrics = Metrics(store: fixture.store)
        let week = try metrics.leaderboard(.week, day: Day(iso: "2026-11-04")!, limit: 1)
        #expect(week.first?.points == 9)
        let month = try metrics.leaderboard(.month, day: Day(iso: "2026-11-04")!, limit: 1)
        #expect(month.first?.points == 9)
    }

    @Test func itemBreakdownIsKept() throws {
        let fixture = try ImportFixture()
        try fixture.seed()
        try fixture.run([
            try fixture.write(
                "2026-11-03.csv", "日期,学员编号,当日积分,总积分,阅读文章,视听学习\n2026-11-03,L1,12,100,6,6\n2026-11-03,L2,5,50,5,\n")
        ])
        let items = try Metrics(store: fixture.store).itemBreakdown(orgCode: "R", day: Day(iso: "2026-11-03")!)
        #expect(items.map(\.item) == ["阅读文章", "视听学习"])
        #expect(items.map(\.points) == [11, 6])
    }

    @Test func storeFileIsOwnerOnly() throws {
        let fixture = try ImportFixture(fileStore: true)
        let attributes = try FileManager.default.attributesOfItem(atPath: fixture.store.path!)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func twoImportsAtOnceBothCommitAndTheStoreStaysConsistent() throws {
        let fixture = try ImportFixture(fileStore: true)
        try fixture.seed()
        let path = fixture.store.path!
        let first = try fixture.write("2026-11-03.csv", ImportFixture.pointsHeader + "2026-11-03,L1,10,100\n")
        let second = try fixture.write("2026-11-04.csv", ImportFixture.pointsHeader + "2026-11-04,L1,10,110\n")
        // Two separate connections, as two processes would have; the second waits for the writer lock.
        let results = UnsafeResults()
        let options = fixture.options()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            do {
                let store = try XuexiStore.open(path: path)
                _ = try Importer(store: store, options: options).run(paths: [index == 0 ? first : second])
                results.add(nil)
            } catch {
                results.add("\(error)")
            }
        }
        #expect(results.errors.isEmpty)
        let days = try fixture.store.daysWithFigures()
        #expect(days.count == 2)
        let check = try fixture.store.integrityCheck()
        #expect(check == "ok")
    }
}

final class UnsafeResults: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var errors: [String] = []
    func add(_ error: String?) {
        lock.lock()
        if let error { errors.append(error) }
        lock.unlock()
    }
}
