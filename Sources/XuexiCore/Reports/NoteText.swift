import XuexiModel

/// Text of the notes posted to chat-group robots (`xuexi-dash notify`) and of the notify command's messages.
public enum NoteText: String, TextKey {
    public static let entries: [NoteText: TextEntry] = table

    case sectionTopDay = "note.section.topDay"
    case sectionTopWeek = "note.section.topWeek"
    case sectionTopMonth = "note.section.topMonth"
    case sectionTopTotal = "note.section.topTotal"
    case moreTied = "note.moreTied"
    case topLine = "note.top.line"
    case sectionBelowFloor = "note.section.belowFloor"
    case belowFloorLine = "note.belowFloor.line"
    case belowFloorNoCount = "note.belowFloor.noCount"
    case sectionNotStudied = "note.section.notStudied"
    case notStudiedLine = "note.notStudied.line"
    case none = "note.none"
    case sectionAlerts = "note.section.alerts"
    case alertsTitle = "note.alerts.title"
    case alertLine = "note.alert.line"
    case noSecretaries = "note.noSecretaries"
    case unknownTarget = "note.cli.unknownTarget"
    case dryRunHeader = "note.cli.dryRunHeader"
    case alertsNothingNew = "note.cli.alertsNothingNew"
    case logEmpty = "note.cli.logEmpty"
    case watchNotifyFailed = "note.cli.watchNotifyFailed"
    case colTarget = "note.col.target"
    case colSubject = "note.col.subject"
    case colParts = "note.col.parts"
    case colResult = "note.col.result"
    case colRetries = "note.col.retries"
    case resultDelivered = "note.result.delivered"
}
