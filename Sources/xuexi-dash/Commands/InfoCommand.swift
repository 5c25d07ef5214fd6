import ArgumentParser
import Foundation
import Widgets
import XuexiCore
import XuexiModel
import XuexiStore

/// `xuexi-dash info`: the store, config and theme paths in use (SPEC §8).
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info", abstract: "Show the store, config and theme paths in use / 路径信息")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        let configuration = try loadConfiguration(global)
        let t = { (key: CLIText) in StringTable.text(key, language) }
        let storePath = global.storePath
        if let scheme = StoreURL.scheme(of: storePath) {
            print("\(t(CLIText.infoStore)): \(storePath)")
            print("  " + StringTable.text(CLIText.storeURLUnsupported, language, storePath, scheme))
        }
        let exists = StoreURL.scheme(of: storePath) == nil && FileManager.default.fileExists(atPath: storePath)
        if StoreURL.scheme(of: storePath) == nil {
            print("\(t(CLIText.infoStore)): \(storePath)\(exists ? "" : "  (\(t(CLIText.infoNotCreated)))")")
        }
        if exists,
            let store = try? XuexiStore.openExisting(path: storePath, readOnly: global.storeOptions.readOnlyRequested)
        {
            let access =
                store.access.readOnlyReason.map {
                    StringTable.text(CLIText.infoReadOnly, language, readOnlyReasonText($0, language: language))
                } ?? t(CLIText.infoReadWrite)
            print("  \(t(CLIText.infoAccess)): \(access)")
            if !store.access.liveRefresh { print("  " + StringTable.text(CLIText.readOnlyFrozen, language, storePath)) }
            let imports = (try? store.importRecords()) ?? []
            let latest = (try? store.latestDay()).flatMap { $0 }
            print("  \(t(CLIText.infoImports)): \(imports.count)  \(t(CLIText.infoLatestDay)): \(latest?.iso ?? "—")")
            print("  \(t(CLIText.infoSize)): \(MetricFormat.count(storeSize(storePath) / 1024)) KiB")
        }
        print(
            "\(t(CLIText.infoConfig)): \(configuration.source ?? AppConfiguration.defaultPath() + "  (\(t(CLIText.infoDefaults)))")"
        )
        let loader = AppThemes.loader()
        print("\(t(CLIText.infoThemeDirs)):")
        for directory in loader.searchDirectories {
            print(
                "  \(directory)\(FileManager.default.fileExists(atPath: directory) ? "" : "  (\(t(CLIText.infoMissing)))")"
            )
        }
        print(
            "\(t(CLIText.infoThemes)): \(loader.availableThemeNames().joined(separator: ", "))  (\(t(CLIText.infoCurrent)): \(configuration.theme))"
        )
    }

    private func storeSize(_ path: String) -> Int {
        ["", "-wal"].reduce(0) {
            $0 + ((try? FileManager.default.attributesOfItem(atPath: path + $1)[.size] as? Int) ?? 0)
        }
    }
}
