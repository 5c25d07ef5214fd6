import ArgumentParser
import Foundation
import XuexiCore

@main
struct XuexiDash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xuexi-dash",
        abstract: "学习强国 activity dashboard for street offices and branches / 学习强国学习情况看板",
        subcommands: [
            ImportCommand.self, OrgsCommand.self, LearnersCommand.self, ImportsCommand.self, DemoCommand.self,
            ConfigCommand.self, InfoCommand.self, InitCommand.self,
            GalleryCommand.self, AlertsCommand.self, ReportCommand.self,
            DashboardCommand.self, SnapshotCommand.self, WatchCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// Exit codes per SPEC §7: usage errors are 2 (ArgumentParser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
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
