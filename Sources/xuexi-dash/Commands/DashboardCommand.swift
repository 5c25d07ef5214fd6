import ArgumentParser
import Foundation
import XuexiCore
import XuexiModel

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

    @Option(help: "Show this day (YYYY-MM-DD) instead of following the latest data", transform: Day.parse)
    var date: Day?

    @OptionGroup var periodOptions: PeriodOptions

    @OptionGroup var screen: ScreenOptions

    @Option(
        help: ArgumentHelp(
            "Replay keys without a terminal and print per-key latency, e.g. \"j j Enter Esc\"", visibility: .hidden))
    var measureKeys: String?

    @Flag(
        help: ArgumentHelp(
            "With --measure-keys: load inline, so each key's time includes all its queries", visibility: .hidden))
    var measureInline = false

    @Option(
        help: ArgumentHelp("Screen size for --measure-keys, e.g. 120x40", visibility: .hidden),
        transform: ScreenSize.parse)
    var size = ScreenSize(columns: 120, rows: 40)

    func run() throws {
        let configuration = try global.configuration()
        try periodOptions.check(language: global.language)
        if org != nil || scope != nil {
            try checkOrgCodes([org, scope], store: try global.openStore(), language: global.language)
        }
        var options = DashboardLaunchOptions()
        options.orgCode = org
        options.scopeCode = scope
        options.day = date
        options.period = periodOptions
        options.theme = screen.theme?.value
        options.colors = screen.colors
        options.noMouse = screen.noMouse
        if let measureKeys {
            try KeyMeasurement.run(
                script: measureKeys, size: size, inline: measureInline, global: global,
                configuration: configuration, options: options)
            return
        }
        try DashboardLauncher.run(
            storePath: global.storePath, global: global, configuration: configuration, options: options)
    }
}
