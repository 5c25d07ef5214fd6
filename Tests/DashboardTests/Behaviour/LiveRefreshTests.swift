import Foundation
import Testing
import Widgets
import XuexiCore
import XuexiImport
import XuexiStore
import XuexiTestSupport

@testable import Dashboard

/// Imports from elsewhere show up without a key press; the selection stays put.
@Suite struct LiveRefreshTests {
    @Test func aNewDayAppearsAfterPollingAndTheSelectionIsKept() throws {
        let fixture = try DashboardFixture(fileStore: true)
        let controller = fixture.controller()
        controller.press("j Tab j j")
        #expect(controller.state.orgs.selection.id == "C1")
        let selectedLearner = controller.state.learners.selection.id
        let before = controller.render(columns: 120, rows: 40).lines()
        #expect(controller.poll() == false || controller.poll() == false)

        // Another process (here: another store connection) imports the next day.
        let other = try XuexiStore.open(path: fixture.store.path!)
        var options = ImportOptions()
        options.user = "other"
        _ = try Importer(store: other, options: options).run(paths: [
            try fixture.pointsFile(offset: DashboardFixture.days, extra: 5)
        ])

        #expect(controller.poll())
        let after = controller.render(columns: 120, rows: 40).lines()
        #expect(after[0].contains("11-20"))
        #expect(after != before)
        #expect(controller.state.orgs.selection.id == "C1")
        #expect(controller.state.learners.selection.id == selectedLearner)
        // Nothing changed since: no redraw is asked for.
        #expect(controller.poll() == false)
    }

    @Test func aPinnedDayStaysPinnedWhenNewDataArrives() throws {
        let fixture = try DashboardFixture(fileStore: true)
        let controller = fixture.controller()
        controller.press("[")
        let pinned = controller.state.pinnedDay
        try fixture.importDay(offset: DashboardFixture.days)
        #expect(controller.poll())
        #expect(controller.state.pinnedDay == pinned)
        #expect(controller.render(columns: 120, rows: 40).lines()[0].contains("11-18"))
    }

    /// The alerts are read again after every evaluation and every few seconds; each read
    /// replaces the cached list instead of adding one (a dashboard beside `demo --live` grew
    /// by one alert list per refresh).
    @Test func rereadingAlertsKeepsOneCachedList() throws {
        let fixture = try DashboardFixture(fileStore: true)
        try fixture.evaluateAlerts()
        let controller = fixture.controller()
        let first = controller.render(columns: 120, rows: 40).lines()
        let held = controller.data.loader.entryCount
        for _ in 0..<30 {
            controller.data.refreshAlerts()
            #expect(controller.render(columns: 120, rows: 40).lines() == first)
        }
        #expect(controller.data.loader.entryCount == held)
    }

    @Test func idleLoopWaitsTheRefreshIntervalAndDoesNotSpin() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller(mode: .background)
        _ = controller.render(columns: 80, rows: 24)
        _ = controller.settle(milliseconds: 3_000)
        _ = controller.render(columns: 80, rows: 24)
        _ = controller.settle(milliseconds: 3_000)
        _ = controller.poll()
        #expect(controller.waitMilliseconds(refreshMilliseconds: 1_000) == 1_000)
    }
}
