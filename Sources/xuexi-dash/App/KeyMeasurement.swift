import Dashboard
import Foundation
import XuexiCore
import XuexiImport

/// `dashboard --measure-keys`: the dashboard's own handler and frame per key, on the real
/// store, with every figure loaded inline so the time includes the queries.
enum KeyMeasurement {
    static func run(
        script: String, size: ScreenSize, inline: Bool, global: GlobalOptions, configuration: AppConfiguration,
        options: DashboardLaunchOptions
    ) throws {
        let store = try global.openStore()
        let parsed = KeyReplay.parse(script)
        if !parsed.unknown.isEmpty {
            printError("xuexi-dash: unknown keys ignored: \(parsed.unknown.joined(separator: " "))")
        }
        var state = DashboardState(
            language: global.language, themeName: options.theme ?? configuration.theme, scopeCode: options.scopeCode)
        state.pinnedDay = options.day
        options.period.apply(to: &state)
        let data = DashboardDataSource(store: store, configuration: configuration, mode: inline ? .inline : .background)
        let environment = DashboardEnvironment(user: ImportOptions.currentUser(), storePath: global.storePath)
        let controller = DashboardController(
            data: data, state: state, environment: environment,
            themes: ThemeCatalog(loader: AppThemes.loader()), initialOrg: options.orgCode)
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
            let (frames, completions) = KeyReplay.measureLive(
                controller, keys: parsed.keys, columns: size.columns, rows: size.rows)
            for (frame, complete) in zip(frames.samples, completions.samples) {
                print(
                    line(frame.key, frame.milliseconds) + String(format: "   complete %8.2f ms", complete.milliseconds))
            }
            print("key → frame on screen:        " + frames.summary)
            print("key → every pane has its data: " + completions.summary)
        }
    }

    static func line(_ key: String, _ milliseconds: Double) -> String {
        key.padding(toLength: 8, withPad: " ", startingAt: 0) + String(format: "%8.2f ms", milliseconds)
    }
}
