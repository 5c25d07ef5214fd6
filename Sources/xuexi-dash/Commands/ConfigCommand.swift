import ArgumentParser
import Foundation
import XuexiCore

/// `xuexi-dash config [--default]`: the configuration in use, or the commented default file.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the configuration, or print the commented default config.toml / 配置")

    @OptionGroup var global: GlobalOptions
    @Flag(name: .customLong("default"), help: "Print the commented default config.toml")
    var printDefault = false

    func run() throws {
        if printDefault {
            print(AppConfiguration.defaultFileText, terminator: "")
            return
        }
        let configuration = try loadConfiguration(global)
        print("# \(configuration.source ?? "(defaults: no file at \(AppConfiguration.defaultPath()))")")
        print("[metrics]\nactivity_threshold = \(configuration.activityThreshold)")
        print("clubs = [\(configuration.clubs.map(String.init).joined(separator: ", "))]")
        print("registration_base = \"\(configuration.registrationBase.rawValue)\"")
        print("star_threshold = \(configuration.starThreshold)")
        print("\n[import]\ndaily_maximum = \(configuration.dailyMaximum)")
        print(
            "\n[alerts]\nactivity_floor = \(configuration.activityFloor)\nactivity_target = \(configuration.activityTarget)"
        )
        print("drop_points = \(configuration.dropPoints)\nregistration_target = \(configuration.registrationTarget)")
        print("inactive_days = \(configuration.inactiveDays)\nstale_after_hour = \(configuration.staleAfterHour)")
        print("stale_store_hours = \(configuration.staleStoreHours)")
        print("minimum_shortfall = \(configuration.alertMinimumShortfall)\nlevels = \(configuration.alertLevels)")
        print("fold_share = \(configuration.alertFoldShare)")
        print("\n[dashboard]\nrefresh_seconds = \(configuration.refreshSeconds)\ntheme = \"\(configuration.theme)\"")
        print("mouse = \(configuration.mouse)")
        if let language = configuration.language { print("language = \"\(language)\"") }
        if let colors = configuration.colors { print("colors = \"\(colors)\"") }
        for name in configuration.notifyTargets.keys.sorted() {
            print("\n" + configuration.notifyTargets[name]!.tomlText)
        }
    }
}
