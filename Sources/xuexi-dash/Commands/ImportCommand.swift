import ArgumentParser
import Foundation
import XuexiCore
import XuexiImport
import XuexiModel

/// `xuexi-dash import FILE|DIR...`
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import exports (orgs, roster, daily points, member-score report) / 导入导出文件",
        discussion: "A set of files commits whole or changes nothing. Directories are imported in date order.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Files or directories (CSV in UTF-8 or GB18030, XLSX, JSON)")
    var paths: [String]

    @Option(
        help: "File kind: orgs, learners, points, member-report (default: detected from headers)",
        transform: ImportKind.parse)
    var kind: ImportKind?

    @Option(
        help:
            "Day of the points (YYYY-MM-DD) when the file has no date column or name; for a roster, the day moves take effect",
        transform: Day.parse)
    var date: Day?

    @Option(help: "CSV encoding: auto, utf8, gb18030 (gbk)", transform: TextEncodingChoice.parse)
    var encoding: TextEncodingChoice = .auto

    @Option(help: "XLSX sheet name (default: the first sheet)")
    var sheet: String?

    @Flag(help: "Validate only; change nothing")
    var dryRun = false

    @Flag(help: "Member-score reports: create unknown departments and members under --root")
    var createMissing = false

    @Option(help: "Member-score reports: code of the org that departments belong under (created with --create-missing)")
    var root: String?

    @Option(help: "Name for the --root org when it is created")
    var rootName: String?

    @Flag(help: "Import points dated after today (refused otherwise)")
    var allowFuture = false

    @Flag(help: "Import points dated more than a year before the store's first day (refused otherwise)")
    var allowOld = false

    @Flag(help: "Print the time spent in each phase of the import (for profiling)")
    var timings = false

    func run() throws {
        let language = global.language
        let configuration = try global.configuration()
        let service = ImportService(store: try global.createStore(for: .actionImport), configuration: configuration)
        var options = service.importOptions(language: language)
        options.kind = kind
        options.date = date
        options.encoding = encoding
        options.sheet = sheet
        options.dryRun = dryRun
        options.allowFuture = allowFuture
        options.allowOld = allowOld
        options.createMissing = createMissing
        options.rootCode = root
        options.rootName = rootName
        let progress = ProgressLine()
        let outcome: ImportService.Outcome
        do {
            outcome = try service.run(paths: paths, options: options) {
                progress.update(
                    "\($0.file): \($0.rows) \(StringTable.text(CLIText.rows, language))", rows: $0.rows,
                    elapsed: $0.elapsed)
            }
        } catch let failure as ImportFailure {
            try refused(failure.message(language), progress: progress)
        } catch let problem as ImportProblem {
            try refused(problem.message(language), progress: progress)
        }
        progress.finish()
        report(outcome.summary, language: language)
        if timings, let sent = service.store.replication?.lastWriteTimings, !sent.isEmpty {
            // The store of record's part, import and alert evaluation together.
            printError(
                sent.sorted { $0.key < $1.key }.map {
                    $0.key.hasSuffix("parts")
                        ? String(format: "%@ %.0f", $0.key, $0.value)
                        : String(format: "%@ %.1f ms", $0.key, $0.value * 1000)
                }.joined(separator: ", "))
        }
        if let alerts = outcome.alerts { AlertsCommand.printEvaluation(alerts, language: language) }
    }

    private func refused(_ message: String, progress: ProgressLine) throws -> Never {
        progress.finish()
        printError(message)
        printError(StringTable.text(CLIText.importUnchanged, global.language))
        throw ExitCode(1)
    }

    private func report(_ summary: ImportSummary, language: Language) {
        for file in summary.files { print(line(for: file, language: language)) }
        if timings {
            let phases = summary.phases.sorted { $0.key < $1.key }.map {
                String(format: "%@ %.1f ms", $0.key, $0.value * 1000)
            }
            printError(phases.joined(separator: ", "))
        }
        let rate = summary.seconds > 0 ? Int(Double(summary.totalRows) / summary.seconds) : summary.totalRows
        let skipped = summary.files.filter { $0.duplicateOf != nil }.count
        if skipped == summary.files.count && skipped > 0 {
            print(StringTable.text(CLIText.importAllSkipped, language, skipped))
            return
        }
        print(
            StringTable.text(
                dryRun ? CLIText.importDryRunDone : CLIText.importDone, language,
                summary.files.count, summary.totalRows, String(format: "%.2f", summary.seconds), rate))
    }

    private func line(for file: ImportSummary.FileResult, language: Language) -> String {
        var line = "\(file.file)  [\(file.kind.rawValue)]  \(file.rows) \(StringTable.text(CLIText.rows, language))"
        if let first = file.days.first, let last = file.days.last {
            line += "  \(first.iso)" + (file.days.count > 1 ? "…\(last.iso)" : "")
        }
        let counts: [(Int, CLIText)] = [
            (file.createdOrgs, CLIText.importCreatedOrgs), (file.createdLearners, CLIText.importCreatedLearners),
            (file.updatedLearners, CLIText.importUpdatedLearners), (file.anomalies, CLIText.importAnomalies),
        ]
        for (count, key) in counts where count > 0 { line += "  " + StringTable.text(key, language, count) }
        for note in file.notes { line += "  " + note }
        return line
    }
}
