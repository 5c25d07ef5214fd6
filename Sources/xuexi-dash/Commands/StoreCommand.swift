import ArgumentParser
import Foundation
import XuexiModel
import XuexiStore
import XuexiStorePostgres

#if canImport(Glibc)
    import Glibc
#endif

/// `xuexi-dash store share --group NAME`: one SQLite store for the staff who SSH into an
/// office server, each under their own login.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Manage the store file / 数据库文件管理", subcommands: [Share.self])

    struct Share: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "share",
            abstract: "Let the members of a Unix group read and write the store / 与 Unix 用户组共享数据库",
            discussion: """
                Makes the store's folder group-owned, group-writable and setgid, and the database \
                with its -wal and -shm files group-owned and group-writable. Run it as the store's \
                owner (a member of the group) or as root. See README, "Sharing a store".
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: "The Unix group whose members share the store") var group: String

        func run() throws {
            let language = global.language
            if PostgresLocation.isPostgres(global.storePath) {
                printError(StringTable.text(CLIText.shareNeedsSQLite, language))
                throw ExitCode(2)
            }
            guard let entry = getgrnam(group) else {
                printError(StringTable.text(CLIText.shareUnknownGroup, language, group))
                throw ExitCode(2)
            }
            let groupID = entry.pointee.gr_gid
            // Opened for writing first: brings the schema up to date, so members need not.
            let store = try global.createStore(for: .actionShare)
            let path = store.path ?? global.storePath
            let result: StoreShareResult
            do {
                result = try XuexiStore.share(path: path, groupID: groupID)
            } catch let error as StoreShareFailed {
                printError(
                    StringTable.text(
                        CLIText.shareFailed, language, error.path, error.call, error.systemMessage, group))
                throw ExitCode(3)
            }
            print(StringTable.text(CLIText.shareDone, language, path, group))
            for (changed, mode) in result.changed {
                print("  \(Share.modeString(mode, directory: changed == result.changed.first?.path))  \(changed)")
            }
            for folder in result.unreachableFolders {
                printError(StringTable.text(CLIText.shareUnreachable, language, folder, group))
            }
            print(StringTable.text(CLIText.shareNext, language, group))
        }

        /// `drwxrws---` for a mode, as `ls -l` shows it.
        static func modeString(_ mode: UInt16, directory: Bool) -> String {
            let letters: [(UInt16, Character)] = [
                (0o400, "r"), (0o200, "w"), (0o100, "x"), (0o040, "r"), (0o020, "w"), (0o010, "x"),
                (0o004, "r"), (0o002, "w"), (0o001, "x"),
            ]
            var characters = letters.map { mode & $0.0 != 0 ? $0.1 : "-" }
            if mode & 0o2000 != 0 { characters[5] = characters[5] == "x" ? "s" : "S" }
            return (directory ? "d" : "-") + String(characters)
        }
    }
}
