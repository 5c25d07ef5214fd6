import ArgumentParser
import Dashboard
import XuexiCore
import XuexiModel

/// `--period day|week|month|year` and `--from D --to D` of `dashboard` and `snapshot`, as
/// `report` takes them.
struct PeriodOptions: ParsableArguments {
    @Option(help: "Figures for the day, week, month or year around the day shown")
    var period: DashboardPeriod?

    @Option(help: "First day of a fixed range (with --to)", transform: Day.parse)
    var from: Day?

    @Option(help: "Last day of a fixed range (with --from)", transform: Day.parse)
    var to: Day?

    /// A half-given or reversed range is a usage error (said before any terminal opens).
    func check(language: Language) throws {
        guard from != nil || to != nil else { return }
        guard let from, let to, from <= to else {
            printError(StringTable.text(ReportText.cliBadRange, language))
            throw ExitCode(2)
        }
    }

    /// Sets the state's period or range (after `check`).
    func apply(to state: inout DashboardState) {
        if let period { state.show(period: period) }
        if let from, let to, from <= to { state.show(range: Period(first: from, last: to)) }
    }
}

extension DashboardPeriod: ExpressibleByArgument {}
