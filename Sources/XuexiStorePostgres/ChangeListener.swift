import Foundation
import PostgresNIO
import Synchronization

/// LISTENs on its own connection for `xuexi_changed` and fetches what was written, on a
/// thread of its own: the dashboard sees the new rows through SQLite's `data_version` as if
/// another process had written its file. No polling of the server: when the connection
/// drops it reconnects (1 s, doubling to 30 s) and catches up once.
final class ChangeListener: @unchecked Sendable {
    let replica: PostgresReplica
    private let wake = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    /// An announcement came that no fetch has started on yet: several while a fetch runs
    /// need one more fetch, not one each, so only the first of them wakes the thread.
    private var pending = false
    private var connected = false

    init(replica: PostgresReplica) {
        self.replica = replica
    }

    func run() {
        var delay: UInt32 = 1
        while true {
            do {
                let session = try PostgresSession.connect(replica.place)
                setConnected(true)
                let listening = DispatchSemaphore(value: 0)
                Task(executorPreference: BlockingBridge.executor) { [self] in
                    try? await session.connection.listen(on: PostgresSchema.channel) { notifications in
                        listening.signal()
                        for try await _ in notifications { self.signal() }
                    }
                    setConnected(false)
                    listening.signal()
                    self.signal()
                }
                listening.wait()
                guard isConnected() else { throw ListenFailed() }
                replica.listening.withLock { $0 = true }
                delay = 1
                try? replica.pull()
                while isConnected() {
                    wake.wait()
                    lock.withLock { pending = false }
                    try? replica.pull()
                }
                replica.listening.withLock { $0 = false }
                session.close()
            } catch {
                sleep(delay)
                delay = min(delay * 2, 30)
            }
        }
    }

    struct ListenFailed: Error {}

    private func signal() {
        let first = lock.withLock {
            defer { pending = true }
            return !pending
        }
        if first { wake.signal() }
    }

    private func setConnected(_ value: Bool) {
        lock.lock()
        connected = value
        lock.unlock()
    }

    private func isConnected() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return connected
    }
}
