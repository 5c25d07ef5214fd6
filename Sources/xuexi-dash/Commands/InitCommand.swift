import ArgumentParser
import Foundation
import XuexiCore
import XuexiModel

/// `xuexi-dash init`: creates an empty store explicitly (commands that only read never do).
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create an empty store / 创建数据库")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let path = global.storePath
        let existed = FileManager.default.fileExists(atPath: path)
        _ = try global.createStore(path: path, for: .actionInit)
        print(StringTable.text(existed ? CLIText.storeExists : CLIText.storeCreated, global.language, path))
    }
}
