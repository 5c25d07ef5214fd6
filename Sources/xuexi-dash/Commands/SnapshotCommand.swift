import ArgumentParser
import Dashboard
import Foundation
import Widgets
import XuexiCore
import XuexiImport
import XuexiModel

/// `xuexi-dash snapshot`: a dashboard screen as text, without a terminal, drawn by the same
/// controller and panes as the live dashboard (cron mail, CI, bug reports).
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print a dashboard screen as text / 以文本输出看板画面")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Columns x rows", transform: ScreenSize.parse)
    var size = ScreenSize(columns: 120, rows: 40)

    @Option(help: "Day to show (YYYY-MM-DD; default: the latest day with data)", transform: Day.parse)
    var date: Day?

    @OptionGroup var periodOptions: PeriodOptions

    @Option(help: "Org code: selected in the tree (main view) or reviewed (branch view)")
    var org: String?

    @Option(help: "Limit the screen to this org's subtree")
    var scope: String?

    @Option(help: "Screen: main or branch", transform: DashboardView.parse)
    var view: DashboardView = .main

    @Option(help: "Theme name or path to a .theme file (colours show with --ansi)", transform: ThemeName.parse)
    var theme: ThemeName?

    @Option(help: "Keys to press before the capture, e.g. \"Tab Down\" (names as in docs/KEYS.md)")
    var keys: String?

    @Flag(help: "Keep colours as ANSI escape sequences")
    var ansi = false

    func run() throws {
        let configuration = try global.configuration()
        try periodOptions.check(language: global.language)
        let store = try global.openStoreWarningIfStale(configuration)
        try checkOrgCodes([org, scope], store: store, language: global.language)
        let language =
            global.lang
            ?? configuration.language.flatMap { Language(rawValue: $0.lowercased()) } ?? global.language
        var state = DashboardState(
            language: language, themeName: theme?.value ?? configuration.theme, mouseEnabled: true, scopeCode: scope)
        state.pinnedDay = date
        state.storeAccess = store.access
        periodOptions.apply(to: &state)
        let parsed = KeyReplay.parse(keys ?? "")
        if !parsed.unknown.isEmpty {
            printError("xuexi-dash: unknown keys ignored: \(parsed.unknown.joined(separator: " "))")
        }
        let data = DashboardDataSource(store: store, configuration: configuration, mode: .inline)
        let snapshot = DashboardSnapshot(
            columns: size.columns, rows: size.rows, view: view, orgCode: org,
            keys: parsed.keys.map(\.key))
        let environment = DashboardEnvironment(
            user: ImportOptions.currentUser(), storePath: global.storePath, configPath: configuration.source)
        let buffer = try snapshot.render(
            data: data, state: state, environment: environment, themes: ThemeCatalog(loader: AppThemes.loader()))
        let lines =
            ansi
            ? ANSIText.lines(of: buffer) : buffer.lines().map { String($0.reversed().drop { $0 == " " }.reversed()) }
        print(lines.joined(separator: "\n"))
    }
}
