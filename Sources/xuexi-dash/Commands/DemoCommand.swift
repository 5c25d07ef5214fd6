import ArgumentParser
import Dashboard
import Foundation
import XuexiCore
import XuexiImport
import XuexiModel
import XuexiStore
import XuexiStorePostgres

/// `xuexi-dash demo`: builds a deterministic demo store through the import path.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a realistic demo store and open the dashboard / 生成演示数据并打开看板")

    @OptionGroup var global: GlobalOptions

    @Option(help: "village (1,095 learners), street (41,550) or city (570,000)")
    var scale: DemoScale = .village

    @Option(help: "Days of history, ending yesterday")
    var days: Int = 30

    @Option(help: "Random seed (the same seed gives the same store)")
    var seed: UInt64 = 2026

    @Flag(help: "Only build the store; do not open the dashboard")
    var noUi = false

    @Flag(help: "Rebuild even if a matching demo store exists")
    var rebuild = false

    @Flag(help: "Keep adding today's points through the import path so the screen moves (with --no-ui: until stopped)")
    var live = false

    @Option(help: "Seconds between live imports")
    var liveInterval: Double = 5

    /// Demo data goes to its own file unless --store is given, so it never mixes with real imports.
    var demoStorePath: String {
        if global.store != nil || ProcessInfo.processInfo.environment["XUEXI_DASH_STORE"] != nil {
            return global.storePath
        }
        let real = global.storePath as NSString
        return (real.deletingLastPathComponent as NSString).appendingPathComponent("demo-\(scale.rawValue).sqlite")
    }

    func validate() throws {
        guard (1...3660).contains(days) else { throw ValidationError(UsageText.demoDays.text(Language.commandLine)) }
        guard liveInterval >= 0.5 else { throw ValidationError(UsageText.demoLiveInterval.text(Language.commandLine)) }
    }

    func run() throws {
        let language = global.language
        let configuration = try global.configuration()
        let builder = DemoBuilder(
            scale: scale, days: days, seed: seed, lastDay: Day.today().adding(-1), configuration: configuration)
        let path = demoStorePath
        var store = try global.createStore(path: path, for: .actionDemo)
        let existingSignature = try DemoBuilder.signature(of: store)
        if rebuild || existingSignature != builder.signature {
            if try store.latestDay() != nil || existingSignature != nil {
                store = try recreate(path: path)
            }
            let bar = ProgressBar(enabled: isatty(2) == 1)
            let started = Date()
            try builder.build(into: store) { step in
                switch step {
                case .generating(let done, let total):
                    bar.show(StringTable.text(CLIText.demoGenerating, language), done: done, total: total)
                case .importingRoster:
                    bar.show(StringTable.text(CLIText.demoRoster, language), done: 0, total: 1)
                case .importingDay(let done, let total):
                    bar.show(StringTable.text(CLIText.demoImporting, language), done: done, total: total)
                }
            }
            bar.finish()
            print(
                StringTable.text(
                    CLIText.demoBuilt, language, scale.learners, days, path,
                    String(format: "%.1f", Date().timeIntervalSince(started))))
            // The builder imports day by day; evaluate its days once, as `import` would.
            let service = ImportService(store: store, configuration: configuration)
            if let alerts = service.evaluateAlerts(days: (0..<days).map { builder.lastDay.adding(-$0) }) {
                AlertsCommand.printEvaluation(alerts, language: language)
            }
        } else {
            print(StringTable.text(CLIText.demoReused, language, path))
        }
        var writer: LiveDemoWriter?
        if live {
            let liveWriter = LiveDemoWriter(
                store: store, configuration: configuration, day: Day.today(), interval: liveInterval, seed: seed)
            if noUi {
                liveWriter.onStep = { result in DemoCommand.reportLiveStep(result, language: language) }
                print(StringTable.text(DashText.cliLiveStarted, language, Day.today().iso, liveInterval))
            }
            liveWriter.start()
            writer = liveWriter
        }
        defer { writer?.stop() }
        if !noUi {
            try DashboardLauncher.run(storePath: path, global: global, configuration: configuration)
        } else if live {
            // Until Ctrl-C or SIGTERM ends the process: the writer thread does the work.
            while true { Thread.sleep(forTimeInterval: 3600) }
        }
    }

    static func reportLiveStep(_ result: Result<ImportSummary, any Error>, language: Language) {
        switch result {
        case .success(let summary):
            // Unbuffered: the lines come from a background thread and may go to a pipe.
            FileHandle.standardOutput.write(
                Data(
                    (StringTable.text(
                        DashText.cliLiveStep, language, summary.totalRows,
                        String(format: "%.2f", summary.seconds)) + "\n").utf8))
        case .failure(let error):
            printError(
                StringTable.text(DashText.cliLiveFailed, language, ErrorMessage.text(for: error, language: language)))
        }
    }

    private func recreate(path: String) throws -> XuexiStore {
        // A shared database is never emptied by a demo: that is the DBA's call.
        if PostgresLocation.isPostgres(path) {
            printError(StringTable.text(CLIText.demoWontEmptyPostgres, global.language, path))
            throw ExitCode(3)
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return try global.createStore(path: path, for: .actionDemo)
    }
}
