import ArgumentParser
import Foundation
import XuexiCore
import XuexiModel
import XuexiImport

/// `xuexi-dash import FILE|DIR...`
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import exports (orgs, roster, daily points, member-score report) / 导入导出文件",
        discussion: "A set of files commits whole or changes nothing. Directories are imported in date order.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Files or directories (CSV in UTF-8 or GB18030, XLSX, JSON)")
    var paths: [String]

    @Option(help: "File kind: orgs, learners, points, member-report (default: detected from headers)")
    var kind: String?

    @Option(help: "Day of the points (YYYY-MM-DD) when the file has no date column or name; for a roster, the day moves take effect")
    var date: String?

    @Option(help: "CSV encoding: auto, utf8, gb18030 (gbk)")
    var encoding: String = "auto"

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

    @Flag(help: "Print the time spent in each phase of the import (for profiling)")
    var timings = false

    func run() throws {
        let language = global.language
        var options = ImportOptions()
        options.language = language
        options.dryRun = dryRun
        options.createMissing = createMissing
        options.rootCode = root
        options.rootName = rootName
        options.sheet = sheet
        if let kind {
            guard let parsed = ImportKind(rawValue: kind) else { throw ValidationError("--kind must be one of \(ImportKind.allCases.map(\.rawValue).joined(separator: ", "))") }
            options.kind = parsed
        }
        if let date {
            guard let day = Day(iso: date) else { throw ValidationError("--date must be YYYY-MM-DD") }
            options.date = day
        }
        guard let parsedEncoding = TextEncodingChoice(argument: encoding) else {
            throw ValidationError("--encoding must be auto, utf8 or gb18030")
        }
        options.encoding = parsedEncoding
        let configuration = try AppConfiguration.load(flag: global.config, language: language)
        options.parameters = configuration.aggregateParameters
        options.dailyMaximum = configuration.dailyMaximum

        let store = try global.openStore()
        let importer = Importer(store: store, options: options)
        let progress = ProgressLine()
        importer.progress = { progress.update("\($0.file): \($0.rows) \(StringTable.text("cli.rows", language))", rows: $0.rows, elapsed: $0.elapsed) }
        let summary: ImportSummary
        do {
            summary = try importer.run(paths: paths)
        } catch let failure as ImportFailure {
            progress.finish()
            printError(failure.message(language))
            printError(StringTable.text("cli.import.unchanged", language))
            throw ExitCode(1)
        } catch let problem as ImportProblem {
            progress.finish()
            printError(problem.message(language))
            printError(StringTable.text("cli.import.unchanged", language))
            throw ExitCode(1)
        }
        progress.finish()
        for file in summary.files {
            var line = "\(file.file)  [\(file.kind.rawValue)]  \(file.rows) \(StringTable.text("cli.rows", language))"
            if !file.days.isEmpty { line += "  \(file.days.first!.iso)" + (file.days.count > 1 ? "…\(file.days.last!.iso)" : "") }
            if file.createdOrgs > 0 { line += "  " + StringTable.text("cli.import.createdOrgs", language, file.createdOrgs) }
            if file.createdLearners > 0 { line += "  " + StringTable.text("cli.import.createdLearners", language, file.createdLearners) }
            if file.updatedLearners > 0 { line += "  " + StringTable.text("cli.import.updatedLearners", language, file.updatedLearners) }
            if file.anomalies > 0 { line += "  " + StringTable.text("cli.import.anomalies", language, file.anomalies) }
            for note in file.notes { line += "  " + note }
            print(line)
        }
        if timings {
            let phases = summary.phases.sorted { $0.key < $1.key }.map { String(format: "%@ %.1f ms", $0.key, $0.value * 1000) }
            printError(phases.joined(separator: ", "))
        }
        let rate = summary.seconds > 0 ? Int(Double(summary.totalRows) / summary.seconds) : summary.totalRows
        print(StringTable.text(dryRun ? "cli.import.dryRunDone" : "cli.import.done", language,
                               summary.files.count, summary.totalRows, String(format: "%.2f", summary.seconds), rate))
        if !dryRun && !summary.days.isEmpty {
            AlertsCommand.evaluateAfterImport(store: store, configuration: configuration, days: summary.days, language: language)
        }
    }
}

/// A progress line on stderr for imports that take more than a second; silent when stderr
/// is not a terminal so logs and pipes stay clean.
final class ProgressLine: @unchecked Sendable {
    private let enabled = isatty(2) == 1
    private var shown = false

    func update(_ text: String, rows: Int, elapsed: Double) {
        guard enabled, elapsed >= 1 else { return }
        let rate = Int(Double(rows) / max(elapsed, 0.001))
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)  \(rate)/s".utf8))
        shown = true
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}
