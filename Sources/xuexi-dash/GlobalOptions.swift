import ArgumentParser
import Foundation
import XuexiCore
import XuexiModel
import XuexiStore

/// Options every subcommand takes (SPEC §7).
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Store file (default $XUEXI_DASH_STORE, else ~/.local/share/xuexi-dash/xuexi.sqlite)")
    var store: String?

    @Option(name: .long, help: "UI language: zh or en (default zh, or $XUEXI_DASH_LANG)")
    var lang: String?

    @Option(name: .long, help: "Config file (default $XDG_CONFIG_HOME/xuexi-dash/config.toml)")
    var config: String?

    var language: Language { Language.resolve(lang, environment: ProcessInfo.processInfo.environment) }

    var storePath: String { XuexiStore.resolvePath(flag: store) }

    func validate() throws {
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError("--lang must be zh or en")
        }
    }

    /// Opens the store; an unavailable store exits with status 3 (SPEC §7).
    func openStore(path: String? = nil) throws -> XuexiStore {
        do {
            return try XuexiStore.open(path: path ?? storePath)
        } catch let error as StoreUnavailable {
            printError(StringTable.text("cli.storeUnavailable", language, error.path, error.reason))
            throw ExitCode(3)
        }
    }
}

/// `--format table|json|csv` for listing commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
