import Testing
import Widgets
import XuexiCore
import XuexiModel
import XuexiTestSupport

@testable import Dashboard

/// `a` and `z` call the same `AlertEngine` operations as `xuexi-dash alerts ack/snooze`;
/// the pane lists groups, Space opens one and `j` selects its first alert.
@Suite struct AlertActionTests {
    @Test func acknowledgeWithANoteFromTheAlertsPane() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        controller.press("Tab Tab Space j")
        let id = try #require(controller.state.alerts.selection.id)
        controller.press("a 已 电 话 联 系 Enter")
        let alert = try #require(
            try AlertEngine(store: fixture.store, configuration: fixture.configuration).alert(id: id))
        #expect(alert.state == .acknowledged)
        #expect(alert.note == "已电话联系")
        #expect(alert.acknowledgedBy == "tester")
        let lines = controller.screen(columns: 120, rows: 40)
        #expect(screen(lines, contains: "预警已确认"))
        #expect(screen(lines, contains: "已确认"))
    }

    /// A long Chinese note scrolls by display cells: the end of what was typed stays visible.
    @Test func aLongChineseNoteKeepsItsEndInView() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        controller.press("Tab Tab Space j", columns: 80, rows: 24)
        let note = String(repeating: "已电话联系支部书记", count: 5) + "明日回访"
        controller.press("a " + note.map(String.init).joined(separator: " "), columns: 80, rows: 24)
        let lines = controller.screen(columns: 80, rows: 24)
        #expect(screen(lines, contains: "书记明日回访"), "\(lines.joined(separator: "\n"))")
        controller.press("Enter", columns: 80, rows: 24)
        let id = try #require(controller.state.alerts.selection.id)
        let alert = try #require(
            try AlertEngine(store: fixture.store, configuration: fixture.configuration).alert(id: id))
        #expect(alert.note == note)
    }

    @Test func snoozeForThreeDays() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        controller.press("Tab Tab Space j")
        let id = try #require(controller.state.alerts.selection.id)
        controller.press("z l Enter")
        let alert = try #require(
            try AlertEngine(store: fixture.store, configuration: fixture.configuration).alert(id: id))
        #expect(alert.state == .snoozed)
        #expect(alert.snoozedUntil == Day(year: 2026, month: 11, day: 23))
    }

    @Test func acknowledgeOutsideTheAlertsPaneFocusesItFirst() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        controller.press("a")
        #expect(controller.state.focus == .alerts)
        #expect(controller.state.overlay == nil)
    }

    @Test func escapeCancelsWithoutChangingTheAlert() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        controller.press("Tab Tab Space j a x Escape")
        let id = try #require(controller.state.alerts.selection.id)
        let alert = try #require(
            try AlertEngine(store: fixture.store, configuration: fixture.configuration).alert(id: id))
        #expect(alert.state == .open)
    }

    /// A group of several alerts cannot be acknowledged as one: the toast says to open it.
    @Test func aGroupRowOpensAndClosesWithSpaceAndArrows() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        controller.press("Tab Tab")
        let group = try #require(controller.state.alerts.selection.id)
        #expect(group == "registration.below_target@0")
        controller.press("Right")
        #expect(controller.state.alerts.expanded == [group])
        controller.press("j Space")
        let lines = controller.screen(columns: 80, rows: 24)
        #expect(screen(lines, contains: "东风社区党委"))
        controller.press("Left Left")
        #expect(controller.state.alerts.selection.id == group)
        #expect(controller.state.alerts.expanded == [group])
        controller.press("Left")
        #expect(controller.state.alerts.expanded.isEmpty)
    }
}
