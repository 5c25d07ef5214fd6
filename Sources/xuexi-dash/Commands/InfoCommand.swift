import ArgumentParser
import Foundation
import Widgets
import XuexiCore
import XuexiModel
import XuexiStore
import XuexiStorePostgres

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
        if PostgresLocation.isPostgres(storePath) {
            printPostgres(language)
        } else if let scheme = StoreURL.scheme(of: storePath) {
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
            printImports(store, language)
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

    /// A PostgreSQL store: where, whether this role sees all of it, and its local replica.
    private func printPostgres(_ language: Language) {
        let t = { (key: CLIText) in StringTable.text(key, language) }
        do {
            let store = try PostgresReplica.openStore(
                url: global.storePath, create: false, readOnly: global.storeOptions.readOnlyRequested)
            print("\(t(CLIText.infoStore)): \(store.path ?? global.storePath)")
            if let replica = store.replication as? PostgresReplica {
                print("  " + StringTable.text(CLIText.infoReplica, language, replica.replicaPath))
                // A scoped replica's root is the role's org (its parent is not in the replica).
                if replica.isScoped, let tree = try? store.figuresContext().tree, let root = tree.rootIndices.first {
                    let org = tree.orgs[root]
                    print("  " + StringTable.text(CLIText.infoScope, language, org.name, org.code))
                } else {
                    print("  " + t(CLIText.infoWholeStore))
                }
            }
            printImports(store, language)
        } catch {
            print("\(t(CLIText.infoStore)): \(global.storePath)")
            print("  " + ErrorMessage.text(for: error, language: language))
        }
    }

    private func printImports(_ store: XuexiStore, _ language: Language) {
        let t = { (key: CLIText) in StringTable.text(key, language) }
        let imports = (try? store.importRecords()) ?? []
        let latest = (try? store.latestDay()).flatMap { $0 }
        print("  \(t(CLIText.infoImports)): \(imports.count)  \(t(CLIText.infoLatestDay)): \(latest?.iso ?? "—")")
    }

    private func storeSize(_ path: String) -> Int {
        ["", "-wal"].reduce(0) {
            $0 + ((try? FileManager.default.attributesOfItem(atPath: path + $1)[.size] as? Int) ?? 0)
        }
    }
}
