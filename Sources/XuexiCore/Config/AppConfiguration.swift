import Foundation
import XuexiModel

/// Deployment settings (SPEC §8): thresholds for metrics and alerts, refresh, theme,
/// language. Read from `config.toml`; a missing file means the defaults. The file is never
/// written by the program, so hand edits are never lost.
public struct AppConfiguration: Sendable, Equatable {
    // [metrics]
    public var activityThreshold = 1
    /// Total-points clubs (积分过万俱乐部), each counted all / party / masses.
    public var clubs = AggregateParameters.defaultClubs
    /// What the registration rate divides by: the expected headcount (应学人数, default) or
    /// the party members (安阳 reports 注册率 as registered / party members: 184.3%).
    public var registrationBase = RegistrationBase.expected
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
    /// Read from old files (`alerts.minimum_registered`) but no longer applied: a hard size
    /// cut let a group of 29 never alert while one of 30 did. `alertMinimumShortfall` replaces it.
    public var alertMinimumRegistered = 30
    /// A rate alert is raised only when at least this many learners are missing to reach the
    /// threshold (or were lost, for a drop): in a study group of 10 one person moves the rate
    /// 10 points, yet the rule reads the same for 29, 30 or 31 members.
    public var alertMinimumShortfall = 3
    /// Unit alerts are raised at the top org and this many levels in all (3 = root, children,
    /// grandchildren); deeper units are folded into their nearest supervised ancestor's alert.
    public var alertLevels = 3
    /// When at least this share of a unit's children hold a condition, the unit raises one
    /// alert saying so instead of one row per child.
    public var alertFoldShare = 0.5
    // [dashboard]
    public var refreshSeconds = 1.0
    public var theme = "party-red"
    public var language: String?
    public var mouse = true
    public var colors: String?
    /// Where `x` writes the report of the view on screen (created when missing).
    public var exportDirectory = "~/xuexi-dash-exports"
    /// Mentors' phones in full in the inactive list and in notes copied with `c` (personal data).
    public var showPhones = false
    // [notify.targets.NAME]
    public var notifyTargets: [String: NotifyTargetSettings] = [:]

    public var source: String?
    /// What the file said that still works but should change (renamed keys), shown on stderr.
    public var warnings = ConfigWarnings()
    /// club_low / club_high while a file is read (see `parse`); nil outside it.
    var legacyClubs: [Int]?

    public init() {}

    public var aggregateParameters: AggregateParameters {
        AggregateParameters(activityThreshold: activityThreshold, clubs: clubs, dailyMaximum: dailyMaximum)
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
            if flag != nil {
                throw InvalidConfiguration(file: path, line: nil, message: FileErrorCause.missing.text(language))
            }
            return AppConfiguration()
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            // A folder, no permission, not UTF-8: said by cause, not as Foundation's English.
            let cause = FileErrorCause.ofReading(path)?.text(language) ?? FileText.notUTF8.text(language)
            throw InvalidConfiguration(file: path, line: nil, message: cause)
        }
        var configuration = try parse(text, file: path, language: language)
        configuration.source = path
        return configuration
    }

    public static func parse(_ text: String, file: String, language: Language = .en) throws -> AppConfiguration {
        let entries: [TOMLSubset.Entry]
        do {
            entries = try TOMLSubset.entries(text, file: file, language: language)
        } catch let error as TOMLSubset.ParseError {
            throw InvalidConfiguration(file: error.file, line: error.line, message: error.message)
        }
        var configuration = AppConfiguration()
        for entry in entries {
            try configuration.apply(entry, file: file, language: language)
        }
        // The older two-club settings still work: club_low / club_high make the list when
        // `clubs` is not given.
        if let legacy = configuration.legacyClubs, !entries.contains(where: { $0.key == "metrics.clubs" }) {
            configuration.clubs = Array(Set(legacy)).sorted()
        }
        configuration.legacyClubs = nil
        return configuration
    }

    /// The commented default file, printed by `xuexi-dash config --default`.
    public static let defaultFileText = """
        # XuexiDash configuration (config.toml). Every setting is optional; these are the defaults.
        # Location: $XDG_CONFIG_HOME/xuexi-dash/config.toml (or pass --config PATH).

        [metrics]
        # Day points at or above this make a learner active (活跃).
        activity_threshold = 1
        # Total-points clubs (积分过万俱乐部), each counted all / party / masses.
        # (club_low / club_high, the older two-club settings, are still read.)
        clubs = [10000, 20000, 40000]
        # Registration rate = registered / "expected" headcount (应学人数), or / "party" members.
        registration_base = "expected"
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
        # Activity and registration alerts only when at least this many learners are missing to
        # reach the threshold (or were lost, for a drop): small groups are judged fairly, with no
        # size cut (replaces minimum_registered, which is still read but no longer applied).
        minimum_shortfall = 3
        # Unit alerts at the top org and its next levels (3 = root, children, grandchildren);
        # deeper units are listed inside their nearest such ancestor's alert.
        levels = 3
        # When at least this share of a unit's children hold a condition, one alert at the unit.
        fold_share = 0.5

        [dashboard]
        refresh_seconds = 1.0
        theme = "party-red"
        # language = "zh"        # zh or en
        mouse = true
        # colors = "256"         # none, 8, 256 or truecolor (default: detected)
        export_dir = "~/xuexi-dash-exports"   # where x writes the report of the view (XLSX and Markdown)
        show_phones = false      # mentors' phones in full in the inactive list and in notes copied with c

        # Chat-group robots for `xuexi-dash notify` (none by default). Secrets never go in this file:
        # [notify.targets.jiedao]
        # kind = "wecom"                  # wecom, dingtalk, feishu or webhook (generic JSON POST)
        # url_env = "XUEXI_WECOM_URL"     # the webhook URL, key included, from the environment
        # url_file = "wecom.url"          # or from a file readable by its owner only (chmod 600)
        # secret_env = "XUEXI_DT_SECRET"  # DingTalk / Feishu signing secret (加签), when the robot has one
        # mention = "none"                # none or mentors (@ by mobile, units below the floor only)
        # style = "compact"               # compact or full

        """
}
