import Foundation
import XuexiModel

/// Warnings about a configuration file (renamed keys). They describe the file, not the
/// settings, so two configurations with the same settings compare equal whatever they say.
public struct ConfigWarnings: Sendable, Equatable {
    public var messages: [String] = []
    public static func == (_: ConfigWarnings, _: ConfigWarnings) -> Bool { true }
}

/// One setting of config.toml: its key, the form its value must take, and where it goes.
struct ConfigSetting: Sendable {
    enum Form: Sendable {
        /// A whole number within the range.
        case count(ClosedRange<Int>)
        /// A list of whole numbers within the range, in brackets: [10000, 20000].
        case counts(ClosedRange<Int>)
        /// A rate between 0 and 1: 0.40, or "40%".
        case rate
        /// A number of seconds within the range.
        case seconds(ClosedRange<Double>)
        /// A string; one of the choices when there are any.
        case text([String])
        case flag
    }

    let key: String
    let form: Form
    let apply: @Sendable (inout AppConfiguration, ConfigSetting.Value) -> Void

    init(
        _ key: String, _ form: Form, _ apply: @escaping @Sendable (inout AppConfiguration, ConfigSetting.Value) -> Void
    ) {
        self.key = key
        self.form = form
        self.apply = apply
    }

    /// A value checked against its form.
    enum Value {
        case number(Int)
        case numbers([Int])
        case fraction(Double)
        case string(String)
        case bool(Bool)
        var int: Int { if case .number(let n) = self { n } else { 0 } }
        var list: [Int] { if case .numbers(let n) = self { n } else { [] } }
        var double: Double { if case .fraction(let d) = self { d } else { 0 } }
        var text: String { if case .string(let s) = self { s } else { "" } }
        var flag: Bool { if case .bool(let b) = self { b } else { false } }
    }
}

/// A key another version renamed: still read as `old`, with a warning naming `new`.
struct RenamedSetting: Sendable {
    let old: String
    let new: String
}

extension AppConfiguration {
    /// Every key config.toml may set. Adding a setting is one line here.
    static let settings: [ConfigSetting] = [
        ConfigSetting("metrics.activity_threshold", .count(0...10_000)) { $0.activityThreshold = $1.int },
        ConfigSetting("metrics.clubs", .counts(1...100_000_000)) { $0.clubs = Array(Set($1.list)).sorted() },
        ConfigSetting("metrics.club_low", .count(1...100_000_000)) {
            $0.legacyClubs = [$1.int, $0.legacyClubs?[1] ?? 40_000]
        },
        ConfigSetting("metrics.club_high", .count(1...100_000_000)) {
            $0.legacyClubs = [$0.legacyClubs?[0] ?? 20_000, $1.int]
        },
        ConfigSetting("metrics.registration_base", .text(["expected", "party"])) {
            $0.registrationBase = RegistrationBase(rawValue: $1.text) ?? .expected
        },
        ConfigSetting("metrics.star_threshold", .count(0...10_000)) { $0.starThreshold = $1.int },
        ConfigSetting("import.daily_maximum", .count(1...10_000)) { $0.dailyMaximum = $1.int },
        ConfigSetting("alerts.activity_floor", .rate) { $0.activityFloor = $1.double },
        ConfigSetting("alerts.activity_target", .rate) { $0.activityTarget = $1.double },
        ConfigSetting("alerts.drop_points", .rate) { $0.dropPoints = $1.double },
        ConfigSetting("alerts.registration_target", .rate) { $0.registrationTarget = $1.double },
        ConfigSetting("alerts.inactive_days", .count(1...366)) { $0.inactiveDays = $1.int },
        ConfigSetting("alerts.stale_after_hour", .count(0...23)) { $0.staleAfterHour = $1.int },
        ConfigSetting("alerts.stale_store_hours", .count(1...8_784)) { $0.staleStoreHours = $1.int },
        ConfigSetting("alerts.minimum_registered", .count(0...1_000_000)) { $0.alertMinimumRegistered = $1.int },
        ConfigSetting("alerts.minimum_shortfall", .count(1...1_000_000)) { $0.alertMinimumShortfall = $1.int },
        ConfigSetting("alerts.levels", .count(1...20)) { $0.alertLevels = $1.int },
        ConfigSetting("alerts.fold_share", .rate) { $0.alertFoldShare = $1.double },
        ConfigSetting("dashboard.refresh_seconds", .seconds(0.2...3_600)) { $0.refreshSeconds = $1.double },
        ConfigSetting("dashboard.theme", .text([])) { $0.theme = $1.text },
        ConfigSetting("dashboard.language", .text(["zh", "en"])) { $0.language = $1.text },
        ConfigSetting("dashboard.mouse", .flag) { $0.mouse = $1.flag },
        ConfigSetting("dashboard.colors", .text(["none", "8", "256", "truecolor"])) { $0.colors = $1.text },
        ConfigSetting("dashboard.export_dir", .text([])) { $0.exportDirectory = $1.text },
        ConfigSetting("dashboard.show_phones", .flag) { $0.showPhones = $1.flag },
    ]

