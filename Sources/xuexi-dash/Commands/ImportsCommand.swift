import ArgumentParser
import Foundation
import XuexiCore
import XuexiModel

/// `xuexi-dash imports`: every import with its digest.
struct ImportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "imports", abstract: "List past imports / 导入记录")

    @OptionGroup var global: GlobalOptions
    @Option(help: "table, json or csv") var format: OutputFormat = .table

    func run() throws {
        let language = global.language
        let store = try global.openStore()
        let rows = try store.importRecords()
        let t = { (key: CLIText) in StringTable.text(key, language) }
        switch format {
        case .json: print(try renderJSON(rows))
        case .csv, .table:
            var table = TextTable(
                headers: [
                    "#", t(CLIText.columnTime), t(CLIText.columnKind), t(CLIText.columnFile), t(CLIText.columnRows),
                    t(CLIText.columnDays),
                    "SHA-256", t(CLIText.columnUser),
                ],
                alignments: [.right, .left, .left, .left, .right, .left, .left, .left])
            for row in rows {
                let days = [row.firstDay, row.lastDay].compactMap { $0 }
                table.add([
                    "\(row.id)", row.startedAt, row.kind,
                    format == .table ? (row.file as NSString).lastPathComponent : row.file,
                    "\(row.rows)", Set(days).count == 1 ? days[0] : days.joined(separator: "…"),
                    format == .table ? String(row.sha256.prefix(12)) : row.sha256, row.user,
                ])
            }
            print(format == .csv ? table.renderCSV() : table.renderText())
        }
    }
}
