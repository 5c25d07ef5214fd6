import ArgumentParser
import Foundation
import XuexiCore
import XuexiModel

/// `xuexi-dash orgs`: the org tree with registered / expected.
struct OrgsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgs", abstract: "List organizations with registered/expected / 组织列表")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this org's subtree") var scope: String?
    @Option(help: "Day for registration figures (default today)", transform: Day.parse) var date: Day?
    @Option(help: "table, json or csv") var format: OutputFormat = .table

    func run() throws {
        let language = global.language
        let store = try global.openStore()
        let day = date ?? Day.today()
        let rows = try withKnownOrg { try store.orgRoster(on: day, scope: scope) }
        let t = { (key: CLIText) in StringTable.text(key, language) }
        switch format {
        case .json: print(try renderJSON(rows))
        case .csv, .table:
            var table = TextTable(
                headers: [
                    t(CLIText.columnCode), t(CLIText.columnOrg), t(CLIText.columnLearners), t(CLIText.columnRegistered),
                    t(CLIText.columnExpected), t(CLIText.columnRegistrationRate),
                ],
                alignments: [.left, .left, .right, .right, .right, .right])
            for row in rows {
                let indent = format == .table ? String(repeating: "  ", count: row.depth) : ""
                table.add([
                    row.code, indent + row.name, "\(row.learners)", "\(row.registered)",
                    row.expected.map(String.init) ?? "—", MetricFormat.percent(row.registrationRate),
                ])
            }
            print(format == .csv ? table.renderCSV() : table.renderText(), terminator: format == .csv ? "" : "\n")
            if format == .table {
                let roots = rows.filter { $0.depth == 0 }
                print(
                    StringTable.text(
                        CLIText.orgsSummary, language, rows.count, roots.reduce(0) { $0 + $1.learners },
                        roots.reduce(0) { $0 + $1.registered }))
            }
        }
    }
}
