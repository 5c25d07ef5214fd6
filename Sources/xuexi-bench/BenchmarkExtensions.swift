import Foundation
import XuexiCore
import XuexiModel
import XuexiStore

/// Measurements past the metrics: alert evaluation, and the dashboard process itself.
enum BenchmarkExtensions {
    @MainActor
    static func afterQueries(
        store: XuexiStore, metrics: Metrics, lastDay: Day, storePath: String, scale: String, repeats: Int,
        dashboardBinary: String?, record: (Measurement) -> Void
    ) throws {
        try alertEvaluation(
            store: store, metrics: metrics, day: lastDay, scale: scale, repeats: repeats, record: record)
        try SearchBenchmark.run(store: store, scale: scale, repeats: repeats, record: record)
        if let dashboardBinary {
            try DashboardProcessBenchmark(binary: dashboardBinary, storePath: storePath, scale: scale, repeats: repeats)
                .run(record: record)
        }
    }
}

extension BenchmarkExtensions {
    /// Alert evaluation of `day`, first (creates the day's alerts on a store that has none)
    /// and again (median), with the median of each phase of the repeated evaluations.
    @MainActor
    static func alertEvaluation(
        store: XuexiStore, metrics: Metrics, day: Day, scale: String, repeats: Int, record: (Measurement) -> Void
    ) throws {
        let engine = AlertEngine(store: store, configuration: AppConfiguration(), metrics: metrics)
        var count = 0.0
        var phases: [String: [Double]] = [:]
        let first = try Clock.milliseconds { count = Double(try engine.evaluate(day: day).holding) }
        record(
            Measurement(
                name: "alert evaluation for a date (first)", scale: scale, samples: [first], target: nil,
                extra: ["alerts": count]))
        let again = try Clock.sample(warmup: 0, repeats: max(1, repeats / 2)) {
            for (phase, seconds) in try engine.evaluate(day: day).phases {
                phases[phase, default: []].append(seconds * 1000)
            }
        }
        // #12: evaluating after a city day's import should take at most 100 ms.
        record(
            Measurement(
                name: "alert evaluation for a date (again)", scale: scale, samples: again,
                target: scale == "city" ? 100 : nil))
        for (phase, samples) in phases.sorted(by: { $0.key < $1.key }) {
            record(Measurement(name: "  alert phase: \(phase)", scale: scale, samples: samples, target: nil))
        }
    }
}

/// Runs the real `xuexi-dash` binary: time to the first frame (`snapshot`, which opens the
/// store, loads the figures and renders the main screen exactly as the dashboard does) and
/// the peak RSS of that process, read from the kernel's accounting of the child.
struct DashboardProcessBenchmark {
    var binary: String
    var storePath: String
    var scale: String
    var repeats: Int

    @MainActor
    func run(record: (Measurement) -> Void) throws {
        var times: [Double] = []
        var peaks: [Double] = []
        for _ in 0..<max(1, repeats) {
            let (milliseconds, peakKiB) = try runOnce(["snapshot", "--store", storePath, "--size", "120x40"])
            times.append(milliseconds)
            peaks.append(Double(peakKiB) / 1024)
        }
        record(Measurement(name: "dashboard first frame (snapshot 120x40)", scale: scale, samples: times, target: 500))
        record(Measurement(name: "dashboard process peak RSS", scale: scale, samples: peaks, target: 200, unit: "MiB"))
    }

    /// Runs the binary under GNU time, which forks it from a small process: spawning it
    /// straight from this (large) benchmark process would charge our own peak to the child,
    /// since Linux records the pre-exec address space's high-water mark in the child's maxrss.
    func runOnce(_ arguments: [String]) throws -> (Double, Int) {
        let timeTool = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: timeTool) else {
            throw POSIXError(.ENOENT)  // apt-get install time
        }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-bench-rss-\(getpid()).txt")
            .path
        var pid: pid_t = 0
        var fileActions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        posix_spawn_file_actions_addopen(&fileActions, 1, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        let argv = ([timeTool, "-f", "%M", "-o", report, binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let started = DispatchTime.now().uptimeNanoseconds
        let status = posix_spawn(&pid, timeTool, &fileActions, nil, argv, environ)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EINVAL) }
        var exitStatus: Int32 = 0
        _ = waitpid(pid, &exitStatus, 0)
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: report)
        let kibibytes =
            text.split(whereSeparator: \.isNewline).last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 0
        return (milliseconds, kibibytes)
    }
}
