import ArgumentParser
import Foundation
import XuexiCore
import XuexiModel
import XuexiStore

/// `xuexi-dash rebuild`: re-derives every stored day's figures, idle streaks and
/// over-maximum anomalies with the configuration's thresholds (activity threshold, clubs,
/// daily maximum). Imports do the same by themselves when the thresholds changed.
struct RebuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Recompute every stored day with the configured thresholds / 按当前配置重新计算全部统计",
        discussion: """
            Needed after changing activity_threshold, clubs or daily_maximum in config.toml; an import does it \
            by itself first. Without --force nothing is done when the stored figures already match.
            """)

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Recompute even when the stored figures already use the configured thresholds")
    var force = false

    func run() throws {
        let language = global.language
        let configuration = try loadConfiguration(global)
        let store = try global.openStore()
        try global.requireWritable(store, for: .actionRebuild)
        let parameters = configuration.aggregateParameters
        if !force, try store.aggregateParametersCheck(parameters) == .matching {
            print(StringTable.text(CLIText.rebuildUpToDate, language, parameters.summary))
            return
        }
        let started = Date()
        let bar = ProgressBar(enabled: isatty(2) == 1)
        let label = StringTable.text(CLIText.rebuildProgress, language)
        let days = try store.rebuild(parameters: parameters) { done, total in bar.show(label, done: done, total: total)
        }
        bar.finish()
        print(
            StringTable.text(
                CLIText.rebuildDone, language, days, parameters.summary,
                String(format: "%.1f", Date().timeIntervalSince(started))))
    }
}

extension GlobalOptions {
    /// Opens the store for a command that only reads; when its figures were computed with
    /// other thresholds than the configuration's, says so on stderr and how to fix it.
    /// (A read-only store is only warned about, as it cannot be rebuilt here.)
    func openStoreWarningIfStale(_ configuration: AppConfiguration, store opened: XuexiStore? = nil) throws
        -> XuexiStore
    {
        let store = try opened ?? openStore()
        if case .differing(let stored) = try store.aggregateParametersCheck(configuration.aggregateParameters) {
            printError(
                StringTable.text(
                    CLIText.storeStale, language, AggregateParametersCheck.describe(stored: stored),
                    configuration.aggregateParameters.summary))
        }
        return store
    }

    /// Opens the store for a command that writes: figures computed with other thresholds
    /// than the configuration's are re-derived first.
    func openStoreRebuildingIfStale(_ configuration: AppConfiguration, path: String? = nil) throws -> XuexiStore {
        let store = try openStore(path: path)
        let parameters = configuration.aggregateParameters
        if store.access.isReadOnly || store.replication?.isScoped == true {
            return try openStoreWarningIfStale(configuration, store: store)
        }
        if case .differing = try store.aggregateParametersCheck(parameters) {
            let bar = ProgressBar(enabled: isatty(2) == 1)
            let label = StringTable.text(CLIText.rebuildProgress, language)
            let days = try store.rebuild(parameters: parameters) { bar.show(label, done: $0, total: $1) }
            bar.finish()
            printError(StringTable.text(CLIText.rebuildAutomatic, language, days, parameters.summary))
        }
        return store
    }
}
