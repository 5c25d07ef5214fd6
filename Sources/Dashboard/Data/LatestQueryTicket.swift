import Foundation

/// Tells a background query whether a newer one of its kind was asked for since it started
/// (typing in `/` asks for one search per keystroke; only the last one's answer is shown).
final class LatestQueryTicket: @unchecked Sendable {
    private let lock = NSLock()
    private var current: QueryKey?
    private var generation = 0

    /// Makes `key` the latest (a new generation unless it already is) and returns a check
    /// that turns true once another key is taken.
    func take(_ key: QueryKey) -> @Sendable () -> Bool {
        lock.lock()
        if current != key {
            current = key
            generation += 1
        }
        let mine = generation
        lock.unlock()
        return { [self] in
            lock.lock()
            defer { lock.unlock() }
            return generation != mine
        }
    }
}
