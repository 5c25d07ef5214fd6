import Foundation
import XuexiImport

/// What the watcher did with a file that landed in the watched directory.
public enum WatchEvent: Sendable {
    /// Imported (or recognised as already imported) with the import's summary of that file.
    case imported(file: String, result: ImportSummary.FileResult)
    /// The import refused the file: it was moved aside to `movedTo` with a note of why.
    case rejected(file: String, message: String, movedTo: String?)
}
