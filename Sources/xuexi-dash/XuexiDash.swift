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
            StoreCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// Exit codes per SPEC §7: usage errors are 2 (ArgumentParser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error where StoreFailureKind.of(error) != nil {
            let language = Language.resolve(nil, environment: ProcessInfo.processInfo.environment)
            let kind = StoreFailureKind.of(error)!
            let arguments = CommandLine.arguments
            let flag = arguments.firstIndex(of: "--store").flatMap {
                $0 + 1 < arguments.count ? arguments[$0 + 1] : nil
            }
            printError(storeFailureMessage(kind, path: XuexiStore.resolvePath(flag: flag), language: language))
            Foundation.exit(kind == .diskFull ? 1 : 3)
        } catch let error as StoreNotWritable {
            // A write the command did not announce (it should have called requireWritable).
            let language = Language.resolve(nil, environment: ProcessInfo.processInfo.environment)
            printError(storeFailureMessage(.readOnly, path: error.path, language: language))
            Foundation.exit(3)
        } catch let error as TerminalError {
            printError(terminalMessage(error))
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// A terminal that cannot show the dashboard, said in the UI language with the fix.
func terminalMessage(_ error: TerminalError) -> String {
    let language = Language.resolve(nil, environment: ProcessInfo.processInfo.environment)
    switch error {
    case .noUTF8Locale(let locale): return StringTable.text(CLIText.terminalNoUTF8, language, locale)
    case .noCursorAddressing(let type): return StringTable.text(CLIText.terminalNoCursor, language, type)
    default: return "xuexi-dash: \(error.description)"
    }
}
