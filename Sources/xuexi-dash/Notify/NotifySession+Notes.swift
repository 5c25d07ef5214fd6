import ArgumentParser
import Foundation
import XuexiCore
import XuexiModel
import XuexiNotify

extension NotifySession {
    /// The note of `kind` for a target, in its style, with its mentions; the subject names it in the log.
    func note(_ kind: ReportKind, date: Day?, org: String?, settings: NotifyTargetSettings) throws -> (
        note: ChatNote, subject: String
    ) {
        let builder = ReportBuilder(store: store, configuration: configuration)
        let report: Report
        do {
            report = try withKnownOrg { try builder.build(kind, date: date, org: org) }
        } catch let error as ReportError {
            printError(error.message(language))
            throw ExitCode(1)
        }
        let style = ChatNoteStyle(rawValue: settings.style.rawValue) ?? .compact
        var note = try builder.chatNote(report, style: style, language: language)
        if settings.mention == .mentors { note.mentionMobiles = try builder.mentorMobiles(report) }
        let subject = [kind.rawValue, report.date, report.scope?.code ?? "*", style.rawValue].joined(separator: " ")
        return (note, subject)
    }

    /// Posts the note of `kind` to the target named `name`; false when it did not all arrive.
    func post(
        _ kind: ReportKind, date: Day?, org: String?, to name: String, dryRun: Bool, showPhones: Bool = false
    ) throws -> Bool {
        let (settings, robot) = try target(named: name)
        let (note, subject) = try note(kind, date: date, org: org, settings: settings)
        return try send(note, subject: subject, to: robot, dryRun: dryRun, showPhones: showPhones)
    }
}
