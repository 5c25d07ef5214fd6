import ArgumentParser
import Foundation
import XuexiCore
import XuexiModel
import XuexiStore

/// `xuexi-dash imports undo ID | --last [--cascade]`: takes an import back.
struct ImportsUndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Undo an import / 撤销一次导入")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The import's number (#) in `imports`") var id: Int64?
    @Flag(help: "Undo the latest import") var last = false
    @Flag(help: "Also undo the later imports that build on it") var cascade = false

    func validate() throws {
        if (id == nil) == !last {
            throw ValidationError(StringTable.text(CLIText.undoWhich, global.language))
        }
    }

    func run() throws {
        let language = global.language
        let t = { (key: CLIText, arguments: [CustomStringConvertible]) in
            StringTable.text(key, language, arguments: arguments)
        }
        let configuration = try loadConfiguration(global)
        let store = try global.openExistingStore()
        try global.requireWritable(store, for: .actionUndo)
        guard let target = try id ?? store.latestImportId() else {
            printError(t(.undoNoImports, []))
            throw ExitCode(1)
        }
        let service = ImportService(store: store, configuration: configuration)
        do {
            let result = try service.undo(importId: target, cascade: cascade)
            let undone = result.outcome.undone.map { "#\($0)" }.joined(separator: "、")
            print(t(.undoDone, [undone, result.outcome.days.count, result.outcome.removedDays.count]))
            if case .failure(let error)? = result.alerts {
                printError(t(.undoAlertsFailed, [ErrorMessage.text(for: error, language: language)]))
            }
        } catch let refusal as UndoRefusal {
            switch refusal {
            case .unknownImport(let id): printError(t(.undoUnknown, [id]))
            case .tooOld(let id, let horizon): printError(t(.undoTooOld, [id, horizon]))
            case .dependents(let id, let later):
                let records = try store.importRecords()
                let lines = later.map { laterId -> String in
                    let file = records.first { $0.id == laterId }.map { ($0.file as NSString).lastPathComponent } ?? ""
                    return "  #\(laterId) \(file)"
                }
                printError(([t(.undoDependents, [id])] + lines).joined(separator: "\n"))
            }
            throw ExitCode(1)
        }
    }
}
