import ArgumentParser
import Foundation
import XuexiCore
import XuexiModel
import XuexiStore

/// `xuexi-dash imports`: the import log (`imports list`, the default) and `imports undo`.
struct ImportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "imports", abstract: "List or undo past imports / 导入记录与撤销",
        subcommands: [ImportsListCommand.self, ImportsUndoCommand.self],
        defaultSubcommand: ImportsListCommand.self)
}

/// `xuexi-dash imports [list]`: every import with its digest and what it changed.
struct ImportsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List past imports / 导入记录")

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
                    t(CLIText.columnAdded), t(CLIText.columnReplaced), t(CLIText.columnDays),
                    "SHA-256", t(CLIText.columnUser),
                ],
                alignments: [.right, .left, .left, .left, .right, .right, .right, .left, .left, .left])
            for row in rows {
                table.add([
                    "\(row.id)", localTime(row.startedAt), row.kind,
                    format == .table ? (row.file as NSString).lastPathComponent : row.file,
                    "\(row.rows)", row.added.map { "\($0)" } ?? "—", row.replaced.map { "\($0)" } ?? "—",
                    daysText(row),
                    format == .table ? String(row.sha256.prefix(12)) : row.sha256, row.user,
                ])
            }
            print(format == .csv ? table.renderCSV() : table.renderText(), terminator: format == .csv ? "" : "\n")
        }
    }

    /// An import's start (stored in UTC) in the local time zone the dashboard shows.
    private func localTime(_ iso: String) -> String {
        guard let date = ISO8601DateFormatter().date(from: iso) else { return iso }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }

    /// The days an import touched: one day, a range, or the listed days when not contiguous.
    private func daysText(_ row: ImportRecordRow) -> String {
        if !row.daysTouched.isEmpty {
            return row.daysTouched.count <= 3
                ? row.daysTouched.joined(separator: ",")
                : "\(row.daysTouched.first!)…\(row.daysTouched.last!) (\(row.daysTouched.count))"
        }
        let days = [row.firstDay, row.lastDay].compactMap { $0 }
        return Set(days).count <= 1 ? (days.first ?? "") : days.joined(separator: "…")
    }
}
