import ArgumentParser
import Foundation
import XuexiCore
import XuexiModel

/// `xuexi-dash report daily|weekly|monthly`: 每日一督, 每周一晒, 每月一比 (SPEC §6).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Daily, weekly or monthly report / 每日一督、每周一晒、每月一比",
        discussion: """
            The league table of the child orgs of --org (default: the root; the roots when there are several), \
            the notice list, top learners, inactive learners with their mentors and open alerts. \
            Formats: md (for chat groups), csv (sections separated by a blank line), xlsx (one sheet per section), \
            json (the exact figures). Phone numbers never appear.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "daily, weekly or monthly", transform: ReportKind.parse) var kind: ReportKind
    @Option(
        help: "Day of the report, or a day in the week/month (default: the latest day with data)", transform: Day.parse)
    var date: Day?
    @Option(help: "Org whose child orgs are compared (default: the root)") var org: String?
    @Option(help: "md, csv, xlsx or json", transform: ReportFormat.parse) var format: ReportFormat = .md
    @Option(help: "Write to this file instead of standard output (xlsx to a terminal goes to report-KIND-DATE.xlsx)")
    var output: String?

    func run() throws {
        let language = global.language
        let configuration = try global.configuration()
        let builder = ReportBuilder(store: try global.openStore(), configuration: configuration)
        let report: Report
        do {
            report = try withKnownOrg { try builder.build(kind, date: date, org: org) }
        } catch let error as ReportError {
            printError(error.message(language))
            throw ExitCode(1)
        }
        let data = try builder.render(report, format: format, language: language)
        var path = output
        // A workbook on a terminal would be noise; a pipe gets the bytes as asked.
        if path == nil && format == .xlsx && isatty(1) == 1 { path = "report-\(kind.rawValue)-\(report.date).xlsx" }
        if let path {
            let url = URL(fileURLWithPath: UserDirectories.expandTilde(path))
            do {
                try data.write(to: url, options: .atomic)
            } catch {
                printError("\(url.path): \(error.localizedDescription)")
                throw ExitCode(1)
            }
            printError(StringTable.text(ReportText.cliWritten, language, url.path))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
