import Foundation
import XuexiModel

/// Deployment settings (SPEC §8): thresholds for metrics and alerts, refresh, theme,
/// language. Read from `config.toml`; a missing file means the defaults. The file is never
/// written by the program, so hand edits are never lost.
public struct AppConfiguration: Sendable, Equatable {
    // [metrics]
    public var activityThreshold = 1
    public var clubLow = 20_000
    public var clubHigh = 40_000
    public var starThreshold = 35
    public var dailyMaximum = 60
    // [alerts]
    public var activityFloor = 0.40
    public var activityTarget = 0.70
    public var dropPoints = 0.15
    public var registrationTarget = 1.0
    public var inactiveDays = 3
    public var staleAfterHour = 10
    public var staleStoreHours = 36
    /// Rate alerts only for units with at least this many registered learners: in a study
    /// group of 10 one person moves the rate 10 points, and a street office would otherwise
    /// get thousands of alerts.
    public var alertMinimumRegistered = 30
    // [dashboard]
    public var refreshSeconds = 1.0
    public var theme = "party-red"
    public var language: String?
    public var mouse = true
    public var colors: String?

    public var source: String?
    /// What the file said that still works but should change (renamed keys), shown on stderr.
    public var warnings = ConfigWarnings()

    public init() {}

    public var aggregateParameters: AggregateParameters {
        AggregateParameters(activityThreshold: activityThreshold, clubLow: clubLow, clubHigh: clubHigh)
    }

    public struct InvalidConfiguration: Error, CustomStringConvertible, Sendable {
        public var file: String
        public var line: Int?
        public var message: String
        public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
    }

    /// `$XDG_CONFIG_HOME/xuexi-dash/config.toml`, else `~/.config/xuexi-dash/config.toml`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let configHome = UserDirectories.configHome(environment)
        return (configHome as NSString).appendingPathComponent("xuexi-dash/config.toml")
    }

    /// Loads `--config PATH` (which must exist) or the default path (which may not).
    public static func load(flag: String?, language: Language = .zh) throws -> AppConfiguration {
        let path = flag.map { UserDirectories.expandTilde($0) } ?? defaultPath()
        guard FileManager.default.fileExists(atPath: path) else {
            if flag != nil { throw InvalidConfiguration(file: path, line: nil, message: "file not found") }
            return AppConfiguration()
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var configuration = try parse(text, file: path, language: language)
        configuration.source = path
        return configuration
    }

    public static func parse(_ text: String, file: String, language: Language = .en) throws -> AppConfiguration {
        let entries: [TOMLSubset.Entry]
        do {
            entries = try TOMLSubset.entries(text, file: file)
        } catch let error as TOMLSubset.ParseError {
            throw InvalidConfiguration(file: error.file, line: error.line, message: error.message)
        }
        var configuration = AppConfiguration()
        for entry in entries {
            try configuration.apply(entry, file: file, language: language)
        }
        return configuration
    }

    /// The commented default file, printed by `xuexi-dash config --default`.
    public static let defaultFileText = """
        # XuexiDash configuration (config.toml). Every setting is optional; these are the defaults.
        # Location: $XDG_CONFIG_HOME/xuexi-dash/config.toml (or pass --config PATH).

        [metrics]
        # Day points at or above this make a learner active (活跃).
        activity_threshold = 1
        # Total-points clubs (积分过万俱乐部).
        club_low = 20000
        club_high = 40000
        # Daily stars (当日学霸): day points at or above this.
        star_threshold = 35

        [import]
        # Day points above this are imported but flagged as anomalies.
        daily_maximum = 60

        [alerts]
        # Activity rate below the floor is critical (安阳's 参与度 target), below the target a warning.
        activity_floor = 0.40
        activity_target = 0.70
        # A fall of this much (0.15 = 15 points) against the previous 7 days' mean is a warning.
        drop_points = 0.15
        # Registration rate below this is a warning (1.0 = 100%).
        registration_target = 1.0
        # Learners with no points for this many consecutive days are listed with their mentor.
        inactive_days = 3
        # After this hour, a missing import for yesterday is critical.
        stale_after_hour = 10
        # A store unchanged for longer than this many hours is critical.
        stale_store_hours = 36
        # Activity and registration alerts only for units with at least this many registered
        # learners (small study groups swing too much to be worth a notice).
        minimum_registered = 30

        [dashboard]
        refresh_seconds = 1.0
        theme = "party-red"
        # language = "zh"        # zh or en
        mouse = true
        # colors = "256"         # none, 8, 256 or truecolor (default: detected)

        """
}
