import Foundation
import XuexiImport
import XuexiModel
import XuexiStore

/// Imports every new or changed export that lands in a directory (`xuexi-dash watch DIR`).
///
/// A file is read only once it is complete: it must not be a temporary or partial download
/// (`.part`, `.crdownload`, `~$…`, hidden files), must be non-empty, and its size and time
/// must not have changed for `settleSeconds`. Files that are ready together are imported as
/// one set (orgs before rosters before points, as `import` does); if the set is refused,
/// each file is tried alone so one bad file cannot hold up the others. A refused file is
/// moved to `rejected/` with a `.error.txt` note beside it, and the watcher carries on.
public final class DirectoryWatcher {
    public let directory: URL
    public let store: XuexiStore
    public let options: ImportOptions
    public let settleSeconds: TimeInterval
    public var rejectedDirectory: URL { directory.appendingPathComponent("rejected") }

    /// Files seen but not yet stable: their last observation and since when it held.
    private var pending: [String: (observation: FileObservation, since: Date)] = [:]
    /// What each path looked like when it was last handled, so it is handled once per change.
    private var handled: [String: FileObservation] = [:]

    public init(directory: URL, store: XuexiStore, options: ImportOptions, settleSeconds: TimeInterval = 2) {
        self.directory = directory
        self.store = store
        self.options = options
        self.settleSeconds = settleSeconds
    }

    /// Marks the files already in the directory as handled, for `--new-only`.
    public func skipExistingFiles() {
        for path in candidatePaths() { handled[path] = FileObservation(path: path) }
    }

    /// One look at the directory: imports the files that have become stable since the last look.
    public func scan(now: Date = Date()) -> [WatchEvent] {
        var ready: [String] = []
        let present = Set(candidatePaths())
        for path in present {
            guard let observation = FileObservation(path: path), observation.size > 0 else { continue }
            if handled[path] == observation { continue }
            if let seen = pending[path], seen.observation == observation {
                if now.timeIntervalSince(seen.since) >= settleSeconds { ready.append(path) }
            } else {
                pending[path] = (observation, now)
            }
        }
        for path in pending.keys where !present.contains(path) { pending[path] = nil }
        for path in handled.keys where !present.contains(path) { handled[path] = nil }
        guard !ready.isEmpty else { return [] }
        for path in ready {
            handled[path] = pending[path]?.observation
            pending[path] = nil
        }
        return importReady(ready.sorted())
    }

    /// Scans every `pollSeconds` until `shouldStop` says so, reporting the events of each
    /// scan together (so alerts can be evaluated once per batch of files).
    public func run(pollSeconds: TimeInterval = 1, shouldStop: () -> Bool, report: ([WatchEvent]) -> Void) {
        while !shouldStop() {
            let events = scan()
            if !events.isEmpty { report(events) }
            Thread.sleep(forTimeInterval: pollSeconds)
        }
    }

    // MARK: - Private

    /// Exports in the directory and its subdirectories (offices keep `daily/` folders),
    /// leaving out `rejected/` and hidden folders.
    private func candidatePaths() -> [String] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: directory, includingPropertiesForKeys: [.isDirectoryKey],
                options: [.skipsHiddenFiles])
        else { return [] }
        var paths: [String] = []
        while let url = enumerator.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                if url.standardizedFileURL.path == rejectedDirectory.standardizedFileURL.path {
                    enumerator.skipDescendants()
                }
                continue
            }
            if DirectoryWatcher.looksLikeExport(url.lastPathComponent) { paths.append(url.path) }
        }
        return paths
    }

    /// Exports only: no hidden, temporary or partly downloaded files.
    static func looksLikeExport(_ name: String) -> Bool {
        if name.hasPrefix(".") || name.hasPrefix("~$") || name.hasPrefix("~") { return false }
        let lowered = name.lowercased()
        for suffix in [".part", ".crdownload", ".download", ".tmp", ".partial", ".swp"] where lowered.hasSuffix(suffix)
        { return false }
        return Importer.supportedExtensions.contains((lowered as NSString).pathExtension)
    }

    private func importReady(_ paths: [String]) -> [WatchEvent] {
        if let summary = try? Importer(store: store, options: options).run(paths: paths) {
            return summary.files.map { .imported(file: $0.file, result: $0) }
        }
        // The set was refused: find out which files are at fault, one at a time, in import
        // order (orgs, rosters, reports, points by date); files of no known kind go last.
        let ordered = Importer(store: store, options: options).importOrder(of: paths)
        var events: [WatchEvent] = []
        for path in ordered {
            do {
                let summary = try Importer(store: store, options: options).run(paths: [path])
                events += summary.files.map { .imported(file: $0.file, result: $0) }
            } catch {
                let message = message(of: error, language: options.language)
                events.append(.rejected(file: path, message: message, movedTo: moveAside(path, message: message)))
            }
        }
        return events
    }

    private func message(of error: any Error, language: Language) -> String {
        ErrorMessage.text(for: error, language: language, storePath: store.path)
    }

    /// Moves a refused file into `rejected/` (never overwriting) and writes why beside it.
    private func moveAside(_ path: String, message: String) -> String? {
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(at: rejectedDirectory, withIntermediateDirectories: true)
            let name = (path as NSString).lastPathComponent
            var target = rejectedDirectory.appendingPathComponent(name)
            var counter = 1
            while fileManager.fileExists(atPath: target.path) {
                let stem = (name as NSString).deletingPathExtension
                let ext = (name as NSString).pathExtension
                target = rejectedDirectory.appendingPathComponent("\(stem).\(counter)" + (ext.isEmpty ? "" : ".\(ext)"))
                counter += 1
            }
            try fileManager.moveItem(atPath: path, toPath: target.path)
            try Data((message + "\n").utf8).write(to: URL(fileURLWithPath: target.path + ".error.txt"))
            handled[path] = nil
            return target.path
        } catch {
            return nil
        }
    }
}
