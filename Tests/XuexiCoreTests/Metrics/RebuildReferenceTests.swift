import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiModel
@testable import XuexiStore

/// Changed thresholds take effect everywhere: after each threshold changes and the store is
/// rebuilt, every stored figure, every idle streak and every over-maximum anomaly equals a
/// direct computation over the raw rows, and so does `report --format json`.
@Suite("Rebuild after changed thresholds")
struct RebuildReferenceTests {
    typealias World = MetricsReferenceTests.World

    static let variants: [(String, AggregateParameters)] = [
        ("activity_threshold", AggregateParameters(activityThreshold: 20)),
        ("clubs", AggregateParameters(clubs: [50, 150, 400])),
        ("daily_maximum", AggregateParameters(dailyMaximum: 30)),
        ("all", AggregateParameters(activityThreshold: 35, clubs: [100], dailyMaximum: 45)),
    ]

    /// Registered learners of the subtree with a row on the day and a total at or above each threshold.
    static func clubs(_ world: World, _ org: String, _ day: Day, _ thresholds: [Int]) -> [ClubCount] {
        thresholds.map { threshold in
            var club = ClubCount(threshold: threshold)
            for learner in world.learners
            where learner.registered <= day && world.isInside(world.orgOf(learner.code, on: day), org) {
                guard let total = world.points[day]?[learner.code]?.total, total >= threshold else { continue }
                club.add(all: 1, party: learner.party ? 1 : 0)
            }
            return club
        }
    }

    /// Idle streaks by the SPEC §4 rule: days with data without activity, continued only from
    /// the learner's row on the previous day with data.
    static func streaks(_ world: World, threshold: Int) -> [Day: [String: Int]] {
        var result: [Day: [String: Int]] = [:]
        var previous: [String: Int] = [:]
        for day in world.points.keys.sorted() {
            var today: [String: Int] = [:]
            for (code, row) in world.points[day]! {
                today[code] = row.day >= threshold ? 0 : (previous[code] ?? 0) + 1
            }
            result[day] = today
            previous = today
        }
        return result
    }

    @Test(arguments: variants.map(\.0))
    func everyFigureEqualsTheReferenceAfterRebuild(variant: String) throws {
        let parameters = Self.variants.first { $0.0 == variant }!.1
        let shape = MetricsReferenceTests.shapes[1]
        let (fixture, world, _) = try MetricsReferenceTests().build(shape)
        #expect(try fixture.store.aggregateParametersCheck(parameters) != .matching)
        #expect(try fixture.store.rebuild(parameters: parameters) == world.points.count)
        #expect(try fixture.store.aggregateParametersCheck(parameters) == .matching)

        var configuration = AppConfiguration()
        configuration.activityThreshold = parameters.activityThreshold
        configuration.clubs = parameters.clubs
        configuration.dailyMaximum = parameters.dailyMaximum
        let metrics = Metrics(store: fixture.store, configuration: configuration)
        let streaks = Self.streaks(world, threshold: parameters.activityThreshold)
        for day in world.points.keys.sorted() {
            for org in world.orgs {
                let figures = try #require(try metrics.dailyFigures(orgCode: org.code, day: day))
                var active = 0
                for learner in world.learners
                where learner.registered <= day && world.isInside(world.orgOf(learner.code, on: day), org.code) {
                    if (world.points[day]?[learner.code]?.day ?? 0) >= parameters.activityThreshold { active += 1 }
                }
                #expect(figures.active == active, "active \(org.code) \(day)")
                #expect(figures.registered == world.reference(org.code, day).registered)
                #expect(figures.clubs == Self.clubs(world, org.code, day, parameters.clubs), "clubs \(org.code) \(day)")
            }
            // Idle streaks of registered learners (the inactive list reads them).
            let listed = try metrics.inactiveLearners(day: day, minimumDays: 1)
            var expected: [String: Int] = [:]
            for learner in world.learners where learner.registered <= day {
                if let streak = streaks[day]?[learner.code], streak >= 1 { expected[learner.code] = streak }
            }
            #expect(Dictionary(uniqueKeysWithValues: listed.map { ($0.learnerId, $0.inactiveDays) }) == expected)
            // Over-maximum anomalies follow the new maximum.
            let over = try fixture.store.anomalies(on: day).filter { $0.kind == AnomalyKind.overDailyMaximum.rawValue }
            let expectedOver = world.points[day]!.filter { $0.value.day > parameters.dailyMaximum }.map(\.key)
            #expect(Set(over.map(\.learnerCode)) == Set(expectedOver), "anomalies \(day)")
            #expect(over.allSatisfy { $0.reference == parameters.dailyMaximum })
        }

        // Period means (two lookups of the running sums) follow the rebuilt days too.
        let lastDay = world.points.keys.max()!
        for period in [
            Period(kind: .week, containing: lastDay), Period(first: world.points.keys.min()!, last: lastDay),
        ] {
            let row = try #require(try metrics.orgTable(period: period).row(code: "R"))
            let rates = world.points.keys.filter { $0 >= period.first && $0 <= period.last }.map { day -> Double? in
                var active = 0
                var registered = 0
                for learner in world.learners where learner.registered <= day {
                    registered += 1
                    if (world.points[day]?[learner.code]?.day ?? 0) >= parameters.activityThreshold { active += 1 }
                }
                return Figures.ratio(active, registered)
            }
            #expect(abs((row.activityRate ?? -1) - (Figures.mean(rates) ?? -2)) < 1e-9, "\(period)")
        }

        // `report --format json` carries the rebuilt figures.
        let last = world.points.keys.max()!
        let builder = ReportBuilder(store: fixture.store, configuration: configuration)
        let data = try builder.render(try builder.build(.daily, date: last, org: "R"), format: .json, language: .zh)
        let report = try JSONDecoder().decode(Report.self, from: data)
        #expect(report.thresholds.clubs == parameters.clubs)
        for row in [report.summary!] + report.league {
            var active = 0
            for learner in world.learners
            where learner.registered <= last && world.isInside(world.orgOf(learner.code, on: last), row.code) {
                if (world.points[last]?[learner.code]?.day ?? 0) >= parameters.activityThreshold { active += 1 }
            }
            let registered = world.reference(row.code, last).registered
            #expect(row.active == Double(active))
            #expect(row.activityRate == (registered > 0 ? Double(active) / Double(registered) : nil))
            #expect(row.clubs == Self.clubs(world, row.code, last, parameters.clubs))
        }
    }

    /// An import that begins on a store built with other thresholds re-derives it first.
    @Test func anImportRebuildsAStaleStore() throws {
        let (fixture, world, _) = try MetricsReferenceTests().build(MetricsReferenceTests.shapes[0])
        let parameters = AggregateParameters(activityThreshold: 25, clubs: [60])
        let last = world.points.keys.max()!
        // The last day again, as it was: only the thresholds differ.
        var text = ImportFixture.pointsHeader
        for (code, row) in world.points[last]!.sorted(by: { $0.key < $1.key }) {
            text += "\(last.iso),\(code),\(row.day),\(row.total)\n"
        }
        let summary = try fixture.run([try fixture.write("again.csv", text)]) {
            $0.parameters = parameters
            $0.date = last
        }
        #expect(summary.rebuiltDays == world.points.count)
        #expect(try fixture.store.aggregateParametersCheck(parameters) == .matching)
        let figures = try #require(try Metrics(store: fixture.store).dailyFigures(orgCode: "R", day: last))
        #expect(figures.clubs.map(\.threshold) == [60])
        #expect(figures.clubs == Self.clubs(world, "R", last, [60]))
    }
}
