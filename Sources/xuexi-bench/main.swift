import Dashboard
import Foundation
import WidgetGallery
import Widgets
import XuexiCore
import XuexiStore

// xuexi-bench: release-build measurements of import, queries and rendering at village,
// street and city scale. Usage:
//   swift run -c release xuexi-bench [--scale village|street|city|all] [--repeats N]
//                                     [--days N] [--json PATH] [--work DIR] [--keep] [--dashboard PATH]
//                                     [--alerts-only] [--figures-only] [--search-only]
// Data are generated deterministically (DemoGenerator, seed 2026) into --work (default a
// temporary directory) and removed afterwards. Figures are medians of --repeats runs after
// one warm-up; no figure is asserted: targets are printed beside them.
// --alerts-only measures only alert evaluation, of the latest data day, on the stores a
// --keep run left in --work (<work>/<scale>/store.sqlite); "first" is a first evaluation
// only on a store whose alerts were removed. --figures-only measures only the org table
// (a date, a scope, other dates, week, month, 90 days, the year) on such kept stores.
// --search-only likewise measures only the dashboard's learner search keystrokes.
// --store postgresql://USER@HOST:PORT/DB measures the PostgreSQL store instead (a database
// per scale is made on that server; scripts/pg-dev start prints a URL).

let arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
if arguments.contains("--help") || arguments.contains("-h") {
    print(
        "usage: xuexi-bench [--scale village|street|city|all] [--repeats N] [--days N] [--json PATH] [--work DIR] [--keep] [--dashboard PATH] [--soak N [--soak-release-memory]] [--alerts-only] [--figures-only] [--search-only] [--store postgresql://…]"
    )
    exit(0)
}
let scales: [DemoScale] = {
    switch option("--scale") ?? "all" {
    case "all": return DemoScale.allCases
    case let name: return name.split(separator: ",").compactMap { DemoScale(rawValue: String($0)) }
    }
}()
let repeats = Int(option("--repeats") ?? "5") ?? 5
let historyDays = Int(option("--days") ?? "30") ?? 30
let jsonPath = option("--json")
let dashboardBinary = option("--dashboard")
let workRoot = URL(
    fileURLWithPath: option("--work")
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-bench-\(getpid())").path)

var results: [Measurement] = []
@MainActor func record(_ measurement: Measurement) {
    results.append(measurement)
    let target = measurement.target.map { String(format: "≤ %8.2f", $0) } ?? "          "
    let extra = measurement.extra.sorted { $0.key < $1.key }.map { "\($0.key)=\(format($0.value))" }.joined(
        separator: " ")
    print(
        String(
            format: "%-8@ %-44@ median %10.2f %@  p95 %10.2f  %@ %@", measurement.scale as NSString,
            measurement.name as NSString, measurement.median, measurement.unit as NSString, measurement.p95,
            target as NSString, extra as NSString))
}
func format(_ value: Double) -> String {
    value >= 1000 ? String(format: "%.0f", value) : String(format: "%.3g", value)
}

print(
    "xuexi-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, repeats \(repeats), history \(historyDays) days"
)
// --soak N: only the memory soak (N corrected imports of a day in this process).
let soakImports = option("--soak").flatMap(Int.init)
if let soakImports {
    for scale in (option("--scale") == nil ? [DemoScale.street] : scales) {
        try SoakBenchmark(
            scale: scale, imports: soakImports, work: workRoot.appendingPathComponent("soak-\(scale.rawValue)"),
            releaseMemory: CommandLine.arguments.contains("--soak-release-memory"), record: record
        ).run()
    }
}
// --alerts-only: only alert evaluation of the latest day, on a store kept by an earlier --keep run.
let alertsOnly = arguments.contains("--alerts-only")
for scale in scales where alertsOnly && soakImports == nil {
    let store = try XuexiStore.open(path: workRoot.appendingPathComponent(scale.rawValue + "/store.sqlite").path)
    let metrics = Metrics(store: store)
    guard let day = try metrics.snapshot().dataDays.last else { continue }
    try BenchmarkExtensions.alertEvaluation(
        store: store, metrics: metrics, day: day, scale: scale.rawValue, repeats: repeats, record: record)
}
// --figures-only: only the org-table queries, on the stores a --keep run left in --work.
let figuresOnly = arguments.contains("--figures-only")
for scale in scales where figuresOnly && soakImports == nil && !alertsOnly {
    let storePath = workRoot.appendingPathComponent(scale.rawValue + "/store.sqlite").path
    guard let day = try Metrics(store: try XuexiStore.open(path: storePath)).latestDay() else { continue }
    try ScaleBenchmark(
        scale: scale, days: historyDays, repeats: repeats, work: workRoot.appendingPathComponent(scale.rawValue),
        dashboardBinary: nil, record: record
    ).orgTableQueries(storePath: storePath, lastDay: day)
}
// --search-only: only the learner search keystrokes, on a store kept by an earlier --keep run.
let searchOnly = arguments.contains("--search-only")
for scale in scales where searchOnly && soakImports == nil {
    let store = try XuexiStore.open(path: workRoot.appendingPathComponent(scale.rawValue + "/store.sqlite").path)
    try SearchBenchmark.run(store: store, scale: scale.rawValue, repeats: repeats, record: record)
}
for scale in soakImports == nil && !alertsOnly && !figuresOnly && !searchOnly && option("--store") == nil ? scales : []
{
    try ScaleBenchmark(
        scale: scale, days: historyDays, repeats: repeats, work: workRoot.appendingPathComponent(scale.rawValue),
        dashboardBinary: dashboardBinary, record: record
    ).run()
}
// --store postgresql://…: the same figures through a PostgreSQL store (scales as given, default street).
if let server = option("--store"), soakImports == nil {
    for scale in option("--scale") == nil ? [DemoScale.street] : scales {
        try PostgresBenchmark(
            scale: scale, days: historyDays, repeats: repeats,
            work: workRoot.appendingPathComponent("pg-" + scale.rawValue), serverURL: server, record: record
        ).run()
    }
}
// --keep leaves the generated exports and stores for profiling single commands by hand.
if !arguments.contains("--keep") && !alertsOnly && !figuresOnly && !searchOnly {
    try? FileManager.default.removeItem(at: workRoot)
}

// Rendering does not depend on scale.
if soakImports == nil {
    let widgetFrame = Measurement(
        name: "widgets: 200x60 mixed frame render+diff", scale: "-",
        samples: Array(WidgetBenchmarks.renderAndDiff200x60(iterations: 200).dropFirst(20)), target: 1.0)
    record(widgetFrame)
}

if let jsonPath {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    struct Report: Codable {
        var machineCores: Int
        var repeats: Int
        var results: [Measurement]
    }
    try encoder.encode(
        Report(machineCores: ProcessInfo.processInfo.activeProcessorCount, repeats: repeats, results: results)
    )
    .write(to: URL(fileURLWithPath: jsonPath))
    print("wrote \(jsonPath)")
}
