import ArgumentParser
import Foundation
import Widgets
import XuexiCore
import XuexiModel
import XuexiStore

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
        let loader = AppThemes.loader()
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
