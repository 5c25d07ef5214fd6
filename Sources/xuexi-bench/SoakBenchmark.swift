import Foundation
import XuexiCore
import XuexiImport
import XuexiModel
import XuexiStore

/// `xuexi-bench --soak N`: memory of a long-running import process. A street store with a
/// few days of history, then N corrected versions of its last day imported one after the
/// other in this process through `ImportService` (import + alert evaluation, as `watch`
/// does), printing anonymous RSS after the warm-up (the 50th import, or N/6) and at the end.
struct SoakBenchmark {
    var scale: DemoScale
    var imports: Int
    var work: URL
    /// Give SQLite's caches and the allocator's free pages back after every import
    /// (`--soak-release-memory`), as `watch` and `demo --live` do.
    var releaseMemory = false
    var record: (Measurement) -> Void

    func run() throws {
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: work)
        try fileManager.createDirectory(at: work, withIntermediateDirectories: true)
        let generator = DemoGenerator(
            scale: scale, days: 3, seed: 2026, lastDay: Day.today().adding(-1))
        let files = try generator.write(to: work.appendingPathComponent("exports"))
        let store = try XuexiStore.open(path: work.appendingPathComponent("store.sqlite").path)
        let service = ImportService(store: store, configuration: AppConfiguration())
        var options = service.importOptions(language: .zh)
        options.user = "soak"
        options.date = generator.firstDay
        _ = try service.run(paths: [files.orgs.path, files.learners.path], options: options)
        options.date = nil
        for url in files.days { _ = try service.run(paths: [url.path], options: options) }

        // The last day, corrected again and again: a different window of 400 learners did not
        // study in each version, so the inactive lists and alerts change as real corrections do.
        let lastDay = try String(contentsOf: files.days.last!, encoding: .utf8)
        let original = lastDay.components(separatedBy: "\n")
        let corrected = work.appendingPathComponent("corrected").appendingPathComponent(
            files.days.last!.lastPathComponent)
        try fileManager.createDirectory(at: corrected.deletingLastPathComponent(), withIntermediateDirectories: true)
        let warmup = min(50, max(1, imports / 6))
        var rss: [(Int, Double)] = []
        var extra: [String: Double] = [
            "imports": Double(imports), "warmup": Double(warmup), "rows": Double(scale.learners),
        ]
        for index in 1...imports {
            var lines = original
            let start = 1 + (index * 400) % max(1, original.count - 402)
            for row in start..<min(original.count, start + 400) { lines[row] = idle(lines[row]) }
            try lines.joined(separator: "\n").write(to: corrected, atomically: true, encoding: .utf8)
            let outcome = try service.run(paths: [corrected.path], options: options)
            if case .failure(let error)? = outcome.alerts { throw error }
            if releaseMemory { service.releaseMemory() }
            if index == warmup || index == imports || index % 50 == 0 {
                rss.append((index, anonymousRSSMiB()))
                // Which part grew: SQLite (page caches, statements) or the rest of the heap.
                let memory = try store.memory()
                extra["sqlite@\(index)"] = Double(memory.sqliteUsed) / 1_048_576
                extra["writerCache@\(index)"] = Double(memory.writerCache) / 1_048_576
                // And what the allocator holds: in use by live objects, or freed but kept.
                let heap = ProcessMemory.heap()
                extra["heapInUse@\(index)"] = Double(heap?.inUse ?? 0) / 1_048_576
                extra["heapFree@\(index)"] = Double(heap?.free ?? 0) / 1_048_576
                print(
                    String(
                        format:
                            "soak %d: anon RSS %.1f MiB, of which SQLite %.1f MiB (writer page cache %.1f); heap in use %.1f MiB, free in arenas %.1f MiB",
                        index, rss.last!.1, extra["sqlite@\(index)"]!, extra["writerCache@\(index)"]!,
                        extra["heapInUse@\(index)"]!, extra["heapFree@\(index)"]!))
                fflush(nil)
            }
        }
        let atWarmup = rss.first { $0.0 == warmup }?.1 ?? .nan
        let atEnd = rss.last?.1 ?? .nan
        for (index, value) in rss { extra["rss@\(index)"] = value }
        record(
            Measurement(
                name: "soak: anon RSS growth after warm-up", scale: scale.rawValue, samples: [atEnd - atWarmup],
                target: 10, unit: "MiB", extra: extra))
    }

    /// The row with no day points (the total as before).
    private func idle(_ line: String) -> String {
        var cells = line.components(separatedBy: ",")
        guard cells.count >= 4, Int(cells[2].trimmingCharacters(in: .whitespaces)) != nil else { return line }
        cells[2] = "0"
        // No item points either on a day not studied.
        for item in cells.indices.dropFirst(4) { cells[item] = "" }
        return cells.joined(separator: ",")
    }
}

/// Anonymous resident memory of this process (RssAnon: heap and other private pages, not
/// the mapped binary or files), in MiB.
func anonymousRSSMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
    for line in status.split(separator: "\n") where line.hasPrefix("RssAnon:") {
        return (line.split(separator: " ").compactMap { Double($0) }.first ?? .nan) / 1024
    }
    return .nan
}
