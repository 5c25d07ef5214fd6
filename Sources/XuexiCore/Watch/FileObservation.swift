import Foundation

/// A file's size and modification time: when two looks a few seconds apart agree, the
/// writer (a browser download, a copy over the network) has finished with it.
struct FileObservation: Equatable, Sendable {
    var size: UInt64
    var modified: Date

    init?(path: String) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            (attributes[.type] as? FileAttributeType) == .typeRegular,
            let size = (attributes[.size] as? NSNumber)?.uint64Value,
            let modified = attributes[.modificationDate] as? Date
        else { return nil }
        self.size = size
        self.modified = modified
    }
}
