import Testing
import Widgets
import XuexiCore
import XuexiModel
import XuexiStore
import XuexiTestSupport

@testable import Dashboard

/// A store opened read-only: the header says 只读 (and when SQLite had to open it immutable,
/// that live refresh is off); `a` and `z` say why they are unavailable and change nothing.
@Suite struct ReadOnlyDashboardTests {
    static func readOnlyController(_ fixture: DashboardFixture, language: Language = .zh) throws -> (
        DashboardController, XuexiStore
    ) {
        let path = fixture.directory.appendingPathComponent("store.sqlite").path
        let store = try XuexiStore.openExisting(path: path, readOnly: true)
        var state = DashboardState(language: language)
        state.storeAccess = store.access
        let data = DashboardDataSource(store: store, configuration: fixture.configuration, mode: .inline)
        return (DashboardController(data: data, state: state, environment: fixture.environment()), store)
    }

    /// The header row (`screen` hides it: its import age follows the wall clock).
    static func header(_ controller: DashboardController, columns: Int = 120) -> String {
        controller.render(columns: columns, rows: columns == 120 ? 40 : 24).lines()[0]
    }

    @Test func theHeaderSaysReadOnlyAndTheAlertKeysSayWhy() throws {
        let fixture = try DashboardFixture(fileStore: true)
        let (controller, store) = try Self.readOnlyController(fixture)
        #expect(Self.header(controller).contains("● 实时 · 只读"))
        controller.press("Tab Tab Space j")
        let id = try #require(controller.state.alerts.selection.id)
        controller.press("a")
        #expect(controller.state.overlay == nil)
        #expect(screen(controller.screen(columns: 120, rows: 40), contains: "不能确认预警：数据库以只读方式打开（--read-only）"))
        controller.press("z")
        #expect(controller.state.overlay == nil)
        #expect(screen(controller.screen(columns: 120, rows: 40), contains: "不能暂缓预警"))
        let alert = try #require(try AlertEngine(store: store, configuration: fixture.configuration).alert(id: id))
        #expect(alert.state == .open)
    }

    @Test func anImmutableStoreSaysLiveRefreshIsOff() throws {
        let fixture = try DashboardFixture(fileStore: true)
        let (controller, _) = try Self.readOnlyController(fixture, language: .en)
        controller.state.storeAccess = .readOnly(.folderNotWritable, liveRefresh: false)
        let header = Self.header(controller)
        #expect(header.contains("○ read-only · no live refresh"), "\(header)")
        #expect(!header.contains("live ·"))
        controller.press("Tab Tab a")
        #expect(
            screen(
                controller.screen(columns: 120, rows: 40),
                contains:
                    "Cannot acknowledge alerts: the store is open read-only (you may not write the store's folder)"))
        // Narrow: the short form keeps 只读/read-only rather than the live marker.
        #expect(Self.header(controller, columns: 80).contains("read-only"))
    }

    @Test func aWritableStoreSaysNothingOfTheKind() throws {
        let fixture = try DashboardFixture()
        let header = Self.header(fixture.controller())
        #expect(header.contains("● 实时") && !header.contains("只读"))
    }
}
