import ArgumentParser
import Foundation
import TerminalKit
import XuexiCore
import XuexiModel
import XuexiStore
import XuexiStorePostgres

/// `--lang`: the UI language of messages and screens.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: "UI language: zh or en (default zh, or $XUEXI_DASH_LANG)", transform: Language.parse)
    var lang: Language?

    /// The flag, else `$XUEXI_DASH_LANG`, else Chinese.
    var language: Language { lang ?? Language.resolve(nil, environment: ProcessInfo.processInfo.environment) }
}

/// `--store`: which store file the command works on.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "Store file (default $XUEXI_DASH_STORE, else ~/.local/share/xuexi-dash/xuexi.sqlite)")
    var store: String?

    @Flag(
        name: .long,
        help: "Open the store read-only: no import, acknowledgement or snooze (also $XUEXI_DASH_READ_ONLY=1)")
    var readOnly = false

    var storePath: String { XuexiStore.resolvePath(flag: store) }

    /// `--read-only`, or `XUEXI_DASH_READ_ONLY` set to 1, true or yes.
    var readOnlyRequested: Bool {
        let value = ProcessInfo.processInfo.environment["XUEXI_DASH_READ_ONLY"]?.lowercased() ?? ""
        return readOnly || ["1", "true", "yes"].contains(value)
    }
}

/// Options every store subcommand takes (SPEC §7): the store, the language and the config.
struct GlobalOptions: ParsableArguments {
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Option(name: .long, help: "Config file (default $XDG_CONFIG_HOME/xuexi-dash/config.toml)")
    var config: String?

    var language: Language { languageOptions.language }
    /// The `--lang` flag alone (the dashboard prefers the config file's language to the environment).
    var lang: Language? { languageOptions.lang }
    var store: String? { storeOptions.store }
    var storePath: String { storeOptions.storePath }

    /// Opens an existing store for a command that reads it; a missing or unavailable store
    /// exits with status 3 (SPEC §7) and nothing is created.
    /// A store this user cannot write (or any with `--read-only`) opens read-only.
    func openStore(path: String? = nil) throws -> XuexiStore {
        let path = path ?? storePath
        return try withStoreErrors {
            if PostgresLocation.isPostgres(path) {
                return try PostgresReplica.openStore(
                    url: path, create: false, readOnly: storeOptions.readOnlyRequested)
            }
            return try XuexiStore.openExisting(path: path, readOnly: storeOptions.readOnlyRequested)
        }
    }

    /// Opens the store, creating it on first use: only `import`, `demo`, `watch` and `init`.
    /// A store opened read-only (`--read-only`, file modes) refuses with why (exit 3).
    func createStore(path: String? = nil, for action: CLIText) throws -> XuexiStore {
        let path = path ?? storePath
        if storeOptions.readOnlyRequested { try refuseReadOnly(path: path, reason: .requested, action: action) }
        do {
            let store = try withStoreErrors {
                if PostgresLocation.isPostgres(path) { return try PostgresReplica.openStore(url: path, create: true) }
                return try XuexiStore.open(path: path)
            }
            try refuseScoped(store, for: action)
            return store
        } catch let error as StoreNotWritable {
            try refuseReadOnly(path: error.path, reason: error.reason, action: action)
        }
    }

    /// Same as `openStore` (the name says the command needs an existing store).
    func openExistingStore() throws -> XuexiStore { try openStore() }

    private func withStoreErrors(_ body: () throws -> XuexiStore) throws -> XuexiStore {
        do {
            return try body()
        } catch let error as StoreMissing {
            printError(StringTable.text(CLIText.storeMissing, language, error.path))
            throw ExitCode(3)
        } catch let error as StoreNotReadable {
            printError(StringTable.text(CLIText.storeNotReadable, language, error.path))
            throw ExitCode(3)
        } catch let error as StoreNeedsUpgrade {
            printError(StringTable.text(CLIText.readOnlyNeedsUpgrade, language, error.path))
            throw ExitCode(3)
        } catch let error as StoreURL {
            printError(StringTable.text(CLIText.storeURLUnsupported, language, error.path, error.scheme))
            throw ExitCode(3)
        } catch let error as PostgresLocationError {
            printError(StringTable.text(CLIText.postgresBadURL, language, error.url))
            throw ExitCode(3)
        } catch let error as StoreOfRecordError {
            printError(ErrorMessage.text(for: error, language: language))
            throw ExitCode(3)
        } catch let error as StoreUnavailable {
            printError(ErrorMessage.text(for: error, language: language))
            throw ExitCode(3)
        }
    }

    /// The configuration file (or the defaults); a broken file ends the command with its error.
    func configuration() throws -> AppConfiguration {
        let configuration = try AppConfiguration.load(flag: config, language: language)
        for warning in configuration.warnings.messages { printError(warning) }
        return configuration
    }
}

/// `--theme`, `--colors`, `--no-mouse`: how a full-screen command draws.
struct ScreenOptions: ParsableArguments {
    @Option(
        help: "Theme name (party-red, dark, light, high-contrast, monochrome) or path to a .theme file",
        transform: ThemeName.parse)
    var theme: ThemeName?

    @Option(
        help: "Colours: none, 8, 256 or truecolor (default: detect from NO_COLOR, COLORTERM, TERM)",
        transform: ColorMode.parse)
    var colors: ColorMode?

    @Flag(help: "Start with mouse reporting off, so text can be selected and copied")
    var noMouse = false
}

/// Loads the configuration, turning a broken file into a clear bad-input exit.
func loadConfiguration(_ global: GlobalOptions) throws -> AppConfiguration {
    do {
        return try global.configuration()
    } catch let error as AppConfiguration.InvalidConfiguration {
        printError(error.description)
        throw ExitCode(1)
    }
}

/// What happened to the store, that nothing was changed, and what to do.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Turns an unknown `--org`/`--scope` into a command-line error (status 2).
func withKnownOrg<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as UnknownOrganization {
        printError(
            StringTable.text(
                ServiceText.unknownOrg, Language.resolve(nil, environment: ProcessInfo.processInfo.environment),
                error.code)
        )
        throw ExitCode(2)
    }
}

/// Fails at the command line (status 2) when `--org`/`--scope` names no org of the store,
/// instead of opening a screen full of "读取失败".
func checkOrgCodes(_ codes: [String?], store: XuexiStore, language: Language) throws {
    let wanted = codes.compactMap { $0 }
    guard !wanted.isEmpty else { return }
    let known = Set(try store.organizations().map(\.code))
    for code in wanted where !known.contains(code) {
        printError(StringTable.text(ServiceText.unknownOrg, language, code))
        throw ExitCode(2)
    }
}
