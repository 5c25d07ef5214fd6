import Foundation
import Testing
import XuexiModel
import XuexiStore

@testable import XuexiCore

/// The street demo tells the seeds' story (issue 13 item 10): activity around 70–75%, a
/// handful of communities on the notice list, plausible totals and a per-item breakdown.
@Suite("Demo story", .serialized)
struct DemoStoryTests {
    /// A Sunday, the weekend dip's low point, so the notice list is checked on its worst day.
    static let lastDay = Day(year: 2026, month: 11, day: 29)

    static func streetStore(days: Int) throws -> XuexiStore {
        let store = try XuexiStore.inMemory()
        try DemoBuilder(scale: .street, days: days, seed: 2026, lastDay: lastDay).build(into: store)
        return store
    }

    @Test("Street demo: mean activity 70–75%, and 通报 names between 1 and 6 communities")
    func streetActivityAndNotices() throws {
        let store = try DemoStoryTests.streetStore(days: 7)
        let metrics = Metrics(store: store, configuration: AppConfiguration())
        let series = try metrics.series(orgCode: "XX", endingOn: DemoStoryTests.lastDay, count: 7)
        let rates = series.compactMap { $0?.activityRate }
        #expect(rates.count == 7)
        let mean = rates.reduce(0, +) / Double(rates.count)
        #expect((0.70...0.75).contains(mean), "mean activity \(mean)")

        let report = try ReportBuilder(store: store).build(.daily)
        let communities = report.notices.filter { $0.name.hasSuffix("社区党委") }
        #expect((1...6).contains(communities.count), "\(communities.map(\.name))")
        #expect(communities.count == report.notices.count, "the daily league is the communities")
    }
}
