import ArgumentParser
import Dashboard
import Foundation
import TerminalKit
import Widgets
import XuexiCore
import XuexiImport
import XuexiModel
import XuexiStore
import XuexiStorePostgres

/// What the dashboard is opened with, from `dashboard`, `demo` or a bare `xuexi-dash`.
struct DashboardLaunchOptions {
    var orgCode: String?
    var scopeCode: String?
    var day: Day?
    var theme: String?
    var colors: ColorMode?
    var noMouse = false
    var period = PeriodOptions()
}

/// Runs the live dashboard: wires `TerminalSession` (input, frames) to a `DashboardController`
/// over the store. The loop sleeps in the terminal's input wait (the refresh interval), polls
/// the store's change stamp on waking, and draws only when something changed; the renderer
/// then writes only the cells that differ.
enum DashboardLauncher {
    static func run(
        storePath: String, global: GlobalOptions, configuration: AppConfiguration,
        options: DashboardLaunchOptions = DashboardLaunchOptions()
    ) throws {
        // The dashboard writes alert states: stale figures are re-derived before it opens.
        let store = try global.openStoreRebuildingIfStale(configuration, path: storePath)
        // A PostgreSQL store: other clerks' writes arrive through LISTEN into the replica.
        store.followStoreOfRecord()
        let environment = ProcessInfo.processInfo.environment
        let language =
            global.lang
            ?? configuration.language.flatMap { Language(rawValue: $0.lowercased()) }
            ?? Language.resolve(nil, environment: environment)
        let colorMode = options.colors ?? configuration.colors.flatMap(ColorMode.init(argument:))
        let terminalOptions = TerminalOptions(
            colorMode: colorMode, mouseEnabled: !options.noMouse && configuration.mouse, environment: environment)
        let refreshMilliseconds = max(200, Int(configuration.refreshSeconds * 1000))

        let problem: String? = try TerminalSession.withTerminal(options: terminalOptions) { terminal in
            let themeName =
                options.theme
                ?? (terminal.colorDepth == .monochrome && options.theme == nil
                    ? AppThemes.monochromeThemeName : configuration.theme)
            var state = DashboardState(
                language: language, themeName: themeName, mouseEnabled: terminal.isMouseEnabled,
                scopeCode: options.scopeCode)
            state.pinnedDay = options.day
            state.storeAccess = store.access
            options.period.apply(to: &state)
            let dashboardEnvironment = DashboardEnvironment(
                user: ImportOptions.currentUser(), storePath: storePath, configPath: configuration.source,
                colorDescription: colorDescription(terminal), glyphs: terminal.glyphs,
                clipboardReachesDesktop: Clipboard.tmuxSetting(environment: environment)?.passesApplicationCopies)
            let data = DashboardDataSource(store: store, configuration: configuration, mode: .background)
            let controller = DashboardController(
                data: data, state: state, environment: dashboardEnvironment,
                themes: ThemeCatalog(loader: AppThemes.loader(environment: environment)), initialOrg: options.orgCode)
            runLoop(controller: controller, terminal: terminal, refreshMilliseconds: refreshMilliseconds)
            return controller.state.toast.flatMap { $0.kind == .error ? $0.text : nil }
        }
        if let problem { printError("xuexi-dash: \(problem)") }
    }

    /// Draw when needed, sleep until input or the next refresh, repeat.
    static func runLoop(controller: DashboardController, terminal: TerminalSession, refreshMilliseconds: Int) {
        var needsDraw = true
        while true {
            if needsDraw {
                let size = terminal.size
                var frame = controller.render(columns: size.columns, rows: size.rows)
                // Quick queries finish within a frame's budget: show their data, not "loading".
                if controller.settle(milliseconds: 40) {
                    frame = controller.render(columns: size.columns, rows: size.rows)
                }
                terminal.present(frame)
                needsDraw = false
            }
            let event = terminal.nextEvent(
                timeoutMilliseconds: controller.waitMilliseconds(refreshMilliseconds: refreshMilliseconds))
            if event == .hangUp { terminal.exitAfterHangUp() }
            if let event, let input = dashboardInput(event) {
                switch controller.handle(input) {
                case .quit: return
                case .ignored: break
                case .redraw: needsDraw = true
                case .setMouse(let enabled):
                    terminal.setMouse(enabled: enabled)
                    needsDraw = true
                case .fullRedraw:
                    terminal.forceFullRedraw()
                    needsDraw = true
                }
                if let note = controller.takeClipboard() { terminal.copyToClipboard(note) }
            }
            if controller.poll() { needsDraw = true }
        }
    }

    static func dashboardInput(_ event: InputEvent) -> DashboardInput? {
        switch event {
        case .resize(let columns, let rows): return .resize(columns: columns, rows: rows)
        case .mouse(let mouse):
            switch mouse {
            case .click(let x, let y, let button): return button == .left ? .mouse(.click(x: x, y: y)) : nil
            case .wheelUp(let x, let y): return .mouse(.wheelUp(x: x, y: y))
            case .wheelDown(let x, let y): return .mouse(.wheelDown(x: x, y: y))
            }
        case .key(let key): return .key(key)
        case .hangUp: return nil
        }
    }

    static func colorDescription(_ terminal: TerminalSession) -> String {
        "\(terminal.colorDepth) · TERM=\(terminal.terminalType)"
    }
}
