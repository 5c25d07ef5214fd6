import ArgumentParser
import Foundation
import Widgets
import XuexiCore
import XuexiModel
import XuexiStore

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
        print("[metrics]\nactivity_threshold = \(configuration.activityThreshold)\nclub_low = \(configuration.clubLow)")
        print("club_high = \(configuration.clubHigh)\nstar_threshold = \(configuration.starThreshold)")
        print("\n[import]\ndaily_maximum = \(configuration.dailyMaximum)")
        print("\n[alerts]\nactivity_floor = \(configuration.activityFloor)\nactivity_target = \(configuration.activityTarget)")
        print("drop_points = \(configuration.dropPoints)\nregistration_target = \(configuration.registrationTarget)")
        print("inactive_days = \(configuration.inactiveDays)\nstale_after_hour = \(configuration.staleAfterHour)")
        print("stale_store_hours = \(configuration.staleStoreHours)")
        print("minimum_registered = \(configuration.alertMinimumRegistered)")
        print("\n[dashboard]\nrefresh_seconds = \(configuration.refreshSeconds)\ntheme = \"\(configuration.theme)\"")
        print("mouse = \(configuration.mouse)")
        if let language = configuration.language { print("language = \"\(language)\"") }
        if let colors = configuration.colors { print("colors = \"\(colors)\"") }
    }
}

/// `xuexi-dash info`: the store, config and theme paths in use (SPEC §8).
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Show the store, config and theme paths in use / 路径信息")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        let configuration = try loadConfiguration(global)
        let t = { (key: String) in StringTable.text(key, language) }
        let storePath = global.storePath
        let exists = FileManager.default.fileExists(atPath: storePath)
        print("\(t("info.store")): \(storePath)\(exists ? "" : "  (\(t("info.notCreated")))")")
        if exists, let store = try? XuexiStore.open(path: storePath) {
            let imports = (try? store.importRecords()) ?? []
            let latest = (try? store.latestDay()).flatMap { $0 }
            print("  \(t("info.imports")): \(imports.count)  \(t("info.latestDay")): \(latest?.iso ?? "—")")
            print("  \(t("info.size")): \(MetricFormat.count(storeSize(storePath) / 1024)) KiB")
        }
        print("\(t("info.config")): \(configuration.source ?? AppConfiguration.defaultPath() + "  (\(t("info.defaults")))")")
        let loader = ThemeLoader.standard()
        print("\(t("info.themeDirs")):")
        for directory in loader.searchDirectories {
            print("  \(directory)\(FileManager.default.fileExists(atPath: directory) ? "" : "  (\(t("info.missing")))")")
        }
        print("\(t("info.themes")): \(loader.availableThemeNames().joined(separator: ", "))  (\(t("info.current")): \(configuration.theme))")
    }

    private func storeSize(_ path: String) -> Int {
        ["", "-wal"].reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: path + $1)[.size] as? Int) ?? 0) }
    }
}

/// Loads the configuration, turning a broken file into a clear bad-input exit.
func loadConfiguration(_ global: GlobalOptions) throws -> AppConfiguration {
    do {
        return try AppConfiguration.load(flag: global.config, language: global.language)
    } catch let error as AppConfiguration.InvalidConfiguration {
        printError(error.description)
        throw ExitCode(1)
    }
}
