import ArgumentParser
import Foundation
import XuexiModel
import XuexiStore

extension GlobalOptions {
    /// Ends a command that must write when `store` was opened read-only, saying which
    /// action is unavailable and why (exit 3, the store is unavailable for it).
    func requireWritable(_ store: XuexiStore, for action: CLIText) throws {
        if let reason = store.access.readOnlyReason {
            try refuseReadOnly(path: store.path ?? storePath, reason: reason, action: action)
        }
        try refuseScoped(store, for: action)
    }

    /// A role limited to one org's subtree (`admin grant`) may acknowledge and snooze its
    /// alerts, nothing that writes the whole store: its replica holds only part of it.
    func refuseScoped(_ store: XuexiStore, for action: CLIText) throws {
        guard store.replication?.isScoped == true, ![.actionAcknowledge, .actionSnooze].contains(action) else {
            return
        }
        printError(
            StringTable.text(
                CLIText.scopedRefused, language, StringTable.text(action, language), store.path ?? storePath))
        throw ExitCode(3)
    }

    func refuseReadOnly(path: String, reason: ReadOnlyReason, action: CLIText) throws -> Never {
        printError(
            StringTable.text(
                CLIText.readOnlyRefused, language, StringTable.text(action, language), path,
                readOnlyReasonText(reason, language: language)))
        throw ExitCode(3)
    }
}

/// Why the store is read-only, in the UI language.
func readOnlyReasonText(_ reason: ReadOnlyReason, language: Language) -> String {
    let key: CLIText =
        switch reason {
        case .requested: .readOnlyRequested
        case .fileNotWritable: .readOnlyFile
        case .folderNotWritable: .readOnlyFolder
        }
    return StringTable.text(key, language)
}
