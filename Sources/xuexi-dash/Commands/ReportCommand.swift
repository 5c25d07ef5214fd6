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
    @Argument(
        help: "daily, weekly, monthly or yearly (or give --period, or --from and --to)", transform: ReportKind.parse)
    var kind: ReportKind?
    @Option(help: "day, week, month or year (the same as the kind: year is the calendar year to date)")
    var period: ReportPeriodChoice?
    @Option(help: "First day of a period report (with --to)", transform: Day.parse) var from: Day?
    @Option(help: "Last day of a period report (with --from)", transform: Day.parse) var to: Day?
    @Option(
        help: "Day of the report, or a day in the week/month (default: the latest day with data)", transform: Day.parse)
    var date: Day?
    @Option(help: "Org whose child orgs are compared (default: the root)") var org: String?
    @Option(help: "How many top learners to list, plus everyone tied with the last (100 for 百名学霸)")
    var top: Int = ReportBuilder.topLearnerCount
    @Flag(help: "Show phone numbers in full in the lists to call (personal data: use with care)")
    var showPhones = false
    @Option(help: "md, csv, xlsx or json", transform: ReportFormat.parse) var format: ReportFormat = .md
    @Option(help: "Write to this file instead of standard output (xlsx to a terminal goes to report-KIND-DATE.xlsx)")
    var output: String?

    func run() throws {
        let language = global.language
        // Usage mistakes first: they exit 2 whether or not the store exists.
        let (kind, range) = try resolvedKind(language)
        let configuration = try global.configuration()
        let builder = ReportBuilder(
            store: try global.openStoreWarningIfStale(configuration), configuration: configuration)
        let report: Report
        do {
            report = try withKnownOrg {
                try builder.build(kind, date: date, org: org, top: max(1, top), range: range, showPhones: showPhones)
            }
        } catch let error as ReportError {
            printError(error.message(language))
            throw ExitCode(1)
        }
        let data = try builder.render(report, format: format, language: language)
        var path = output
        // A workbook on a terminal would be noise; a pipe gets the bytes as asked.
        if path == nil && format == .xlsx && isatty(1) == 1 {
            path = "report-\(report.kind.rawValue)-\(report.date).xlsx"
        }
        if let path {
            let url = URL(fileURLWithPath: UserDirectories.expandTilde(path))
            do {
                try data.write(to: url, options: .atomic)
            } catch {
                printError(ErrorMessage.writing(url.path, error: error, language: language))
                throw ExitCode(1)
            }
            printError(StringTable.text(ReportText.cliWritten, language, url.path))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    /// The kind from the argument, `--period`, or `--from`/`--to` (a range report).
    func resolvedKind(_ language: Language) throws -> (ReportKind, Period?) {
        if let from, let to {
            guard from <= to else {
                printError(StringTable.text(ReportText.cliBadRange, language))
                throw ExitCode(2)
            }
            return (.range, Period(first: from, last: to))
        }
        if let kind, kind != .range { return (kind, nil) }
        if let period { return (period.kind, nil) }
        printError(StringTable.text(ReportText.cliBadKind, language))
        throw ExitCode(2)
    }
}

/// `report --period day|week|month|year`.
enum ReportPeriodChoice: String, ExpressibleByArgument {
    case day, week, month, year

    var kind: ReportKind {
        switch self {
        case .day: .daily
        case .week: .weekly
        case .month: .monthly
        case .year: .yearly
        }
    }
}
