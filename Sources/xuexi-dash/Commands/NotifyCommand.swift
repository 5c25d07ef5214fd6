import ArgumentParser
import Foundation
import XuexiCore
import XuexiModel
import XuexiStore

/// `xuexi-dash notify`: the notes and alerts posted to chat-group robots (WeCom, DingTalk, Feishu, webhook).
struct NotifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: "Post notes and alerts to chat-group robots / 推送到工作群机器人",
        discussion: """
            Targets are [notify.targets.NAME] tables in config.toml (kind, url_env or url_file, secret_env, mention, \
            style); the webhook URL and signing secret come from the environment or an owner-only file. A part \
            already delivered is never posted again. Failures print the platform's code and a hint, and exit 1.
            """,
        subcommands: [Daily.self, Weekly.self, Monthly.self, Alerts.self, Log.self])

    /// Options of the three notes.
    struct NoteOptions: ParsableArguments {
        @OptionGroup var global: GlobalOptions
        @Option(
            help: "Day of the note, or a day in the week/month (default: the latest day with data)",
            transform: Day.parse)
        var date: Day?
        @Option(help: "Org whose child orgs are compared (default: the root)") var org: String?
        @Option(help: "Target name, a [notify.targets.NAME] table of config.toml") var to: String
        @Flag(help: "Print the exact HTTP bodies instead of sending") var dryRun = false
        @Flag(help: "With --dry-run: print the mobiles to @ in full (masked otherwise)") var showPhones = false

        func run(_ kind: ReportKind) throws {
            let store = try global.openStore()
            if !dryRun { try global.requireWritable(store, for: .actionNotify) }
            let session = NotifySession(
                store: store, configuration: try loadConfiguration(global), language: global.language)
            guard try session.post(kind, date: date, org: org, to: to, dryRun: dryRun, showPhones: showPhones) else {
                throw ExitCode(1)
            }
        }
    }

    struct Daily: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Post the daily note / 每日一督")
        @OptionGroup var options: NoteOptions
        func run() throws { try options.run(.daily) }
    }

    struct Weekly: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Post the weekly league table / 每周一晒")
        @OptionGroup var options: NoteOptions
        func run() throws { try options.run(.weekly) }
    }

    struct Monthly: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Post the monthly comparison / 每月一比")
        @OptionGroup var options: NoteOptions
        func run() throws { try options.run(.monthly) }
    }

    struct Alerts: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Post new or changed alert groups, each once / 推送新增或变化的预警")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Target name, a [notify.targets.NAME] table of config.toml") var to: String
        @Option(help: "Least severity posted: critical, warning or info", transform: AlertSeverity.parse)
        var minSeverity: AlertSeverity = .warning
        @Option(help: "Only alerts of this org's subtree") var org: String?
        @Flag(help: "Print the exact HTTP bodies instead of sending") var dryRun = false

        func run() throws {
            let language = global.language
            let configuration = try loadConfiguration(global)
            let store = try global.openStore()
            if !dryRun { try global.requireWritable(store, for: .actionNotify) }
            let session = NotifySession(store: store, configuration: configuration, language: language)
            let (_, robot) = try session.target(named: to)
            let engine = AlertEngine(store: store, configuration: configuration)
            let told = try store.notifiedAlerts(target: to)
            let alerts = try withKnownOrg { try engine.alerts(state: .active, scope: org) }.filter {
                $0.state != .snoozed && $0.severity <= minSeverity && told[$0.id] != ChatNote.fingerprint($0)
            }
            guard !alerts.isEmpty else {
                print(NoteText.alertsNothingNew.text(language, to))
                return
            }
            let day = alerts.map(\.lastSeen).max()?.iso ?? ""
            let title = NoteText.alertsTitle.text(language, day)
            let note = ChatNote.alerts(alerts, title: title, language: language)
            let fingerprints = Dictionary(alerts.map { ($0.id, ChatNote.fingerprint($0)) }, uniquingKeysWith: { $1 })
            let subject = "alerts " + fingerprints.keys.sorted().joined(separator: ",").prefix(200)
            guard try session.send(note, subject: String(subject), to: robot, dryRun: dryRun, alerts: fingerprints)
            else { throw ExitCode(1) }
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List deliveries, newest first / 推送记录")
        @OptionGroup var global: GlobalOptions
        @Option(help: "How many deliveries to list") var limit: Int = 50

        func run() throws {
            let language = global.language
            let records = try global.openStore().notifyDeliveries(limit: limit)
            guard !records.isEmpty else {
                print(NoteText.logEmpty.text(language))
                return
            }
            let headers =
                [CLIText.columnTime.text(language)]
                + [NoteText.colTarget, .colSubject, .colParts, .colRetries, .colResult].map { $0.text(language) }
            var table = TextTable(headers: headers)
            for record in records {
                table.add([
                    record.startedAt, record.target + " (\(record.platform))", record.subject,
                    "\(record.delivered)/\(record.messages)", "\(record.retries)",
                    record.error ?? NoteText.resultDelivered.text(language),
                ])
            }
            print(table.renderText(), terminator: "")
        }
    }
}

extension AlertSeverity: ArgumentValue {
    static func expectation(_ language: Language) -> String { UsageText.expectSeverity.text(language) }
}
