import ArgumentParser
import Dashboard
import Foundation
import XuexiCore
import XuexiImport
import XuexiModel
import XuexiStore
import XuexiStorePostgres

/// `xuexi-dash watch DIR`: imports each new or changed export that lands in DIR, until stopped.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Import each new or changed export that lands in a directory / 监视文件夹并自动导入",
        discussion:
            "A file is imported once its size and time have stopped changing. A file the import refuses is moved to DIR/rejected/ with a .error.txt note, and watching goes on."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Directory to watch")
    var directory: String

    @Option(help: "Seconds a file must stay unchanged before it is read")
    var settle: Double = 2

    @Option(help: "Seconds between looks at the directory")
    var interval: Double = 1

    @Flag(help: "Ignore the files already in the directory; import only those that arrive later")
    var newOnly = false

    @Flag(help: "Look once, import what is ready, and exit (for cron)")
    var once = false

    @Option(help: "After a day's points land, post its daily note to this notify target (config.toml)")
    var notify: String?

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError(UsageText.watchNotDirectory.text(Language.commandLine, directory))
        }
        guard settle >= 0, interval >= 0.1 else {
            throw ValidationError(UsageText.watchTimes.text(Language.commandLine))
        }
    }

    func run() throws {
        let language = global.language
        let configuration = try global.configuration()
        let store = try global.createStore(for: .actionWatch)
        store.followStoreOfRecord()
        let service = ImportService(store: store, configuration: configuration)
        let watcher = DirectoryWatcher(
            directory: URL(fileURLWithPath: directory), store: store,
            options: service.importOptions(language: language), settleSeconds: settle)
        if newOnly { watcher.skipExistingFiles() }
        let session = NotifySession(store: store, configuration: configuration, language: language)
        // A target that cannot be used is found now, not after the first import.
        if let notify { _ = try session.target(named: notify) }
        if once {
            // Two looks `settle` apart: a file must hold still in between to count as complete.
            _ = watcher.scan()
            Thread.sleep(forTimeInterval: settle)
            report(watcher.scan(), service: service, language: language)
            return
        }
        say(StringTable.text(DashText.cliWatching, language, directory, store.path ?? ""))
        watcher.run(pollSeconds: interval, shouldStop: { false }) { events in
            report(events, service: service, language: language)
        }
    }

    /// A line on stdout at once, even into a pipe or a log file (print would buffer it).
    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// One line per file, then the alerts of the days imported, evaluated once as `import` does.
    private func report(_ events: [WatchEvent], service: ImportService, language: Language) {
        var days: Set<Day> = []
        for event in events {
            report(event, language: language)
            if case .imported(_, let result) = event, result.duplicateOf == nil { days.formUnion(result.days) }
        }
        if let alerts = service.evaluateAlerts(days: Array(days)) {
            AlertsCommand.printEvaluation(alerts, language: language)
        }
        postDailyNote(for: days, service: service, language: language)
        if !events.isEmpty { service.releaseMemory() }
    }

    /// The daily note of the latest day imported, once its file is complete; a failed post is logged and
    /// printed, and watching goes on.
    private func postDailyNote(for days: Set<Day>, service: ImportService, language: Language) {
        guard let notify, let day = days.max() else { return }
        let session = NotifySession(store: service.store, configuration: service.configuration, language: language)
        do {
            _ = try session.post(.daily, date: day, org: nil, to: notify, dryRun: false)
        } catch {
            printError(NoteText.watchNotifyFailed.text(language, ErrorMessage.text(for: error, language: language)))
        }
    }

    private func report(_ event: WatchEvent, language: Language) {
        let time = ISO8601DateFormatter.string(
            from: Date(), timeZone: .current, formatOptions: [.withTime, .withColonSeparatorInTime])
        switch event {
        case .imported(let file, let result):
            let name = (file as NSString).lastPathComponent
            if let previous = result.duplicateOf {
                say("[\(time)] " + StringTable.text(DashText.cliWatchDuplicate, language, name, previous))
                return
            }
            let days =
                result.days.isEmpty
                ? ""
                : " "
                    + (result.days.count > 1
                        ? "\(result.days.first!.iso)…\(result.days.last!.iso)" : result.days[0].iso)
            say(
                "[\(time)] "
                    + StringTable.text(DashText.cliWatchImported, language, name, result.rows, result.kind.rawValue)
                    + days)
        case .rejected(let file, let message, let movedTo):
            let name = (file as NSString).lastPathComponent
            printError("[\(time)] " + StringTable.text(DashText.cliWatchRejected, language, name, movedTo ?? file))
            printError(message)
        }
    }
}
