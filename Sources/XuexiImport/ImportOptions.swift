import Foundation
import XuexiModel

/// What the user asked of an import (the `import` command's flags).
public struct ImportOptions: Sendable {
    public var kind: ImportKind?
    /// The day of a points file without a date column (else the file name's date).
    /// For a roster, the day moves between orgs take effect (default: today).
    public var date: Day?
    public var encoding: TextEncodingChoice = .auto
    public var sheet: String?
    public var dryRun = false
    /// Member-score reports: create unknown departments and members under `rootCode`.
    public var createMissing = false
    public var rootCode: String?
    public var rootName: String?
    public var language: Language = .zh
    public var parameters = AggregateParameters()
    /// Day points above this are imported but recorded as anomalies (SPEC §3, default 60).
    public var dailyMaximum: Int {
        get { parameters.dailyMaximum }
        set { parameters.dailyMaximum = newValue }
    }
    public var user: String = ImportOptions.currentUser()
    public var today: Day = .today()
    /// Points for a day after `today` are refused unless this is set (`--allow-future`).
    public var allowFuture = false
    /// Points for a day more than a year before the store's first day are refused unless
    /// this is set (`--allow-old`).
    public var allowOld = false

    public init() {}

    /// Who ran the import (and who acknowledges alerts): the OS login name of the
    /// process's effective user, not `$USER`, which any member of a shared store could set
    /// to another name; "uid N" when the account has no name.
    public static func currentUser() -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(geteuid())"
    }
}

/// What one import did, file by file.
public struct ImportSummary: Sendable {
    public struct FileResult: Sendable {
        public var file: String
        public var kind: ImportKind
        public var rows: Int
        public var days: [Day]
        public var createdOrgs = 0
        public var createdLearners = 0
        public var updatedLearners = 0
        public var anomalies = 0
        /// Set when the same content had already been imported and nothing changed.
        public var duplicateOf: Int64?
        public var notes: [String] = []
    }

    public var files: [FileResult] = []
    public var dryRun = false
    public var seconds: Double = 0
    /// Stored days re-derived first because the aggregate parameters had changed (0: none).
    public var rebuiltDays = 0
    /// Seconds spent in each phase (plan, context, parse, write, aggregate, commit), for the benchmark.
    public var phases: [String: Double] = [:]
    public var totalRows: Int { files.reduce(0) { $0 + $1.rows } }
    public var days: [Day] { Array(Set(files.flatMap(\.days))).sorted() }
}

/// Progress of a long import, for the stderr progress line.
public struct ImportProgress: Sendable {
    public var file: String
    public var rows: Int
    public var elapsed: Double
}
