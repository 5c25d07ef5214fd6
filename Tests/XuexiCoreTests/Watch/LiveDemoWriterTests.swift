import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore

/// `demo --live`: each step imports today's points through `Importer`, a little higher.
@Suite struct LiveDemoWriterTests {
    @Test func eachStepRaisesTodaysPointsThroughTheImporter() throws {
        let fixture = try DashboardFixture()
        let today = DashboardFixture.lastDay.adding(1)
        let writer = LiveDemoWriter(
            store: fixture.store, configuration: fixture.configuration, day: today, interval: 60)
        let metrics = Metrics(store: fixture.store, configuration: fixture.configuration)
        var previous = -1
        var grew = false
        for _ in 0..<6 {
            let summary = try writer.step()
            // A step where nobody studied writes the same file again, which the import skips.
            #expect(summary.days == [today] || summary.files.allSatisfy { $0.duplicateOf != nil })
            let points = try metrics.dailyFigures(orgCode: "R", day: today)?.points ?? 0
            #expect(points >= previous)
            if previous >= 0 && points > previous { grew = true }
            previous = points
        }
        #expect(grew)
        #expect(try fixture.store.latestDay() == today)
        // Totals stay consistent with the day points: the import raised no anomaly alerts.
        let anomalies = try AlertEngine(store: fixture.store, configuration: fixture.configuration).alerts(state: .all)
            .filter { $0.rule == .dataAnomaly }
        #expect(anomalies.isEmpty)
    }

    @Test func startAndStopRunInTheBackground() throws {
        let fixture = try DashboardFixture(fileStore: true)
        let today = DashboardFixture.lastDay.adding(1)
        let writer = LiveDemoWriter(
            store: fixture.store, configuration: fixture.configuration, day: today, interval: 0.2)
        let before = try fixture.store.changeStamp()
        writer.start()
        let deadline = Date().addingTimeInterval(10)
        while try fixture.store.changeStamp() < before + 2, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        writer.stop()
        #expect(try fixture.store.changeStamp() >= before + 2)
    }
}
