import Foundation
import XuexiModel
import XuexiStore

/// Imports files and directories into the store: one transaction for the whole set, so a
/// set commits whole or changes nothing (SPEC §3), with errors located to file, line and
/// column. Each kind has a parser (rows in, validated records and problems out) and an
/// apply step over the store's `ImportTransaction`: `Importer+Orgs`, `+Learners`, `+Points`,
/// `+MemberReport`.
public final class Importer {
    public let store: XuexiStore
    public let options: ImportOptions
    public var progress: ((ImportProgress) -> Void)?
    /// Days done / days in all while changed parameters are re-derived before the import.
    public var rebuildProgress: ((_ done: Int, _ total: Int) -> Void)?
    /// Time per phase of the last run (see `ImportSummary.phases`).
    var phases = PhaseTimes()

    /// Runs `body`, adding its duration to `phase`.
    func timed<T>(_ phase: String, _ body: () throws -> T) rethrows -> T {
        try phases.timed(phase, body)
    }

    public init(store: XuexiStore, options: ImportOptions) {
        self.store = store
        self.options = options
    }

    /// A file waiting to be imported, with what was learned from its name and header.
    struct PendingFile {
        var url: URL
        var kind: ImportKind
        /// Hashed on another core while the transaction loads its context (a city day is
        /// 17 MB: ~100 ms of hashing that no longer adds to the import).
        var digest: BackgroundValue<String>
        var nameDay: Day?
        var displayName: String { url.lastPathComponent }
        var sha256: String { get throws { try digest.value() } }
    }

    /// `paths` in the order one import takes them (orgs, rosters, reports, points by date);
    /// files of no known kind go last. The watcher retries a refused set one file at a time.
    public func importOrder(of paths: [String]) -> [String] {
        let keyed = paths.map { path -> (path: String, order: Int, day: Int) in
            guard let file = try? plan(paths: [path]).first else { return (path, Int.max, 0) }
            return (path, file.kind.order, file.nameDay?.number ?? Int.min)
        }
        return keyed.sorted { ($0.order, $0.day, $0.path) < ($1.order, $1.day, $1.path) }.map(\.path)
    }

