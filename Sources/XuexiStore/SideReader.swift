import Foundation
import GRDB
import XuexiModel

/// A second, read-only connection to the store file, so an import can read on the other
/// core while its writer connection works. Inside the import's IMMEDIATE transaction no
/// other process can commit, and it is only used before the transaction writes what it
/// reads, so both connections see the same data.
final class SideReader: @unchecked Sendable {
    private let queue: DatabaseQueue

    init?(store: XuexiStore) {
        guard let path = store.filePath else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return nil }
        self.queue = queue
    }

    func read<T>(_ body: @escaping @Sendable (Database) throws -> T) -> BackgroundValue<T> {
        BackgroundValue { [queue] in try queue.read(body) }
    }
}
