import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiImport
@testable import XuexiModel
@testable import XuexiStore

@Suite("Import parts")
struct ImportPartsTests {
    @Test func countCellsAcceptWholeNumbersOnly() {
        #expect(CountCell(nil) == .empty)
        #expect(CountCell("") == .empty)
        #expect(CountCell("12") == .value(12))
        #expect(CountCell("12.0") == .value(12))
        #expect(CountCell("-1") == .invalid)
        #expect(CountCell("1.5") == .invalid)
        #expect(CountCell("abc") == .invalid)
    }

    @Test func oneActivityRuleForFiguresAndIdleStreaks() throws {
        let fixture = try ImportFixture()
        try fixture.seed()
        let day = "2026-11-03"
        try fixture.run([
            try fixture.write(
                "\(day).csv",
                ImportFixture.pointsHeader + "\(day),L1,4,100\n\(day),L2,5,50\n")
        ]) {
            $0.parameters.activityThreshold = 5
        }
        let figures = try #require(try Metrics(store: fixture.store).dailyFigures(orgCode: "B1", day: Day(iso: day)!))
        #expect(figures.active == 1)
        let sums = RunningSums(capacity: 2)
        let rule = ActivityRule(threshold: 5)
        #expect(sums.next(id: 1, dayPoints: 4, sameWeek: true, sameMonth: true, rule: rule).idle == 1)
        #expect(sums.next(id: 1, dayPoints: 5, sameWeek: true, sameMonth: true, rule: rule).idle == 0)
    }

    @Test func aggregateParametersAreRecordedThenCompared() throws {
        let fixture = try ImportFixture()
        try fixture.seed()
        let stored = AggregateParameters()
        let changed = AggregateParameters(activityThreshold: 3)
        let checks = try fixture.store.importTransaction(dryRun: true, phases: PhaseTimes()) { transaction in
            [try transaction.checkAggregateParameters(stored), try transaction.checkAggregateParameters(changed)]
        }
        #expect(checks == [.matching, .differing(stored: stored.encoded)])
        let fresh = try XuexiStore.inMemory()
        let first = try fresh.importTransaction(dryRun: true, phases: PhaseTimes()) { transaction in
            try transaction.checkAggregateParameters(changed)
        }
        #expect(first == .recorded)
    }
}