    /// Keys renamed by later versions: still read (they stay in `settings` until removed),
    /// with a warning naming the new key. One line per rename.
    static let renamedSettings: [RenamedSetting] = [
        RenamedSetting(old: "metrics.club_low", new: "metrics.clubs"),
        RenamedSetting(old: "metrics.club_high", new: "metrics.clubs"),
        RenamedSetting(old: "alerts.minimum_registered", new: "alerts.minimum_shortfall"),
    ]

    /// Checks one `key = value` line against its setting and applies it.
    mutating func apply(_ entry: TOMLSubset.Entry, file: String, language: Language) throws {
        let say = { (key: ConfigText, arguments: [CustomStringConvertible]) in
            StringTable.text(key, language, arguments: arguments)
        }
        if entry.key.hasPrefix("notify.targets.") {
            if let problem = NotifyTargetSettings.apply(entry.key, entry.value, to: &notifyTargets, language: language)
            {
                throw InvalidConfiguration(file: file, line: entry.line, message: problem)
            }
            return
        }
        guard let setting = AppConfiguration.settings.first(where: { $0.key == entry.key }) else {
            throw InvalidConfiguration(file: file, line: entry.line, message: say(.unknownKey, [entry.key]))
        }
        if let renamed = AppConfiguration.renamedSettings.first(where: { $0.old == entry.key }) {
            warnings.messages.append("\(file):\(entry.line): " + say(.renamedKey, [renamed.old, renamed.new]))
        }
        guard let value = ConfigSetting.check(entry.value, against: setting.form) else {
            let expected: String
            switch setting.form {
            case .count(let range): expected = say(.expectedCount, [entry.key, range.lowerBound, range.upperBound])
            case .counts(let range):
                expected = say(.expectedCounts, [entry.key, range.lowerBound, range.upperBound])
            case .rate: expected = say(.expectedRate, [entry.key])
            case .seconds(let range):
                expected = say(.expectedSeconds, [entry.key, range.lowerBound, range.upperBound])
            case .text(let choices):
                expected =
                    choices.isEmpty
                    ? say(.expectedText, [entry.key])
                    : say(.expectedChoice, [entry.key, choices.map { "\"\($0)\"" }.joined(separator: ", ")])
            case .flag: expected = say(.expectedFlag, [entry.key])
            }
            throw InvalidConfiguration(file: file, line: entry.line, message: expected)
        }
        setting.apply(&self, value)
    }
}

