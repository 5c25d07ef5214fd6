import ArgumentParser
import Foundation
import XuexiCore
import XuexiModel
import XuexiStore

/// `xuexi-dash orgs`: the org tree with registered / expected.
struct OrgsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "orgs", abstract: "List organizations with registered/expected / 组织列表")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this org's subtree") var scope: String?
    @Option(help: "Day for registration figures (default today)") var date: String?
    @Option(help: "table, json or csv") var format: OutputFormat = .table

    func run() throws {
        let language = global.language
        let store = try global.openStore()
        let day = try date.map { try parseDay($0) } ?? Day.today()
        let rows = try withKnownOrg { try store.orgRoster(on: day, scope: scope) }
        let t = { (key: String) in StringTable.text(key, language) }
        switch format {
        case .json: print(try renderJSON(rows))
        case .csv, .table:
            var table = TextTable(headers: [t("col.code"), t("col.org"), t("col.learners"), t("col.registered"),
                                            t("col.expected"), t("col.registrationRate")],
                                  alignments: [.left, .left, .right, .right, .right, .right])
            for row in rows {
                let indent = format == .table ? String(repeating: "  ", count: row.depth) : ""
                table.add([row.code, indent + row.name, "\(row.learners)", "\(row.registered)",
                           row.expected.map(String.init) ?? "—", MetricFormat.percent(row.registrationRate)])
            }
            print(format == .csv ? table.renderCSV() : table.renderText())
            if format == .table {
                let roots = rows.filter { $0.depth == 0 }
                print(StringTable.text("cli.orgs.summary", language, rows.count, roots.reduce(0) { $0 + $1.learners },
                                       roots.reduce(0) { $0 + $1.registered }))
            }
        }
    }
}

/// `xuexi-dash learners [--org CODE]`: the roster, phones masked.
struct LearnersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "learners", abstract: "List learners (phones masked) / 学员列表")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only learners in this org's subtree") var org: String?
    @Option(help: "table, json or csv") var format: OutputFormat = .table
    @Flag(help: "Show phone numbers in full (personal data: use with care)") var showPhones = false

    func run() throws {
        let language = global.language
        let store = try global.openStore()
        let rows = try withKnownOrg { try store.learners(in: org, showPhones: showPhones) }
        let t = { (key: String) in StringTable.text(key, language) }
        switch format {
        case .json: print(try renderJSON(rows))
        case .csv, .table:
            var table = TextTable(headers: [t("col.learnerId"), t("col.name"), t("col.org"), t("col.status"), t("col.phone"),
                                            t("col.mentor"), t("col.registeredOn"), t("col.activated"), t("col.total")],
                                  alignments: [.left, .left, .left, .left, .left, .left, .left, .left, .right])
            for row in rows {
                table.add([row.id, row.name, row.orgName, row.status ?? "", row.phone, row.mentorId ?? "", row.registeredOn ?? "",
                           row.activated ? t("word.yes") : t("word.no"), row.totalPoints.map(String.init) ?? ""])
            }
            print(format == .csv ? table.renderCSV() : table.renderText())
            if format == .table { print(StringTable.text("cli.learners.summary", language, rows.count)) }
        }
    }
}

/// `xuexi-dash imports`: every import with its digest.
struct ImportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "imports", abstract: "List past imports / 导入记录")

    @OptionGroup var global: GlobalOptions
    @Option(help: "table, json or csv") var format: OutputFormat = .table

    func run() throws {
        let language = global.language
        let store = try global.openStore()
        let rows = try store.importRecords()
        let t = { (key: String) in StringTable.text(key, language) }
        switch format {
        case .json: print(try renderJSON(rows))
        case .csv, .table:
            var table = TextTable(headers: ["#", t("col.time"), t("col.kind"), t("col.file"), t("col.rows"), t("col.days"),
                                            "SHA-256", t("col.user")],
                                  alignments: [.right, .left, .left, .left, .right, .left, .left, .left])
            for row in rows {
                let days = [row.firstDay, row.lastDay].compactMap { $0 }
                table.add(["\(row.id)", row.startedAt, row.kind, format == .table ? (row.file as NSString).lastPathComponent : row.file,
                           "\(row.rows)", Set(days).count == 1 ? days[0] : days.joined(separator: "…"),
                           format == .table ? String(row.sha256.prefix(12)) : row.sha256, row.user])
            }
            print(format == .csv ? table.renderCSV() : table.renderText())
        }
    }
}

func parseDay(_ text: String) throws -> Day {
    guard let day = Day(iso: text) else { throw ValidationError("expected a date YYYY-MM-DD, found \(text)") }
    return day
}

/// Turns an unknown `--org`/`--scope` into a clear bad-input exit (status 1).
func withKnownOrg<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as UnknownOrganization {
        printError(error.description)
        throw ExitCode(1)
    }
}
