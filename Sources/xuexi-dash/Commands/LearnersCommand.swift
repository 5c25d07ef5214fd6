import ArgumentParser
import Foundation
import XuexiCore
import XuexiModel

/// `xuexi-dash learners [--org CODE] [--status unregistered|unactivated|inactive [--days N]]`:
/// the roster, or the learners to chase with their mentors; phones masked.
struct LearnersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learners", abstract: "List learners (phones masked) / 学员列表")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only learners in this org's subtree") var org: String?
    @Option(help: "table, json, csv or xlsx (xlsx with --status)") var format: ListFormat = .table
    @Option(help: "Only learners to chase: unregistered, unactivated or inactive (with their mentors)")
    var status: ChaseStatus?
    @Option(help: "With --status inactive: at least this many days without points (default: alerts.inactive_days)")
    var days: Int?
    @Option(help: "Write to this file instead of standard output") var output: String?
    @Flag(help: "Show phone numbers in full (personal data: use with care)") var showPhones = false

    func run() throws {
        let language = global.language
        if let status {
            try ChaseCommand.run(
                global: global, org: org, status: status, days: days, format: format, output: output,
                showPhones: showPhones)
            return
        }
        guard format != .xlsx else {
            printError(StringTable.text(CLIText.learnersXLSXNeedsStatus, language))
            throw ExitCode(2)
        }
        let store = try global.openStore()
        let rows = try withKnownOrg { try store.learners(in: org, showPhones: showPhones) }
        let t = { (key: CLIText) in StringTable.text(key, language) }
        switch format {
        case .json: print(try renderJSON(rows))
        case .csv, .table, .xlsx:
            var table = TextTable(
                headers: [
                    t(CLIText.columnLearnerId), t(CLIText.columnName), t(CLIText.columnOrg), t(CLIText.columnStatus),
                    t(CLIText.columnPhone),
                    t(CLIText.columnMentor), t(CLIText.columnRegisteredOn), t(CLIText.columnActivated),
                    t(CLIText.columnTotal),
                ],
                alignments: [.left, .left, .left, .left, .left, .left, .left, .left, .right])
            for row in rows {
                table.add([
                    row.id, row.name, row.orgName, row.status ?? "", row.phone, row.mentorId ?? "",
                    row.registeredOn ?? "",
                    row.activated ? t(CLIText.wordYes) : t(CLIText.wordNo), row.totalPoints.map(String.init) ?? "",
                ])
            }
            print(format == .csv ? table.renderCSV() : table.renderText(), terminator: format == .csv ? "" : "\n")
            if format == .table { print(StringTable.text(CLIText.learnersSummary, language, rows.count)) }
        }
    }
}
