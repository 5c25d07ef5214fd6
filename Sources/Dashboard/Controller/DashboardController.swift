import Foundation
import Widgets
import XuexiCore
import XuexiModel

/// The dashboard without the terminal: takes inputs, keeps the state, draws frames into a
/// `ScreenBuffer`, and says when the screen must be drawn again. The executable owns the
/// terminal and the loop; tests and `snapshot` drive the same type directly.
///
/// One input goes: derive the view model and layout from the state (`prepare`), let the
/// reducers turn state + input into new state + a `Reaction` (htop's handler result: the
/// loop decides when to paint), then run the reaction's effects. A frame goes: `prepare`,
/// `FrameSync` settles selections, scrolls and the toast in the state, and `FrameRenderer`
/// draws, reading only. Nothing blocks on slow queries in background mode: panes show what
/// is loaded and say "loading" for the rest.
public final class DashboardController {
    public internal(set) var state: DashboardState
    public let data: DashboardDataSource
    public let environment: DashboardEnvironment
    let themes: ThemeCatalog
    public internal(set) var theme: Theme
    /// The size of the last frame or resize.
    var screenSize = (columns: 0, rows: 0)
    /// The clock text of the last frame: a new minute means a new frame.
    var lastClockText = ""
    /// When the store last changed under us: the header shows ⟳ briefly.
    var lastStoreChange: Date?
    var lastAlertPoll: Date
    var memo = DerivedListsMemo()
    /// The note `c` made, until the loop writes it to the terminal (`takeClipboard`).
    var pendingClipboard: String?

    static let toastSeconds = 2.5
    /// Alert changes by any process show through `pollAlertChange()` at every poll; this
    /// re-read is a backstop (e.g. a snooze running out needs no store change to matter).
    static let alertPollSeconds = 60.0

    public init(
        data: DashboardDataSource, state: DashboardState, environment: DashboardEnvironment = DashboardEnvironment(),
        themes: ThemeCatalog = .builtIn, initialOrg: String? = nil
    ) {
        self.data = data
        self.state = state
        self.environment = environment
        self.themes = themes
        let loaded = themes.load(state.themeName)
        theme = loaded.theme.with(glyphs: environment.glyphs)
        lastAlertPoll = environment.now()
        if let error = loaded.error {
            self.state.themeName = loaded.theme.name
            showToast(StringTable.text(DashText.toastThemeError, state.language, error.description), kind: .error)
        }
        if let initialOrg {
            self.state.routes = [.branch(BranchState(orgCode: initialOrg))]
            self.state.pendingReveal = initialOrg
        }
    }

    // MARK: - The loop's interface

    /// Applies one input; the response tells the loop whether to draw, change the mouse or quit.
    public func handle(_ input: DashboardInput) -> DashboardResponse {
        switch input {
        case .resize(let columns, let rows):
            screenSize = (columns, rows)
            return .redraw
        case .mouse(let mouse):
            let context = reducerContext()
            return run(MouseReducer.mouse(&state, mouse, context))
        case .key(let key):
            let context = reducerContext()
            return run(AppReducer.key(&state, key, context))
        }
    }

    /// A new frame of `columns`×`rows`.
    public func render(columns: Int, rows: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: columns, height: rows)
        render(into: &buffer)
        return buffer
    }

    /// Checks what may have changed while waiting for input: an import by another process,
    /// background results, an expired toast, the minute on the clock. True means draw again.
    public func poll() -> Bool {
        let now = environment.now()
        var changed = false
        if data.pollStoreChange() {
            lastStoreChange = now
            changed = true
        } else if let last = lastStoreChange, now.timeIntervalSince(last) > 2, !data.hasPendingWork {
            lastStoreChange = nil
            changed = true
            // The new values have replaced the old ones: give the freed pages back, or a
            // dashboard beside a live import keeps every import's worth of them.
            ProcessMemory.returnFreePages()
        }
        if data.pollAlertChange() {
            // Asking schedules the read; its arrival triggers the redraw.
            _ = data.alerts(scope: state.scopeCode)
        } else if now.timeIntervalSince(lastAlertPoll) >= DashboardController.alertPollSeconds {
            lastAlertPoll = now
            data.refreshAlerts()
            // Asking schedules the read; its arrival triggers the redraw.
            _ = data.alerts(scope: state.scopeCode)
        }
        if data.takeCompletion() { changed = true }
        if let toast = state.toast, toast.expires <= now {
            state.toast = nil
            changed = true
        }
        if DashboardText(language: state.language).clock(now, timeZone: environment.timeZone) != lastClockText {
            changed = true
        }
        return changed
    }

    /// How long the loop may sleep waiting for input: the refresh interval, shorter while
    /// background results are due or a toast must go. Never zero, so the loop never spins.
    public func waitMilliseconds(refreshMilliseconds: Int) -> Int {
        if data.hasPendingWork { return 30 }
        var wait = refreshMilliseconds
        if let toast = state.toast {
            wait = min(wait, Int(toast.expires.timeIntervalSince(environment.now()) * 1000) + 5)
        }
        return max(10, wait)
    }

    /// Lets quick background loads finish (up to `milliseconds`) so the frame after a key
    /// shows their data instead of "loading"; returns whether anything arrived.
    public func settle(milliseconds: Int) -> Bool {
        guard data.hasPendingWork else { return false }
        data.waitForPendingWork(milliseconds: milliseconds)
        return data.takeCompletion()
    }

    public var hasPendingWork: Bool { data.hasPendingWork }

    // MARK: - Shared helpers

    func context() -> PaneContext {
        PaneContext(
            theme: theme, text: DashboardText(language: state.language), configuration: data.configuration,
            now: environment.now(), timeZone: environment.timeZone)
    }

    var today: Day { Day.today(now: environment.now(), timeZone: environment.timeZone) }
}

extension DashboardController {
    /// Selects `orgCode` in the tree (opening its ancestors) once the tree is loaded.
    public func reveal(orgCode: String) {
        state.pendingReveal = orgCode
        state.focus = .orgs
    }
}
