import ArgumentParser
import Foundation
import XuexiModel

/// A usage error (exit 2) in the UI language. ArgumentParser writes its sentences in English
/// only, so in Chinese the ones it has are matched and said again (the value, option and
/// expectation kept as written), anything else is shown as it came; English keeps
/// ArgumentParser's full message with the usage line.
enum UsageMessage {
    static func text(for error: any Error, language: Language, arguments: [String] = CommandLine.arguments) -> String {
        guard language == .zh else { return XuexiDash.fullMessage(for: error) }
        let message = XuexiDash.message(for: error)
        let command = ["xuexi-dash", subcommand(in: arguments)].compactMap { $0 }.joined(separator: " ")
        return UsageText.usageError.text(language, translate(message, language: language)) + "\n"
            + UsageText.seeHelp.text(language, command)
    }

    /// ArgumentParser's first line, said in `language` when it is one of the sentences known.
    static func translate(_ message: String, language: Language) -> String {
        let line = message.split(separator: "\n").first.map(String.init) ?? message
        let patterns: [(String, UsageText)] = [
            (#"^The value '(.*)' is invalid for '(.*)': (.*)$"#, .invalidValue),
            (#"^The value '(.*)' is invalid for '(.*)'$"#, .invalidValueBare),
            (#"^Unknown option '(.*)'\. Did you mean '(.*)'\?$"#, .unknownOptionSuggestion),
            (#"^Unknown option '(.*)'$"#, .unknownOption),
            (#"^Missing expected argument '(.*)'$"#, .missingArgument),
            (#"^Missing one of: (.*)$"#, .missingOneOf),
            (#"^Missing value for '(.*)'$"#, .missingValue),
            (#"^Unexpected argument '(.*)'$"#, .unexpectedArgument),
            (#"^(\d+) unexpected arguments: (.*)$"#, .unexpectedArguments),
            (#"^Missing required subcommand\.$"#, .missingSubcommand),
        ]
        for (pattern, key) in patterns {
            guard let expression = try? NSRegularExpression(pattern: pattern),
                let match = expression.firstMatch(in: line, range: NSRange(line.startIndex..., in: line))
            else { continue }
            let groups = (1..<match.numberOfRanges).compactMap {
                Range(match.range(at: $0), in: line).map { String(line[$0]) }
            }
            return key.text(language, arguments: groups)
        }
        return line
    }

    /// The subcommand written on the command line, for "xuexi-dash report --help".
    static func subcommand(in arguments: [String]) -> String? {
        let names = Set(XuexiDash.configuration.subcommands.map { $0._commandName })
        return arguments.dropFirst().first { names.contains($0) }
    }
}
