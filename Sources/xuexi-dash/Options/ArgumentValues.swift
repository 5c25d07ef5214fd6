import ArgumentParser
import Dashboard
import Foundation
import TerminalKit
import XuexiCore
import XuexiImport
import XuexiModel

/// A command-line value that parses itself once, when the arguments are read, and says
/// clearly what it expected when it cannot (ArgumentParser prints "The value 'x' is
/// invalid for '--opt <value>': <expectation>" and the program exits with status 2).
protocol ArgumentValue: ExpressibleByArgument {
    /// What the option expected, in the UI language where the text exists.
    static func expectation(_ language: Language) -> String
}

extension ArgumentValue {
    /// For `@Option(transform: Day.parse)`: the value, or the clear message.
    static func parse(_ text: String) throws -> Self {
        guard let value = Self(argument: text) else { throw ArgumentProblem(description: expectation(.commandLine)) }
        return value
    }
}

/// The message ArgumentParser appends to "The value … is invalid for …".
struct ArgumentProblem: Error, CustomStringConvertible {
    var description: String
}

extension Language {
    /// The UI language while the arguments are still being read: `--lang` as written on the
    /// command line, else `$XUEXI_DASH_LANG`, else Chinese (what `GlobalOptions` resolves).
    static var commandLine: Language {
        let arguments = CommandLine.arguments
        var flag: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { flag = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { flag = String(argument.dropFirst("--lang=".count)) }
        }
        return Language.resolve(flag, environment: ProcessInfo.processInfo.environment)
    }
}

extension Day: ArgumentValue {
    public init?(argument: String) { self.init(iso: argument) }
    static func expectation(_ language: Language) -> String { UsageText.expectDate.text(language) }
}

extension Language: ArgumentValue {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
    static func expectation(_ language: Language) -> String { UsageText.expectLanguage.text(language) }
}

/// "120x40" → columns and rows.
struct ScreenSize: ArgumentValue, Hashable {
    var columns: Int
    var rows: Int

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x")
        guard parts.count == 2, let columns = Int(parts[0]), let rows = Int(parts[1]),
            (1...1000).contains(columns), (1...500).contains(rows)
        else { return nil }
        self.init(columns: columns, rows: rows)
    }

    static func expectation(_ language: Language) -> String { UsageText.expectSize.text(language) }
    var defaultValueDescription: String { "\(columns)x\(rows)" }
}

/// A theme name (`dark`) or a path to a `.theme` file; whether it exists is the theme
/// loader's business (a missing theme falls back to the default and says why on screen).
struct ThemeName: ArgumentValue, Hashable {
    var value: String

    /// A known theme name or an existing theme file: an unknown name is a command-line error,
    /// not a silent fallback (a broken file still opens with the default theme and its error shown).
    init?(argument: String) {
        guard !argument.isEmpty else { return nil }
        if argument.contains("/") || argument.hasSuffix(".theme") {
            guard FileManager.default.fileExists(atPath: UserDirectories.expandTilde(argument)) else { return nil }
        } else if (try? AppThemes.loader().load(nameOrPath: argument)) == nil {
            return nil
        }
        value = argument
    }

    static func expectation(_ language: Language) -> String {
        let known = AppThemes.loader().availableThemeNames().joined(separator: ", ")
        return language == .zh
            ? "应为主题名（\(known)）或 .theme 文件路径" : "expected a theme name (\(known)) or a path to a .theme file"
    }
}

extension ColorMode: ArgumentValue {
    static func expectation(_ language: Language) -> String { UsageText.expectColors.text(language) }
}

extension ReportKind: ArgumentValue {
    static func expectation(_ language: Language) -> String { StringTable.text(ReportText.cliBadKind, language) }
}

extension ReportFormat: ArgumentValue {
    static func expectation(_ language: Language) -> String { UsageText.expectReportFormat.text(language) }
}

extension ImportKind: ArgumentValue {
    static func expectation(_ language: Language) -> String {
        UsageText.expectImportKind.text(language, ImportKind.allCases.map(\.rawValue).joined(separator: ", "))
    }
}

extension TextEncodingChoice: ArgumentValue {
    static func expectation(_ language: Language) -> String { UsageText.expectEncoding.text(language) }
}

extension AlertStateFilter: ArgumentValue {
    static func expectation(_ language: Language) -> String { StringTable.text(AlertText.cliBadState, language) }
}

extension DashboardView: ArgumentValue {
    static func expectation(_ language: Language) -> String { UsageText.expectView.text(language) }
}

extension DemoScale: ExpressibleByArgument {}

/// `--format table|json|csv` for listing commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// `learners --format table|csv|xlsx|json`.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, xlsx
}

extension ChaseStatus: ExpressibleByArgument {}
