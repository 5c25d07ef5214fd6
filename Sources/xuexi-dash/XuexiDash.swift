import ArgumentParser
import Foundation
import TerminalKit
import XuexiCore
import XuexiModel
import XuexiStore

@main
struct XuexiDash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xuexi-dash",
        abstract: "学习强国 activity dashboard for street offices and branches / 学习强国学习情况看板",
        subcommands: [
            ImportCommand.self, OrgsCommand.self, LearnersCommand.self, ImportsCommand.self, DemoCommand.self,
            ConfigCommand.self, InfoCommand.self, InitCommand.self,
            GalleryCommand.self, AlertsCommand.self, ReportCommand.self,
            DashboardCommand.self, SnapshotCommand.self, WatchCommand.self, NotifyCommand.self, RebuildCommand.self,
            StoreCommand.self, AdminCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// Exit codes per SPEC §7: usage errors are 2 (ArgumentParser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error where StoreFailureKind.of(error) != nil {
            let language = commandLineLanguage()
            let kind = StoreFailureKind.of(error)!
            printError(ErrorMessage.store(kind, path: XuexiStore.resolvePath(flag: storeFlag()), language: language))
            Foundation.exit(kind == .diskFull ? 1 : 3)
        } catch let error as StoreNotWritable {
            // A write the command did not announce (it should have called requireWritable).
            printError(ErrorMessage.store(.readOnly, path: error.path, language: commandLineLanguage()))
            Foundation.exit(3)
        } catch let error as TerminalError {
            printError(terminalMessage(error))
            Foundation.exit(1)
        } catch let error where ErrorMessage.knows(error) {
            // Database and file errors nobody caught: in the UI language, never SQLite's or
            // Foundation's English ("The operation could not be completed").
            printError(
                ErrorMessage.text(
                    for: error, language: commandLineLanguage(), storePath: XuexiStore.resolvePath(flag: storeFlag())))
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                printError(UsageMessage.text(for: error, language: commandLineLanguage()))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// The value of `--name VALUE` or `--name=VALUE` on the command line, for messages written
/// after the parsed command is gone.
func commandLineValue(_ name: String, arguments: [String] = CommandLine.arguments) -> String? {
    for (index, argument) in arguments.enumerated() {
        if argument == name, index + 1 < arguments.count { return arguments[index + 1] }
        if argument.hasPrefix(name + "=") { return String(argument.dropFirst(name.count + 1)) }
    }
    return nil
}

func storeFlag() -> String? { commandLineValue("--store") }

/// The UI language as `--lang` and the environment give it.
func commandLineLanguage() -> Language { Language.commandLine }

/// A terminal that cannot show the dashboard, said in the UI language with the fix.
func terminalMessage(_ error: TerminalError) -> String {
    let language = commandLineLanguage()
    switch error {
    case .noUTF8Locale(let locale): return StringTable.text(CLIText.terminalNoUTF8, language, locale)
    case .noCursorAddressing(let type): return StringTable.text(CLIText.terminalNoCursor, language, type)
    case .notATerminal: return StringTable.text(CLIText.terminalNotATerminal, language)
    case .unknownTerminal(let type): return StringTable.text(CLIText.terminalUnknown, language, type)
    case .alreadyStarted: return StringTable.text(CLIText.terminalBusy, language)
    }
}
