import Foundation
import XuexiCore
import XuexiImport
import XuexiModel
import XuexiStore

/// Every measurement of one scale, on a store built from generated exports.
@MainActor
struct ScaleBenchmark {
    var scale: DemoScale
    var days: Int
    var repeats: Int
    var work: URL
    var dashboardBinary: String?
    var record: (Measurement) -> Void

    func run() throws {
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: work)
        try fileManager.createDirectory(at: work, withIntermediateDirectories: true)
        let storePath = work.appendingPathComponent("store.sqlite").path
        let exports = try BenchmarkExports(scale: scale, days: days, repeats: repeats, work: work)
        let (generator, files, history, singles, lastDay) = (
            exports.generator, exports.files, exports.history, exports.singles, exports.lastDay
        )
        let label = scale.rawValue

        let store = try XuexiStore.open(path: storePath)
        var options = ImportOptions()
        options.user = "bench"
        options.date = generator.firstDay
        let rosterMs = try Clock.milliseconds {
            _ = try Importer(store: store, options: options).run(paths: [files.orgs.path, files.learners.path])
        }
        record(
            Measurement(
                name: "import orgs + roster", scale: label, samples: [rosterMs], target: nil,
                extra: ["learners": Double(scale.learners)]))
        options.date = nil
        var historyMs = 0.0
        for url in history {
            historyMs += try Clock.milliseconds {
                _ = try Importer(store: store, options: options).run(paths: [url.path])
            }
        }
        let rowsPerDay = Double(scale.learners)
        record(
            Measurement(
                name: "import \(history.count) days of history", scale: label, samples: [historyMs / 1000], target: nil,
                unit: "s", extra: ["rows/s": rowsPerDay * Double(history.count) / (historyMs / 1000)]))

        // One day's CSV into the existing store, a new day each run.
        var daySamples: [Double] = []
        var phaseSamples: [String: [Double]] = [:]
        for url in singles {
            var summary: ImportSummary?
            daySamples.append(
                try Clock.milliseconds { summary = try Importer(store: store, options: options).run(paths: [url.path]) }
            )
            for (phase, seconds) in summary?.phases ?? [:] { phaseSamples[phase, default: []].append(seconds * 1000) }
        }
        let dayTarget: Double? =
            switch scale {
            case .city: 1000
            case .street: 100
            case .village: nil
            }
        var day = Measurement(
            name: "import one day CSV (\(scale.learners) rows)", scale: label,
            samples: Array(daySamples.dropFirst()), target: dayTarget)
        day.extra["rows/s"] = rowsPerDay / (day.median / 1000)
        record(day)
        for (phase, samples) in phaseSamples.sorted(by: { $0.key < $1.key }) {
            record(
                Measurement(
                    name: "  import phase: \(phase)", scale: label, samples: Array(samples.dropFirst()), target: nil))
        }

        let bytes = storeBytes(storePath)
        let learnerDays = Double(scale.learners) * Double(history.count + singles.count)
        record(
            Measurement(
                name: "store size on disk", scale: label, samples: [Double(bytes) / 1_048_576], target: nil,
                unit: "MiB",
                extra: ["bytes/learner-day": Double(bytes) / learnerDays]))

