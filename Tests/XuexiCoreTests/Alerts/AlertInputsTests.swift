import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiModel
@testable import XuexiStore

/// What the alert rules read through faster paths must be what the slower paths found: the
/// idle learners read through the partial index `points_idle` equal those of a full scan of
/// the day (and the SPEC §4 streaks), after imports, after an undo and after a changed
/// activity threshold re-derived the stored days; the units' figures read without clubs equal
/// the org table's.
@Suite("Alert inputs equal the general queries")
struct AlertInputsTests {
    /// `inactiveLearners(minimumDays: 1)` scans the day's every row (the index holds streaks of
    /// 3 and more only), so filtering it is the old query's answer for any minimum.
    func expectIndexedEqualsScan(_ metrics: Metrics, days: [Day], _ context: String) throws {
        var throughIndex = 0
        defer { #expect(throughIndex > 0, "no streak of 3 days or more \(context)") }
        for day in days {
            let scanned = try metrics.inactiveLearners(day: day, minimumDays: 1)
            for minimum in 2...6 {
                let indexed = try metrics.inactiveLearners(day: day, minimumDays: minimum)
                #expect(indexed == scanned.filter { $0.inactiveDays >= minimum }, "\(context) \(day) ≥\(minimum)")
                if minimum == 3 { throughIndex += indexed.count }
            }
        }
    }

    /// Every evaluated unit's registered, active, activity and registration rate equal the org table's.
    func expectUnitFiguresEqualOrgTable(_ metrics: Metrics, configuration: AppConfiguration, days: [Day]) throws {
        let engine = AlertEngine(store: metrics.store, configuration: configuration, metrics: metrics)
        let snapshot = try metrics.snapshot()
        for day in days {
            let (_, evaluated) = try engine.unitConditions(day: day, snapshot: snapshot)
            let table = try metrics.orgTable(period: .day(day))
            let expected = table.rows.filter { $0.registered >= 1 }
            #expect(evaluated.count == expected.count, "\(day)")
            for row in expected {
                let index = try #require(snapshot.tree.index(ofCode: row.code))
                let figures = try #require(evaluated[index], "\(row.code) \(day)")
                #expect(figures.registered == row.registered, "\(row.code) \(day)")
                #expect(figures.rate == row.activityRate, "\(row.code) \(day)")
                #expect(figures.active == Int((row.active ?? 0).rounded()), "\(row.code) \(day)")
                #expect(figures.referenceMean == row.registrationRate, "\(row.code) \(day)")
            }
        }
    }

    /// Learners listed as inactive for 3 days or more are those of the SPEC §4 streaks.
    func expectReferenceStreaks(_ metrics: Metrics, _ world: MetricsReferenceTests.World, threshold: Int) throws {
        let streaks = RebuildReferenceTests.streaks(world, threshold: threshold)
        for day in world.points.keys.sorted() {
            var expected: [String: Int] = [:]
            for learner in world.learners where learner.registered <= day {
                if let streak = streaks[day]?[learner.code], streak >= 3 { expected[learner.code] = streak }
            }
            let listed = try metrics.inactiveLearners(day: day, minimumDays: 3)
            #expect(
                Dictionary(uniqueKeysWithValues: listed.map { ($0.learnerId, $0.inactiveDays) }) == expected, "\(day)")
        }
    }

    @Test(arguments: MetricsReferenceTests.shapes)
    func idleLearnersThroughTheIndexEqualTheScanAndTheReference(shape: MetricsReferenceTests.Shape) throws {
        let (fixture, world, _) = try MetricsReferenceTests().build(shape)
        let metrics = Metrics(store: fixture.store)
        let days = world.points.keys.sorted()
        try expectIndexedEqualsScan(metrics, days: days, "imported")
        try expectReferenceStreaks(metrics, world, threshold: AppConfiguration().activityThreshold)

        // Undo the last day's import: the day goes, the index with it.
        let last = try #require(try fixture.store.latestImportId())
        _ = try fixture.store.undoImport(last, cascade: false, parameters: AppConfiguration().aggregateParameters)
        let remaining = try metrics.snapshot().dataDays
        #expect(remaining == Array(days.dropLast()))
        try expectIndexedEqualsScan(metrics, days: remaining, "after undo")

        // A higher activity threshold re-derives every stored streak.
        var parameters = AppConfiguration().aggregateParameters
        parameters.activityThreshold = 30
        #expect(try fixture.store.rebuild(parameters: parameters) == remaining.count)
        var configuration = AppConfiguration()
        configuration.activityThreshold = 30
        let rebuilt = Metrics(store: fixture.store, configuration: configuration)
        try expectIndexedEqualsScan(rebuilt, days: remaining, "after rebuild")
        var trimmed = world
        trimmed.points[days.last!] = nil
        try expectReferenceStreaks(rebuilt, trimmed, threshold: 30)
    }

    @Test(arguments: [RegistrationBase.expected, .party])
    func unitFiguresEqualTheOrgTable(base: RegistrationBase) throws {
        let (fixture, world, _) = try MetricsReferenceTests().build(MetricsReferenceTests.shapes[1])
        var configuration = AppConfiguration()
        configuration.registrationBase = base
        let metrics = Metrics(store: fixture.store, configuration: configuration)
        try expectUnitFiguresEqualOrgTable(metrics, configuration: configuration, days: world.points.keys.sorted())
    }

    /// Drops against the 7 earlier days with data, computed the plain way (each day's stored
    /// figures, Figures.mean), are exactly the drops the rule raises, with the same mean.
    @Test func dropsEqualThePlainComputation() throws {
        let (fixture, world, _) = try MetricsReferenceTests().build(MetricsReferenceTests.shapes[2])
        var configuration = AppConfiguration()
        configuration.dropPoints = 0.05
        configuration.alertMinimumShortfall = 1
        let metrics = Metrics(store: fixture.store, configuration: configuration)
        let engine = AlertEngine(store: fixture.store, configuration: configuration, metrics: metrics)
        let snapshot = try metrics.snapshot()
        let days = world.points.keys.sorted()
        var drops = 0
        for (position, day) in days.enumerated() where position >= 7 {
            let (units, _) = try engine.unitConditions(day: day, snapshot: snapshot)
            let raised = Dictionary(
                uniqueKeysWithValues: units.filter { $0.rule == .activityDrop }.map { ($0.index, $0.figures) })
            for (index, org) in snapshot.tree.orgs.enumerated() {
                guard let today = try metrics.dailyFigures(orgCode: org.code, day: day), today.registered >= 1,
                    let rate = today.activityRate
                else { continue }
                let rates = try days[(position - 7)..<position].map {
                    try metrics.dailyFigures(orgCode: org.code, day: $0)?.activityRate
                }
                var expected: Double?
                if rates.allSatisfy({ $0 != nil }), let mean = Figures.mean(rates),
                    mean - rate >= configuration.dropPoints - AlertEngine.tolerance,
                    Int(((mean - rate) * Double(today.registered) + AlertEngine.tolerance).rounded(.down)) >= 1
                {
                    expected = mean
                }
                #expect(raised[index]?.referenceMean == expected, "\(org.code) \(day)")
                if expected != nil { drops += 1 }
            }
        }
        #expect(drops > 0)
    }
}
