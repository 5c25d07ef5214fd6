import Testing
import XuexiModel

@testable import Dashboard

/// The loader keeps at most a few hundred values: past that, a load drops what the current
/// stamp did not ask for. The alert lists are stamped apart and survive; a family's stand-in
/// goes with the last of its queries, so a branch opened once is not kept for the whole day.
@Suite struct LoaderTrimTests {
    @Test func trimmingDropsOldFamiliesAndKeepsTheAlerts() {
        let loader = DashboardLoader(mode: .inline)
        let alerts: LoadState<Int> = loader.load(.alerts(scope: nil), stamp: 1 << 20) { 7 }
        #expect(alerts.value == 7)
        for branch in 0..<10 {
            let opened: LoadState<Int> = loader.load(.members(code: "B\(branch)", day: Day(number: 1)), stamp: 1) { 1 }
            #expect(opened.value == 1)
        }
        #expect(loader.familyCount == 11)  // and the alerts
        // A new stamp (an import), then enough other queries to pass the capacity.
        for index in 0..<450 {
            let _: LoadState<Int> = loader.load(.learnerInfo(learnerId: "L\(index)"), stamp: 2) { index }
        }
        #expect(loader.familyCount == 1, "only the alerts' stand-in is left")
        let reread: LoadState<Int> = loader.load(.alerts(scope: nil), stamp: 1 << 20) { 99 }
        #expect(reread.value == 7, "the alert list survived the trim")
    }
}
