import XuexiModel

/// Why an alert operation was refused; the CLI maps every case to exit status 1.
public enum AlertError: Error, Equatable, Sendable {
    case unknownId(String)
    /// A resolved alert has nothing left to acknowledge or snooze.
    case resolved(String)
    /// Snoozing until a day the alert has already been seen after would not silence anything.
    case snoozeEndsBeforeLastSeen(id: String, until: Day, lastSeen: Day)

    public func message(_ language: Language) -> String {
        switch self {
        case .unknownId(let id): StringTable.text(AlertText.errorUnknownId, language, id)
        case .resolved(let id): StringTable.text(AlertText.errorResolved, language, id)
        case .snoozeEndsBeforeLastSeen(let id, let until, let lastSeen):
            StringTable.text(AlertText.errorSnoozePast, language, id, until.iso, lastSeen.iso)
        }
    }
}
