import ArgumentParser
import Dashboard
import Foundation
import TerminalKit
import XuexiCore
import XuexiModel
import XuexiImport

/// `xuexi-dash dashboard` (also what a bare `xuexi-dash` runs): the live dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the live dashboard (the default) / 打开实时看板",
        discussion: "Keys: ? or F1 shows every key; q or F10 quits. See docs/KEYS.md.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Open the branch review of this org code (Esc returns to the main screen)")
    var org: String?

    @Option(help: "Limit every view to this org's subtree")
    var scope: String?

    @Option(help: "Show this day (YYYY-MM-DD) instead of following the latest data")
    var date: String?

    @Option(help: "Theme name (party-red, dark, light, high-contrast, monochrome) or path to a .theme file")
    var theme: String?

    @Option(help: "Colours: none, 8, 256 or truecolor (default: detect from NO_COLOR, COLORTERM, TERM)")
    var colors: String?

    @Flag(help: "Start with mouse reporting off, so text can be selected and copied")
    var noMouse = false

    @Option(help: ArgumentHelp("Replay keys without a terminal and print per-key latency, e.g. \"j j Enter Esc\"", visibility: .hidden))
    var measureKeys: String?

    @Flag(help: ArgumentHelp("With --measure-keys: load inline, so each key's time includes all its queries", visibility: .hidden))
    var measureInline = false

    @Option(help: ArgumentHelp("Screen size for --measure-keys, e.g. 120x40", visibility: .hidden))
    var size: String = "120x40"

    func validate() throws {
        if let colors, ColorMode(argument: colors) == nil {
            throw ValidationError("--colors must be none, 8, 256 or truecolor, not '\(colors)'")
        }
        if let date, Day(iso: date) == nil { throw ValidationError("--date must be YYYY-MM-DD") }
        if ScreenSizeArgument(size) == nil { throw ValidationError("--size must look like 120x40") }
    }

    func run() throws {
        let configuration = try AppConfiguration.load(flag: global.config, language: global.language)
        var options = DashboardLaunchOptions()
        options.orgCode = org
        options.scopeCode = scope
        options.day = date.flatMap { Day(iso: $0) }
        options.theme = theme
        options.colors = colors
        options.noMouse = noMouse
        if let measureKeys {
            try KeyMeasurement.run(script: measureKeys, size: ScreenSizeArgument(size)!, inline: measureInline, global: global,
                                   configuration: configuration, options: options)
            return
        }
        try DashboardLauncher.run(storePath: global.storePath, global: global, configuration: configuration, options: options)
    }
}

/// "120x40" → columns and rows.
struct ScreenSizeArgument {
    var columns: Int
    var rows: Int

    init?(_ text: String) {
        let parts = text.lowercased().split(separator: "x")
        guard parts.count == 2, let columns = Int(parts[0]), let rows = Int(parts[1]), columns > 0, rows > 0, columns <= 1000, rows <= 500 else { return nil }
        self.columns = columns
        self.rows = rows
    }
}

/// `dashboard --measure-keys`: the dashboard's own handler and frame per key, on the real
/// store, with every figure loaded inline so the time includes the queries.
enum KeyMeasurement {
    static func run(script: String, size: ScreenSizeArgument, inline: Bool, global: GlobalOptions, configuration: AppConfiguration,
                    options: DashboardLaunchOptions) throws {
        let store = try global.openStore()
        let parsed = KeyReplay.parse(script)
        if !parsed.unknown.isEmpty { printError("xuexi-dash: unknown keys ignored: \(parsed.unknown.joined(separator: " "))") }
        var state = DashboardState(language: global.language, themeName: options.theme ?? configuration.theme, scopeCode: options.scopeCode)
        state.pinnedDay = options.day
        let data = DashboardDataSource(store: store, configuration: configuration, mode: inline ? .inline : .background)
        let controller = DashboardController(data: data, state: state, environment: DashboardEnvironment(user: ImportOptions.currentUser(), storePath: global.storePath),
                                             themes: ThemeCatalog(loader: .standard()), initialOrg: options.orgCode)
        let clock = ContinuousClock()
        let started = clock.now
        _ = controller.render(columns: size.columns, rows: size.rows)
        while controller.hasPendingWork { _ = controller.settle(milliseconds: 10_000) }
        _ = controller.render(columns: size.columns, rows: size.rows)
        print("first screen with every pane loaded (cold store): \(clock.now - started)")
        if inline {
            let report = KeyReplay.measure(controller, keys: parsed.keys, columns: size.columns, rows: size.rows)
            for sample in report.samples { print(line(sample.key, sample.milliseconds)) }
            print("inline (handler + frame + every query): " + report.summary)
        } else {
            let (frames, completions) = KeyReplay.measureLive(controller, keys: parsed.keys, columns: size.columns, rows: size.rows)
            for (frame, complete) in zip(frames.samples, completions.samples) {
                print(line(frame.key, frame.milliseconds) + String(format: "   complete %8.2f ms", complete.milliseconds))
            }
            print("key → frame on screen:        " + frames.summary)
            print("key → every pane has its data: " + completions.summary)
        }
    }

    static func line(_ key: String, _ milliseconds: Double) -> String {
        key.padding(toLength: 8, withPad: " ", startingAt: 0) + String(format: "%8.2f ms", milliseconds)
    }
}
