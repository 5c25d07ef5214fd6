import Foundation
import GRDB

/// Imports files and directories into the store: one transaction for the whole set, so a
/// set commits whole or changes nothing (SPEC §3), with errors located to file, line and
/// column. The per-kind work lives in `Importer+Orgs`, `+Learners`, `+Points`, `+MemberReport`.
public final class Importer {
    public let store: XuexiStore
    public let options: ImportOptions
    public var progress: ((ImportProgress) -> Void)?
    /// Time per phase of the last run (see `ImportSummary.phases`).
    var phases: [String: Double] = [:]

    /// Runs `body`, adding its duration to `phase`.
    func timed<T>(_ phase: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { phases[phase, default: 0] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        return try body()
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

    /// State shared by the per-kind imports inside the one transaction.
    final class Context {
        let db: Database
        var tree: OrgTree
        var directory: LearnerDirectory
        var learnerIds: LearnerCodeIndex
        var rosterChanged = false
        var importId: Int64 = 0
        var startedAt = Date()
        /// Reads on the other core; nil for in-memory stores.
        let side: SideReader?
        /// Set once this transaction has written points: from then on only the writer
        /// connection sees the truth, so nothing more is read on the side.
        var wrotePoints = false
        /// The previous day's running sums, fetched on the side while the file is parsed.
        var prefetchedPrevious: (day: Int, value: BackgroundValue<PreviousDay>)?

        init(db: Database, side: SideReader?, timed: (String, () throws -> Void) throws -> Void = { try $1() }) throws {
            self.db = db
            self.side = side
            var tree = OrgTree(organizations: [])
            var directory = LearnerDirectory()
            var learnerIds = LearnerCodeIndex()
            // The code index and the directory are independent scans: with a side connection
            // they run on both cores at once.
            let codes = side?.read { try LearnerCodeIndex.load($0) }
            try timed("context.tree") { tree = try OrgTree.load(db) }
            if let codes {
                try timed("context.learners") { directory = try LearnerDirectory.load(db, tree: tree) }
                try timed("context.codes") { learnerIds = try codes.value() }
            } else {
                try timed("context.learners") { (directory, learnerIds) = try LearnerDirectory.loadWithCodes(db, tree: tree) }
            }
            self.tree = tree
            self.directory = directory
            self.learnerIds = learnerIds
        }

        func reloadTree() throws {
            tree = try OrgTree.load(db)
            directory = try LearnerDirectory.load(db, tree: tree)
        }
    }

    public func run(paths: [String]) throws -> ImportSummary {
        let started = Date()
        phases = [:]
        let files = try timed("plan") { try plan(paths: paths) }
        var summary = ImportSummary()
        summary.dryRun = options.dryRun
        var commitStarted: UInt64 = 0
        try store.writer.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                let context = try timed("context") { try Context(db: db, side: SideReader(store: store), timed: timed) }
                for file in files {
                    summary.files.append(try importFile(file, context: context))
                }
                if context.rosterChanged {
                    try DailyAggregator.rebuildAll(db, parameters: options.parameters)
                } else if try XuexiStore.meta(db, "aggregate.parameters") == nil {
                    try XuexiStore.setMeta(db, "aggregate.parameters", options.parameters.encoded)
                }
                commitStarted = DispatchTime.now().uptimeNanoseconds
                return options.dryRun ? .rollback : .commit
            }
        }
        phases["commit"] = Double(DispatchTime.now().uptimeNanoseconds - commitStarted) / 1e9
        summary.phases = phases
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// The running sums of the day with data before a given day.
    struct PreviousDay: @unchecked Sendable {
        var day: Int?
        var points: DayPoints
        var sums: RunningSums
    }

    // MARK: - Planning

    static let supportedExtensions: Set<String> = ["csv", "txt", "xlsx", "json"]

    /// Expands directories, reads each file's header to learn its kind, and orders the set:
    /// orgs, then rosters, then reports and points in date order.
    func plan(paths: [String]) throws -> [PendingFile] {
        var urls: [URL] = []
        var problems = ProblemCollector()
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.add(ImportProblem(file: path, expected: text("import.expected.readableFile")))
                continue
            }
            if isDirectory.boolValue {
                let root = URL(fileURLWithPath: path)
                let enumerator = fileManager.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                        options: [.skipsHiddenFiles])
                while let url = enumerator?.nextObject() as? URL {
                    if Importer.supportedExtensions.contains(url.pathExtension.lowercased()) { urls.append(url) }
                }
            } else {
                urls.append(URL(fileURLWithPath: path))
            }
        }
        var files: [PendingFile] = []
        for url in urls {
            do {
                let kind = try options.kind ?? detectKind(url)
                files.append(PendingFile(url: url, kind: kind, digest: BackgroundValue { try SHA256Digest.hex(ofFile: url) },
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

    func detectKind(_ url: URL) throws -> ImportKind {
        if url.pathExtension.lowercased() == "json" { return .memberReport }
        var source = try openTable(url)
        guard let header = try source.nextRow() else {
            throw ImportProblem(file: url.lastPathComponent, line: 1, expected: text("import.expected.header"))
        }
        guard let kind = ColumnMap.detectKind(headers: header.cells) else {
            throw ImportProblem(file: url.lastPathComponent, line: header.line,
                                value: header.cells.prefix(6).joined(separator: ","),
                                expected: text("import.expected.knownHeaders", "组织编码/学员编号/当日积分/激活状态"))
        }
        return kind
    }

    func openTable(_ url: URL) throws -> any TabularRowSource {
        try TabularFile.open(url: url, encoding: options.encoding, sheet: options.sheet, language: options.language)
    }

    /// Reads the header row and maps it, failing clearly on an empty file.
    func readHeader(_ source: inout any TabularRowSource, file: String, kind: ImportKind) throws -> ColumnMap {
        guard let header = try source.nextRow() else {
            throw ImportFailure(ImportProblem(file: file, line: 1, expected: text("import.expected.header")))
        }
        return ColumnMap(headers: header.cells, kind: kind)
    }

    // MARK: - One file

    func importFile(_ file: PendingFile, context: Context) throws -> ImportSummary.FileResult {
        if let previous = try duplicateImport(of: file, db: context.db) {
            var result = ImportSummary.FileResult(file: file.url.path, kind: file.kind, rows: 0, days: [])
            result.duplicateOf = previous
            result.notes.append(text("import.note.duplicate", previous))
            return result
        }
        context.startedAt = Date()
        context.importId = try recordImport(file, context: context)
        var result: ImportSummary.FileResult
        switch file.kind {
        case .orgs: result = try importOrgs(file, context: context)
        case .learners: result = try importLearners(file, context: context)
        case .points: result = try importPoints(file, context: context)
        case .memberReport: result = try importMemberReport(file, context: context)
        }
        try context.db.execute(
            sql: "UPDATE import_record SET rows = ?, first_day = ?, last_day = ?, seconds = ? WHERE id = ?",
            arguments: [result.rows, result.days.first?.number, result.days.last?.number,
                        Date().timeIntervalSince(context.startedAt), context.importId])
        return result
    }

    /// The same bytes imported before, with nothing of the same kind imported since, change
    /// nothing: skip them (idempotent imports, SPEC §3).
    func duplicateImport(of file: PendingFile, db: Database) throws -> Int64? {
        guard let previous = try Row.fetchOne(db, sql: """
            SELECT id, first_day, last_day FROM import_record WHERE sha256 = ? AND kind = ? ORDER BY id DESC LIMIT 1
            """, arguments: [try file.sha256, file.kind.rawValue]) else { return nil }
        let id: Int64 = previous["id"]
        let firstDay: Int? = previous["first_day"]
        let lastDay: Int? = previous["last_day"]
        let later: Int
        if let firstDay, let lastDay, file.kind == .points || file.kind == .memberReport {
            later = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM import_record WHERE id > ? AND kind IN ('points', 'member-report')
                AND first_day <= ? AND last_day >= ?
                """, arguments: [id, lastDay, firstDay]) ?? 0
        } else {
            later = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM import_record WHERE id > ? AND kind = ?",
                                     arguments: [id, file.kind.rawValue]) ?? 0
        }
        return later == 0 ? id : nil
    }

    func recordImport(_ file: PendingFile, context: Context) throws -> Int64 {
        let formatter = ISO8601DateFormatter()
        try context.db.execute(sql: """
            INSERT INTO import_record (file, sha256, kind, rows, started_at, seconds, user)
            VALUES (?, ?, ?, 0, ?, 0, ?)
            """, arguments: [file.url.path, try file.sha256, file.kind.rawValue, formatter.string(from: context.startedAt), options.user])
        return context.db.lastInsertedRowID
    }

    // MARK: - Helpers for the per-kind imports

    func text(_ key: String, _ arguments: CustomStringConvertible...) -> String {
        StringTable.text(key, options.language, arguments: arguments)
    }

    func reportProgress(file: PendingFile, rows: Int, started: Date) {
        progress?(ImportProgress(file: file.displayName, rows: rows, elapsed: Date().timeIntervalSince(started)))
    }

    /// A non-negative whole number, or nil for an empty cell; a problem otherwise.
    static func parseCount(_ text: String?) -> Int?? {
        guard let text, !text.isEmpty else { return .some(nil) }
        if let value = Int(text), value >= 0 { return .some(value) }
        // Spreadsheets sometimes write whole numbers as "12.0".
        if let value = Double(text), value >= 0, value.rounded() == value, value < 1e15 { return .some(Int(value)) }
        return nil
    }
}