    public func run(paths: [String]) throws -> ImportSummary {
        let started = Date()
        phases = PhaseTimes()
        let files = try timed("plan") { try plan(paths: paths) }
        var summary = ImportSummary()
        summary.dryRun = options.dryRun
        try store.importTransaction(dryRun: options.dryRun, phases: phases) { transaction in
            // Changed thresholds take effect on every stored day before anything new lands.
            if case .differing = try transaction.checkAggregateParameters(options.parameters) {
                try timed("rebuild") {
                    summary.rebuiltDays = try transaction.rebuildForParameters(
                        options.parameters, progress: rebuildProgress)
                }
            }
            for file in files {
                summary.files.append(try importFile(file, transaction))
            }
            try transaction.pruneUndoData()
            try transaction.checkAggregateParameters(options.parameters)
            if transaction.rosterChanged {
                try transaction.rebuildDailyFigures(parameters: options.parameters)
            }
        }
        summary.phases = phases.seconds
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    // MARK: - Planning

    package static let supportedExtensions: Set<String> = ["csv", "txt", "xlsx", "json"]

    /// Expands directories, reads each file's header to learn its kind, and orders the set:
    /// orgs, then rosters, then reports and points in date order.
    func plan(paths: [String]) throws -> [PendingFile] {
        var urls: [URL] = []
        var problems = ProblemCollector()
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.add(unreadable(path, FileErrorCause.ofReading(path) ?? .missing))
                continue
            }
            if isDirectory.boolValue {
                let root = URL(fileURLWithPath: path)
                let enumerator = fileManager.enumerator(
                    at: root, includingPropertiesForKeys: [.isRegularFileKey],
                    options: [.skipsHiddenFiles])
                let found = urls.count
                while let url = enumerator?.nextObject() as? URL {
                    if Importer.supportedExtensions.contains(url.pathExtension.lowercased()) { urls.append(url) }
                }
                // A folder with nothing to import is a mistake (a wrong folder, a file
                // expected), not an import of nothing.
                if urls.count == found {
                    problems.add(ImportProblem(file: path, expected: text(ImportText.expectedFolderWithExports)))
                }
            } else {
                urls.append(URL(fileURLWithPath: path))
            }
        }
        var files: [PendingFile] = []
        for url in urls {
            // Said now, by cause, rather than as Foundation's "operation could not be completed".
            if let cause = FileErrorCause.ofReading(url.path) {
                problems.add(unreadable(url.path, cause))
                continue
            }
            do {
                try refuseForeignFormat(url)
                let kind = try options.kind ?? detectKind(url)
                files.append(
                    PendingFile(
                        url: url, kind: kind,
                        digest: BackgroundValue { try FileDigest.sha256(ofFile: url) },
                        nameDay: Day.fromFileName(url.lastPathComponent)))
            } catch let problem as ImportProblem {
                problems.add(problem)
            } catch let failure as ImportFailure {
                failure.problems.forEach { problems.add($0) }
            }
        }
        try problems.throwIfAny()
        return files.sorted { a, b in
            if a.kind.order != b.kind.order { return a.kind.order < b.kind.order }
            if a.nameDay != b.nameDay { return (a.nameDay ?? Day(number: .min)) < (b.nameDay ?? Day(number: .min)) }
            return a.url.path < b.url.path
        }
    }

    private func unreadable(_ path: String, _ cause: FileErrorCause) -> ImportProblem {
        ImportProblem(
            file: path,
            expected: StringTable.text(ReaderText.fileUnreadable, options.language, cause.text(options.language)))
    }

    func detectKind(_ url: URL) throws -> ImportKind {
        if url.pathExtension.lowercased() == "json" { return .memberReport }
        var source = try openTable(url)
        guard let header = try source.nextRow() else {
            throw ImportProblem(file: url.lastPathComponent, line: 1, expected: text(ImportText.expectedHeader))
        }
        guard let kind = ColumnMap.detectKind(headers: header.cells) else {
            throw ImportProblem(
                file: url.lastPathComponent, line: header.line,
                value: header.cells.prefix(6).joined(separator: ","),
                expected: text(ImportText.expectedKnownHeaders, "组织编码/学员编号/当日积分/激活状态"))
        }
        return kind
    }

    // MARK: - One file

    func importFile(_ file: PendingFile, _ transaction: ImportTransaction) throws -> ImportSummary.FileResult {
        if let previous = try duplicateImport(of: file, transaction) {
            var result = ImportSummary.FileResult(file: file.url.path, kind: file.kind, rows: 0, days: [])
            result.duplicateOf = previous.id
            result.notes.append(text(ImportText.noteDuplicate, Importer.localDay(of: previous.startedAt), previous.id))
            return result
        }
        let startedAt = Date()
        let importId = try transaction.beginImportRecord(
            file: file.url.path, sha256: try file.sha256,
            kind: file.kind.rawValue, startedAt: startedAt,
            user: options.user)
        try transaction.beginUndoCapture(importId: importId)
        try transaction.snapshotAlertsForUndo(importId: importId)
        var result: ImportSummary.FileResult
        switch file.kind {
        case .orgs: result = try importOrgs(file, transaction)
        case .learners: result = try importLearners(file, transaction)
        case .points: result = try importPoints(file, transaction, importId: importId)
        case .memberReport: result = try importMemberReport(file, transaction, importId: importId)
        }
        try transaction.endUndoCapture()
        if file.kind == .orgs || file.kind == .learners,
            let previous = try transaction.lastImport(kind: file.kind.rawValue, before: importId),
            try transaction.discardIfUnchanged(importId)
        {
            result.duplicateOf = previous.id
            result.notes.append(text(ImportText.noteDuplicate, Importer.localDay(of: previous.startedAt), previous.id))
            return result
        }
        try transaction.finishImportRecord(
            importId, rows: result.rows, firstDay: result.days.first,
            lastDay: result.days.last, seconds: Date().timeIntervalSince(startedAt))
        return result
    }

    /// The same bytes imported before, with nothing of the same kind imported since, change
    /// nothing: skip them (idempotent imports, SPEC §3). For days, "since" means a later
    /// import touching one of the same days.
    func duplicateImport(of file: PendingFile, _ transaction: ImportTransaction) throws -> PriorImport? {
        guard let previous = try transaction.lastImport(sha256: try file.sha256, kind: file.kind.rawValue) else {
            return nil
        }
        let later: Int
        if let firstDay = previous.firstDay, let lastDay = previous.lastDay,
            file.kind == .points || file.kind == .memberReport
        {
            later = try transaction.importCount(
                after: previous.id,
                kinds: [ImportKind.points.rawValue, ImportKind.memberReport.rawValue],
                touchingDaysFrom: firstDay, through: lastDay)
        } else {
            later = try transaction.importCount(after: previous.id, kind: file.kind.rawValue)
        }
        return later == 0 ? previous : nil
    }

    /// The local calendar day of an ISO 8601 instant ("2026-11-20"), for messages.
    static func localDay(of iso: String?) -> String {
        guard let iso, let date = ISO8601DateFormatter().date(from: iso) else { return "?" }
        return Day.today(now: date).iso
    }

    // MARK: - Helpers for the per-kind imports

    func text(_ key: ImportText, _ arguments: CustomStringConvertible...) -> String {
        StringTable.text(key, options.language, arguments: arguments)
    }

    func reportProgress(file: PendingFile, rows: Int, started: Date) {
        progress?(ImportProgress(file: file.displayName, rows: rows, elapsed: Date().timeIntervalSince(started)))
    }
}
