import Foundation
import XuexiImport
import XuexiModel
import XuexiStore

/// An import followed by the alert evaluation of the days it brought, the way every path
/// that imports does it (`import`, `watch`, `demo` and the live demo), with the import
/// options the configuration asks for built in one place.
public struct ImportService {
    public let store: XuexiStore
    public let configuration: AppConfiguration

    public init(store: XuexiStore, configuration: AppConfiguration) {
        self.store = store
        self.configuration = configuration
    }

    /// What one import did, and how the alert evaluation after it went: nil when there was
    /// nothing to evaluate (a dry run, or no days); a failure is a warning, not a failed
    /// import, since the import has already committed.
    public struct Outcome {
        public var summary: ImportSummary
        public var alerts: Result<AlertEvaluation, any Error>?
    }

    /// Import options with the configuration's aggregate parameters and daily maximum.
    public static func importOptions(configuration: AppConfiguration, language: Language = .zh) -> ImportOptions {
        var options = ImportOptions()
        options.language = language
        options.parameters = configuration.aggregateParameters
        options.dailyMaximum = configuration.dailyMaximum
        return options
    }

    public func importOptions(language: Language = .zh) -> ImportOptions {
        ImportService.importOptions(configuration: configuration, language: language)
    }

    /// Imports `paths` as one set (all or nothing), then evaluates the alerts of its days.
    /// Throws the import's `ImportFailure`/`ImportProblem`; the store is then unchanged.
    public func run(
        paths: [String], options: ImportOptions,
        progress: ((ImportProgress) -> Void)? = nil
    ) throws -> Outcome {
        // One write at a store of record (PostgreSQL): the import and its alert states together.
        try store.replicatedWrite {
            let importer = Importer(store: store, options: options)
            importer.progress = progress
            let summary = try importer.run(paths: paths)
            let alerts = summary.dryRun || options.dryRun ? nil : evaluateAlerts(days: summary.days)
            return Outcome(summary: summary, alerts: alerts)
        }
    }

    /// Gives back what an import left cached in this process: SQLite's page caches and
    /// statements, then the allocator's free pages. `watch` and `demo --live` call it after
    /// each import so that a process running for days keeps the size it had after the first
    /// (docs/PERFORMANCE.md, "Memory, session 3"); the next import re-reads its pages from the
    /// OS file cache.
    public func releaseMemory() {
        store.releaseMemory()
        ProcessMemory.returnFreePages()
    }

    /// Evaluates the alert rules for `days` (and staleness) after imports made elsewhere
    /// (the watcher's, the demo builder's); nil when there are no days.
    public func evaluateAlerts(days: [Day]) -> Result<AlertEvaluation, any Error>? {
        guard !days.isEmpty else { return nil }
        return Result { try AlertEngine(store: store, configuration: configuration).evaluate(days: days) }
    }
}