        try queries(storePath: storePath, lastDay: lastDay)
    }

    func queries(storePath: String, lastDay: Day) throws {
        let (store, metrics) = try orgTableQueries(storePath: storePath, lastDay: lastDay)
        let label = scale.rawValue
        for kind in [LeaderboardKind.day, .week, .month] {
            let samples = try Clock.sample(repeats: repeats) {
                _ = try metrics.leaderboard(kind, day: lastDay, limit: 20)
            }
            record(
                Measurement(
                    name: "top 20 learners, \(kind.rawValue)", scale: label, samples: samples,
                    target: kind == .month ? 50 : nil))
        }
        let inactive = try Clock.sample(repeats: max(1, repeats / 2)) {
            _ = try metrics.inactiveLearners(day: lastDay, minimumDays: 3)
        }
        record(Measurement(name: "inactive learners (≥3 days), root", scale: label, samples: inactive, target: nil))
        try BenchmarkExtensions.afterQueries(
            store: store, metrics: metrics, lastDay: lastDay, storePath: storePath, scale: label,
            repeats: repeats, dashboardBinary: dashboardBinary, record: record)
    }

    /// The org table cold, warm, drilled, on other dates and over every period a screen
    /// offers (`--figures-only` runs just these on a kept store).
    @discardableResult
    func orgTableQueries(storePath: String, lastDay: Day) throws -> (XuexiStore, Metrics) {
        let label = scale.rawValue
        // Cold: a fresh connection and metrics cache, as a dashboard just opened.
        var coldSamples: [Double] = []
        for _ in 0..<repeats {
            coldSamples.append(
                try Clock.milliseconds {
                    let store = try XuexiStore.open(path: storePath)
                    _ = try Metrics(store: store).orgTable(period: .day(lastDay))
                })
        }
        record(
            Measurement(
                name: "org table, cold (open + tree + figures)", scale: label, samples: coldSamples, target: nil))

        let store = try XuexiStore.open(path: storePath)
        let metrics = Metrics(store: store)
        let root = try metrics.snapshot().tree.orgs[0].code
        let community =
            try metrics.snapshot().tree.childIndices[0].first.map { try metrics.snapshot().tree.orgs[$0].code } ?? root
        let warm = try Clock.sample(repeats: repeats) { _ = try metrics.orgTable(period: .day(lastDay)) }
        record(Measurement(name: "org table for a date, warm", scale: label, samples: warm, target: 20))
        let scope = try Clock.sample(repeats: repeats) {
            _ = try metrics.orgTable(period: .day(lastDay), scope: community)
        }
        record(Measurement(name: "scope change (one community)", scale: label, samples: scope, target: 20))
        var offset = 0
        let dateChange = try Clock.sample(repeats: repeats) {
            offset += 1
            _ = try metrics.orgTable(period: .day(lastDay.adding(-offset)))
        }
        record(Measurement(name: "date change (previous days)", scale: label, samples: dateChange, target: 20))
        let week = try Clock.sample(repeats: repeats) {
            _ = try metrics.orgTable(period: Period(kind: .week, containing: lastDay))
        }
        record(Measurement(name: "org table for a week", scale: label, samples: week, target: nil))
        let month = try Clock.sample(repeats: repeats) {
            _ = try metrics.orgTable(period: Period(kind: .month, containing: lastDay))
        }
        record(Measurement(name: "org table for a month", scale: label, samples: month, target: nil))
        // Periods are two lookups of the per-org running sums: 90 days or a year cost what a
        // week does (the project guide: every period a screen offers answers warm in ≤ 50 ms).
        for (name, period) in [
            ("org table for 90 days", Period(first: lastDay.adding(-89), last: lastDay)),
            ("org table for the year", Period(kind: .year, containing: lastDay)),
        ] {
            let samples = try Clock.sample(repeats: repeats) { _ = try metrics.orgTable(period: period) }
            record(Measurement(name: name, scale: label, samples: samples, target: 50))
        }
        return (store, metrics)
    }
}

/// The exports every scale benchmark imports: `days` of history, then `repeats + 1` days
/// imported one at a time (the first a warm-up), ending on a fixed day for repeatability.
struct BenchmarkExports {
    let lastDay = Day(year: 2026, month: 11, day: 25)
    let generator: DemoGenerator
    let files: (orgs: URL, learners: URL, days: [URL])
    let history: [URL]
    let singles: [URL]

    init(scale: DemoScale, days: Int, repeats: Int, work: URL) throws {
        let extraDays = repeats + 1
        generator = DemoGenerator(scale: scale, days: days + extraDays, seed: 2026, lastDay: lastDay)
        files = try generator.write(to: work.appendingPathComponent("exports"))
        history = Array(files.days.prefix(files.days.count - extraDays))
        singles = Array(files.days.suffix(extraDays))
    }
}
