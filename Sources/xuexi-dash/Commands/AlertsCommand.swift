import ArgumentParser
import Foundation
import XuexiCore
import XuexiImport
import XuexiModel
import XuexiStore

/// `xuexi-dash alerts [list|ack|snooze|evaluate]`: the same `AlertEngine` operations the
/// dashboard's alerts pane uses.
struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "List, acknowledge, snooze and evaluate alerts / 预警",
        subcommands: [List.self, Acknowledge.self, Snooze.self, Evaluate.self],
        defaultSubcommand: List.self)

    /// After a committed import (`import`, `watch`, `demo`): one summary line for the
    /// evaluation of the imported days and staleness. The import has already succeeded, so a
    /// failure here is a warning, not a failed import. Flushed at once: `watch` writes to logs.
    static func printEvaluation(_ result: Result<AlertEvaluation, any Error>, language: Language) {
        switch result {
        case .success(let evaluation):
            print(summaryLine(evaluation, language: language))
            fflush(nil)
        case .failure(let error):
            printError(
                StringTable.text(
                    AlertText.cliEvaluationFailed, language, ErrorMessage.text(for: error, language: language)))
        }
    }

    static func summaryLine(_ result: AlertEvaluation, language: Language) -> String {
        let days = result.days.map(\.iso)
        let span = days.count > 1 ? "\(days.first!)…\(days.last!)" : (days.first ?? "")
        return StringTable.text(
            AlertText.cliEvaluated, language, span, Set(result.opened).count, Set(result.reopened).count,
            Set(result.resolved).count, Set(result.unsnoozed).count, result.holding)
    }

    /// The engine over the store; with `writing`, a read-only store ends the command with why.
    static func engine(_ global: GlobalOptions, writing action: CLIText? = nil) throws -> AlertEngine {
        let configuration = try global.configuration()
        let store = try global.openStoreRebuildingIfStale(configuration)
        if let action { try global.requireWritable(store, for: action) }
        return AlertEngine(store: store, configuration: configuration)
    }

    /// Alert errors are bad input: a clear message and exit status 1.
    static func checked<T>(_ language: Language, _ body: () throws -> T) throws -> T {
        do {
            return try withKnownOrg(body)
        } catch let error as AlertError {
            printError(error.message(language))
            throw ExitCode(1)
        }
    }
}

extension AlertsCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List alerts / 预警列表")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only alerts of this org's subtree (store-wide alerts are always shown)") var org: String?
        @Option(
            help: "open, acknowledged, snoozed, resolved, active (all but resolved) or all",
            transform: AlertStateFilter.parse)
        var state: AlertStateFilter = .active
        @Option(help: "Only alerts whose condition held on this day (YYYY-MM-DD)", transform: Day.parse) var date: Day?
        @Option(help: "table, json or csv") var format: OutputFormat = .table
        @Flag(help: "Every member alert (units inside each group, learners, rows) instead of the groups")
        var expand = false

        func run() throws {
            let language = global.language
            let day = date
            let engine = try AlertsCommand.engine(global)
            var alerts = try AlertsCommand.checked(language) { try engine.alerts(state: state, scope: org) }
            if let day { alerts = alerts.filter { $0.firstSeen <= day && day <= $0.lastSeen } }
            let groups = AlertGroup.build(alerts)
            if expand {
                try AlertsCommand.printMembers(groups, format: format, language: language)
            } else {
                try AlertsCommand.printGroups(groups, format: format, language: language)
            }
        }
    }

    struct Acknowledge: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "ack", abstract: "Acknowledge an alert / 确认预警")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Alert id, as listed by `xuexi-dash alerts`") var id: String
        @Option(help: "A note, e.g. what was done") var note: String?
        @Option(help: "Who acknowledges (default: your OS login name)") var by: String?

        func run() throws {
            let language = global.language
            let engine = try AlertsCommand.engine(global, writing: .actionAcknowledge)
            let user = by ?? ImportOptions.currentUser()
            let alert = try AlertsCommand.checked(language) { try engine.acknowledge(id: id, note: note, by: user) }
            print(StringTable.text(AlertText.cliAcknowledged, language, alert.id))
        }
    }

    struct Snooze: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "snooze", abstract: "Snooze an alert until a day / 暂缓预警")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Alert id, as listed by `xuexi-dash alerts`") var id: String
        @Option(
            help: "Last day of the snooze (YYYY-MM-DD); the alert opens again after it if the condition still holds",
            transform: Day.parse)
        var until: Day

        func run() throws {
            let language = global.language
            let day = until
            let engine = try AlertsCommand.engine(global, writing: .actionSnooze)
            let alert = try AlertsCommand.checked(language) { try engine.snooze(id: id, until: day) }
            print(StringTable.text(AlertText.cliSnoozed, language, alert.id, day.iso))
        }
    }

    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "evaluate", abstract: "Evaluate the alert rules for a day / 评估预警")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Data day to evaluate (default: the latest day with data)", transform: Day.parse) var date: Day?

        func run() throws {
            let language = global.language
            let engine = try AlertsCommand.engine(global, writing: .actionEvaluate)
            let day = try date ?? engine.metrics.latestDay() ?? Day.today()
            print(AlertsCommand.summaryLine(try engine.evaluate(day: day), language: language))
        }
    }
}

/// An alert with its message in the chosen language, for `--format json`.
struct AlertWithMessage: Encodable {
    var alert: Alert
    var message: String

    enum CodingKeys: String, CodingKey { case message }

    func encode(to encoder: any Encoder) throws {
        try alert.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(message, forKey: .message)
    }
}
