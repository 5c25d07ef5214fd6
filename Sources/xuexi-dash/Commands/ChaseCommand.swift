import ArgumentParser
import Foundation
import XuexiCore
import XuexiModel

/// `learners --status …`: the learners to chase, with their mentors (phones masked unless
/// `--show-phones`). The same list as the branch review's member filter.
enum ChaseCommand {
    static func run(
        global: GlobalOptions, org: String?, status: ChaseStatus, days: Int?, format: ListFormat, output: String?,
        showPhones: Bool
    ) throws {
        let language = global.language
        let configuration = try loadConfiguration(global)
        let metrics = Metrics(store: try global.openStoreWarningIfStale(configuration), configuration: configuration)
        let rows = try withKnownOrg {
            try metrics.chaseList(scope: org, status: status, minimumDays: days, showPhones: showPhones)
        }
        let data: Data
        switch format {
        case .table:
            let table = ChaseTable.make(rows, status: status, language: language)
            var text = TextTable(headers: table.headers, alignments: table.headers.map { _ in .left })
            for row in table.rows { text.add(row.map(\.text)) }
            data = Data(
                (text.renderText() + "\n" + StringTable.text(CLIText.chaseSummary, language, rows.count) + "\n").utf8)
        case .csv: data = try ChaseTable.render(rows, status: status, format: .csv, language: language)
        case .xlsx: data = try ChaseTable.render(rows, status: status, format: .xlsx, language: language)
        case .json: data = try ChaseTable.render(rows, status: status, format: .json, language: language)
        }
        var path = output
        if path == nil && format == .xlsx && isatty(1) == 1 { path = "learners-\(status.rawValue).xlsx" }
        if let path {
            let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
            try data.write(to: url, options: .atomic)
            printError(StringTable.text(ReportText.cliWritten, language, url.path))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
