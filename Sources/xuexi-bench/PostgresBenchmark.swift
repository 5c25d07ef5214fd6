import Foundation
import XuexiCore
import XuexiImport
import XuexiModel
import XuexiStore
import XuexiStorePostgres

/// `xuexi-bench --store postgresql://…`: the PostgreSQL store through this process's
/// replica, beside the SQLite figures (docs/PERFORMANCE.md, "PostgreSQL"). The server URL
/// names any database on the server: each scale gets a database of its own,
/// `xuexi_bench_<scale>`, made again for each run. Measures a day's import (parse, derive,
/// send: what `import` does), a new clerk's first open (the whole store fetched), a
/// reopen (catch up), the org table warm, the month's top 20 and alert evaluation.
@MainActor struct PostgresBenchmark {
    var scale: DemoScale
    var days: Int
    var repeats: Int
    var work: URL
    var serverURL: String
    var record: (Measurement) -> Void

    func run() throws {
        let label = scale.rawValue + " pg"
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let exports = try BenchmarkExports(scale: scale, days: days, repeats: repeats, work: work)
        let (generator, files, history, singles, lastDay) = (
            exports.generator, exports.files, exports.history, exports.singles, exports.lastDay
        )
        let name = "xuexi_bench_\(scale.rawValue)"
        PostgresDatabases.drop(serverURL: serverURL, name: name)
        let url = try PostgresDatabases.create(serverURL: serverURL, name: name)
        let replicas = work.appendingPathComponent("replicas")
        try? FileManager.default.removeItem(at: replicas)
        func open(_ folder: String) throws -> XuexiStore {
            try PostgresReplica.openStore(
                url: url, create: true,
                environment: ["XUEXI_DASH_REPLICA_DIR": replicas.appendingPathComponent(folder).path])
        }
        let store = try open("clerk")
        var options = ImportOptions()
        options.user = "bench"
        options.date = generator.firstDay
        let rosterMs = try Clock.milliseconds {
            _ = try Importer(store: store, options: options).run(paths: [files.orgs.path, files.learners.path])
        }
        record(Measurement(name: "import orgs + roster", scale: label, samples: [rosterMs], target: nil))
        options.date = nil
        var historyMs = 0.0
        for url in history {
            historyMs += try Clock.milliseconds {
                _ = try Importer(store: store, options: options).run(paths: [url.path])
            }
        }
        record(
            Measurement(
                name: "import \(history.count) days of history", scale: label, samples: [historyMs / 1000],
                target: nil, unit: "s"))
        var daySamples: [Double] = []
        for url in singles {
            daySamples.append(
                try Clock.milliseconds { _ = try Importer(store: store, options: options).run(paths: [url.path]) })
        }
        // #16: a street day ≤ 0.5 s, a city day ≤ 3 s into PostgreSQL.
        let dayTarget: Double? = scale == .city ? 3000 : scale == .street ? 500 : nil
        record(
            Measurement(
                name: "import one day CSV (\(scale.learners) rows)", scale: label,
                samples: Array(daySamples.dropFirst()), target: dayTarget))
        let firstOpen = try Clock.milliseconds { _ = try open("new-clerk") }
        record(Measurement(name: "new clerk's first open (fetch all)", scale: label, samples: [firstOpen], target: nil))
        let reopen = try Clock.sample(repeats: repeats) { _ = try open("clerk") }
        record(Measurement(name: "open again (connect + catch up)", scale: label, samples: reopen, target: nil))
        let metrics = Metrics(store: store)
        let warm = try Clock.sample(repeats: repeats) { _ = try metrics.orgTable(period: .day(lastDay)) }
        record(Measurement(name: "org table for a date, warm", scale: label, samples: warm, target: 30))
        let month = try Clock.sample(repeats: repeats) { _ = try metrics.leaderboard(.month, day: lastDay, limit: 20) }
        record(Measurement(name: "top 20 learners, month", scale: label, samples: month, target: 50))
        try BenchmarkExtensions.alertEvaluation(
            store: store, metrics: metrics, day: lastDay, scale: label, repeats: repeats, record: record)
    }
}
