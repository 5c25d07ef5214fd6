import XuexiModel

extension ChatNote {
    /// The note of `notify alerts`: one line per alert group, critical first, titled with the day.
    public static func alerts(_ alerts: [Alert], title: String, language: Language) -> ChatNote {
        let lines = alerts.sorted { a, b in
            a.severity != b.severity ? a.severity < b.severity : a.id < b.id
        }.map { alert in
            NoteText.alertLine.text(
                language, alert.severity.title(language), alert.orgName ?? AlertText.storeWide.text(language),
                alert.message(language))
        }
        let worst = alerts.map(\.severity).min()
        return ChatNote(
            title: title,
            sections: [
                .init(
                    heading: NoteText.sectionAlerts.text(language, alerts.count), lines: lines,
                    tone: worst == .critical ? .warning : .plain)
            ])
    }

    /// What a target remembers of an alert it was told about: a new episode, another severity or state, or
    /// other figures make it news again.
    public static func fingerprint(_ alert: Alert) -> String {
        [alert.severity.rawValue, alert.state.rawValue, alert.firstSeen.iso, alert.message(.en)].joined(separator: "|")
    }
}