extension ConfigSetting {
    /// The value when it has the form, nil otherwise.
    static func check(_ value: TOMLSubset.Value, against form: Form) -> Value? {
        switch (form, value) {
        case (.count(let range), .integer(let number)) where range.contains(number): return .number(number)
        case (.counts(let range), .integers(let list)) where !list.isEmpty && list.allSatisfy(range.contains):
            return .numbers(list)
        case (.rate, .float(let number)) where (0...1).contains(number): return .fraction(number)
        case (.rate, .integer(let number)) where (0...1).contains(number): return .fraction(Double(number))
        case (.rate, .string(let text)):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasSuffix("%"), let percent = Double(trimmed.dropLast().trimmingCharacters(in: .whitespaces)),
                (0...100).contains(percent)
            else { return nil }
            return .fraction(percent / 100)
        case (.seconds(let range), .float(let number)) where range.contains(number): return .fraction(number)
        case (.seconds(let range), .integer(let number)) where range.contains(Double(number)):
            return .fraction(Double(number))
        case (.text(let choices), .string(let text)) where choices.isEmpty || choices.contains(text.lowercased()):
            return .string(choices.isEmpty ? text : text.lowercased())
        case (.flag, .bool(let flag)): return .bool(flag)
        default: return nil
        }
    }
}

/// Text of configuration messages.
public enum ConfigText: String, TextKey {
    public static let entries: [ConfigText: TextEntry] = [
        .unknownKey: TextEntry(zh: "未知的设置项 {0}", en: "unknown setting {0}"),
        .renamedKey: TextEntry(
            zh: "设置项 {0} 已改名为 {1}，本次仍按旧名读取；请改用 {1}",
            en: "{0} has been renamed {1}; read this time, but please use {1}"),
        .expectedCount: TextEntry(zh: "{0} 应为 {1} 到 {2} 之间的整数", en: "{0} expects a whole number from {1} to {2}"),
        .expectedCounts: TextEntry(
            zh: "{0} 应为方括号中的整数列表，每个在 {1} 到 {2} 之间，如 [10000, 20000]",
            en: "{0} expects a list of whole numbers from {1} to {2} in brackets, such as [10000, 20000]"),
        .expectedRate: TextEntry(
            zh: "{0} 应为 0 到 1 之间的比率，如 0.40 或 \"40%\"",
            en: "{0} expects a rate between 0 and 1, such as 0.40 or \"40%\""),
        .expectedSeconds: TextEntry(zh: "{0} 应为 {1} 到 {2} 之间的秒数", en: "{0} expects seconds from {1} to {2}"),
        .expectedText: TextEntry(zh: "{0} 应为带引号的文字", en: "{0} expects a string in quotes"),
        .expectedChoice: TextEntry(zh: "{0} 应为以下之一：{1}", en: "{0} expects one of {1}"),
        .expectedFlag: TextEntry(zh: "{0} 应为 true 或 false", en: "{0} expects true or false"),
        .syntaxSection: TextEntry(zh: "应为形如 [alerts] 的小节标题", en: "expected a section header like [alerts]"),
        .syntaxKeyValue: TextEntry(zh: "应为 设置项 = 值", en: "expected key = value"),
        .syntaxBareKey: TextEntry(zh: "“=”前应为设置项名称", en: "expected a bare key before '='"),
        .syntaxValue: TextEntry(
            zh: "应为带引号的文字、数字或 true/false，实为“{0}”",
            en: "expected a string in quotes, a number or true/false, found '{0}'"),
        .syntaxDuplicate: TextEntry(zh: "{0} 已在第 {1} 行设置过", en: "{0} is already set at line {1}"),
    ]

    case unknownKey = "config.unknownKey"
    case renamedKey = "config.renamedKey"
    case expectedCount = "config.expected.count"
    case expectedCounts = "config.expected.counts"
    case expectedRate = "config.expected.rate"
    case expectedSeconds = "config.expected.seconds"
    case expectedText = "config.expected.text"
    case expectedChoice = "config.expected.choice"
    case expectedFlag = "config.expected.flag"
    case syntaxSection = "config.syntax.section"
    case syntaxKeyValue = "config.syntax.keyValue"
    case syntaxBareKey = "config.syntax.bareKey"
    case syntaxValue = "config.syntax.value"
    case syntaxDuplicate = "config.syntax.duplicate"
}
