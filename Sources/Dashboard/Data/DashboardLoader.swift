import Foundation

/// Computes values (keyed by `QueryKey`) once per store stamp and keeps them. A value asked for again with
/// the same stamp comes from memory; after an import (new stamp) the old value is served,
/// marked not current, until the new one is ready.
///
/// In background mode work runs on two queues, one for quick per-frame figures and one at
/// lower priority for slow ones (member heatmaps, the roster), so a slow query never holds up
/// the next day's figures.
final class DashboardLoader: @unchecked Sendable {
    private struct Entry {
        var stamp: Int64
        var value: (any Sendable)?
        var error: (any Error)?
        /// The stamp being computed right now, if any.
        var loadingStamp: Int64?
    }

    let mode: LoadMode
    private var entries: [QueryKey: Entry] = [:]
    /// The last value computed for each `QueryKey.family`: the stand-in while a sibling key loads.
    private var lastOfFamily: [String: any Sendable] = [:]
    private let condition = NSCondition()
    private var pending = 0
    private var completedSinceLastCheck = false
    // Concurrent: a key that needs two queries (a month's org table and leaderboard) gets
    // both cores; the store is a WAL pool, so reads run side by side.
    private let quickQueue = DispatchQueue(
        label: "xuexi-dash.loader.quick", qos: .userInitiated, attributes: .concurrent)
    private let slowQueue = DispatchQueue(label: "xuexi-dash.loader.slow", qos: .utility, attributes: .concurrent)
    /// Above this many entries, those not asked for at the current stamp are dropped.
    private let capacity = 400

    init(mode: LoadMode) {
        self.mode = mode
    }

    /// The value of `key` for `stamp`, computing it if needed (inline: now; background: later).
    func load<Value: Sendable>(
        _ key: QueryKey, stamp: Int64, slow: Bool = false,
        _ compute: @escaping @Sendable () throws -> Value
    ) -> LoadState<Value> {
        condition.lock()
        let entry = entries[key]
        if let entry, entry.stamp == stamp {
            if let value = entry.value as? Value {
                condition.unlock()
                return .loaded(value, isCurrent: true)
            }
            if let error = entry.error {
                condition.unlock()
                return .failed(error)
            }
        }
        let alreadyLoading = entry?.loadingStamp == stamp
        if !alreadyLoading {
            var updated = entry ?? Entry(stamp: stamp, value: nil, error: nil, loadingStamp: nil)
            updated.loadingStamp = stamp
            entries[key] = updated
            // The alert lists carry their own stamp (`alertsStamp`): trimming by it would drop
            // every other value, so only the other queries trim.
            if entries.count > capacity, !key.isAlerts { trim(keeping: stamp) }
        }
        // The key's own older value, else the family's last (yesterday's figures while today's load).
        let previous = entry?.value as? Value ?? key.family.flatMap { lastOfFamily[$0] as? Value }
        condition.unlock()

        if mode == .inline {
            let outcome = Result { try compute() }
            finish(key, stamp: stamp, outcome: outcome)
            switch outcome {
            case .success(let value): return .loaded(value, isCurrent: true)
            case .failure(let error): return .failed(error)
            }
        }
        if !alreadyLoading {
            condition.lock()
            pending += 1
            condition.unlock()
            (slow ? slowQueue : quickQueue).async { [self] in
                let outcome = Result { try compute() }
                finish(key, stamp: stamp, outcome: outcome)
                condition.lock()
                pending -= 1
                completedSinceLastCheck = true
                condition.broadcast()
                condition.unlock()
            }
        }
        if let previous { return .loaded(previous, isCurrent: false) }
        return .loading
    }

    /// How many values are held (a long-running dashboard must not add one per refresh).
    var entryCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return entries.count
    }

    /// Whether background work is still running.
    var hasPendingWork: Bool {
        condition.lock()
        defer { condition.unlock() }
        return pending > 0
    }

    /// True once after any background value arrived: time to draw again.
    func takeCompletion() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let completed = completedSinceLastCheck
        completedSinceLastCheck = false
        return completed
    }

    /// Waits until background work is done or `milliseconds` passed, so a key whose data
    /// takes a few milliseconds shows it in the same frame instead of a "loading" flash.
    func waitForPendingWork(milliseconds: Int) {
        let deadline = Date().addingTimeInterval(Double(milliseconds) / 1000)
        condition.lock()
        while pending > 0 {
            if !condition.wait(until: deadline) { break }
        }
        condition.unlock()
    }

    /// Forgets everything (after `r`: recompute from the store).
    func clear() {
        condition.lock()
        // `lastOfFamily` stays: the panes keep the old figures, marked, while everything reloads.
        entries = entries.filter { $0.value.loadingStamp != nil }
        for key in entries.keys {
            entries[key]?.value = nil
            entries[key]?.error = nil
        }
        condition.unlock()
    }

    private func finish<Value: Sendable>(_ key: QueryKey, stamp: Int64, outcome: Result<Value, any Error>) {
        condition.lock()
        defer { condition.unlock() }
        // A superseded computation (a search the next keystroke replaced) leaves no trace:
        // asked for again, it runs again rather than showing an error.
        if case .failure(let error) = outcome, error is CancellationError {
            if entries[key]?.loadingStamp == stamp, entries[key]?.value == nil { entries[key] = nil }
            entries[key]?.loadingStamp = nil
            return
        }
        var entry = entries[key] ?? Entry(stamp: stamp, value: nil, error: nil, loadingStamp: nil)
        // A slower, older computation must not overwrite a newer result.
        if entry.stamp > stamp, entry.value != nil { return }
        entry.stamp = stamp
        if entry.loadingStamp == stamp { entry.loadingStamp = nil }
        switch outcome {
        case .success(let value):
            entry.value = value
            entry.error = nil
            if let family = key.family { lastOfFamily[family] = value }
        case .failure(let error):
            entry.error = error
        }
        entries[key] = entry
    }

    /// How many query families have a stand-in value (tests).
    var familyCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return lastOfFamily.count
    }

    private func trim(keeping stamp: Int64) {
        // The alert lists (one per scope) are stamped apart and kept.
        entries = entries.filter { $0.key.isAlerts || $0.value.stamp == stamp || $0.value.loadingStamp != nil }
        // A family's stand-in lives as long as one of its queries does: a branch opened once
        // must not keep its member list for the life of the process.
        let live = Set(entries.keys.compactMap(\.family))
        lastOfFamily = lastOfFamily.filter { live.contains($0.key) }
    }
}
