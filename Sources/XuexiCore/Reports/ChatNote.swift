import XuexiModel

/// A note for a chat group, as titled sections of finished lines: what `notify` hands to the robots. Built from
/// a `Report` (the same figures as `report --format md`); the delivery target decides only where parts begin.
public struct ChatNote: Sendable, Equatable {
    /// How a section's heading is coloured where the platform can colour (WeCom markdown).
    public enum Tone: String, Sendable, Equatable { case plain, info, comment, warning }

    public struct Section: Sendable, Equatable {
        public var heading: String?
        public var lines: [String]
        public var tone: Tone
    }

    public var title: String
    public var sections: [Section]
    /// Mobiles to @ (mentors of lagging units), in the order found, without repeats.
    public var mentionMobiles: [String] = []
}

extension ChatNote {
    /// The note as plain text, as pasted into a chat: the title, then each section (its
    /// heading on a line of its own) after a blank line. The dashboard's `c` copies this.
    public var plainText: String {
        var lines = [title]
        for section in sections {
            lines.append("")
            if let heading = section.heading { lines.append(heading) }
            lines += section.lines
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `style` of a notify target: the compact note (the robots' default) or every section of the Markdown note.
public enum ChatNoteStyle: String, Sendable, CaseIterable { case compact, full }

extension ReportBuilder {
    /// How many learners the compact note names before ties (the seeds' bots name 10 to 20).
    public static let compactTopPlaces = 10

    /// The note for `report` in `style`. Figures come from the report and from the same Metrics functions the
    /// report uses; names are the shortest unique paths below the report's scope.
    public func chatNote(_ report: Report, style: ChatNoteStyle, language: Language) throws -> ChatNote {
        let markdown = ReportMarkdown(report: report, language: language)
        let rendered = markdown.render()
        let title = String(rendered.prefix { $0 != "\n" }.dropFirst(2))
        switch style {
        case .full:
            return ChatNote(title: title, sections: fullSections(markdown))
        case .compact:
            return ChatNote(title: title, sections: try compactSections(report, markdown: markdown))
        }
    }

    private func fullSections(_ markdown: ReportMarkdown) -> [ChatNote.Section] {
        var sections: [ChatNote.Section] = []
        if let summary = markdown.report.summary, markdown.report.lastDataDay != nil {
            sections.append(.init(heading: nil, lines: [markdown.summaryLine(summary)], tone: .info))
        }
        let blocks = [
            markdown.leagueSection(), markdown.noticeSection(callLists: false), markdown.topSection(),
            markdown.inactiveSection(),
            markdown.alertSection(),
        ]
        for (offset, block) in blocks.enumerated() {
            // Each block is [heading, "", lines…, ""].
            let lines = Array(block.dropFirst(2)).filter { !$0.isEmpty }
            // The platform marks headings its own way: the Markdown "## " goes.
            let heading = block.first.map { String($0.drop { $0 == "#" || $0 == " " }) }
            sections.append(.init(heading: heading, lines: lines, tone: offset == 1 ? .warning : .plain))
        }
        return sections
    }

    private func compactSections(_ report: Report, markdown: ReportMarkdown) throws -> [ChatNote.Section] {
        let language = markdown.language
        func t<Key: TextKey>(_ key: Key, _ arguments: CustomStringConvertible...) -> String {
            StringTable.text(key, language, arguments: arguments)
        }
        guard let lastDataDay = report.lastDataDay.flatMap(Day.init(iso:)) else {
            return [.init(heading: nil, lines: [t(ReportText.noDataNote)], tone: .comment)]
        }
        let tree = try metrics.snapshot().tree
        let scope = report.scope?.code
        let names = tree.unitNames(scope: scope.flatMap { tree.index(ofCode: $0) })
        func name(_ code: String) -> String { names.label(code, fallback: code) }
        var sections: [ChatNote.Section] = []
        if let summary = report.summary {
            // The summary line starts with its own bold "概况：".
            sections.append(.init(heading: nil, lines: [markdown.summaryLine(summary)], tone: .info))
        }

        let places = ReportBuilder.compactTopPlaces
        let top = try metrics.topLearners(report.topLearnersBy, day: lastDataDay, scope: scope, limit: places)
        let topKey: NoteText =
            switch report.kind {
            case .daily: .sectionTopDay
            case .weekly: .sectionTopWeek
            case .monthly: .sectionTopMonth
            case .yearly, .range: .sectionTopTotal
            }
        var topLines = top.entries.map { t(NoteText.topLine, $0.rank, $0.name, name($0.orgCode), $0.points) }
        if top.moreTied > 0 { topLines.append(t(NoteText.moreTied, top.moreTied)) }
        sections.append(
            .init(
                heading: t(topKey, places, top.entries.count + top.moreTied),
                lines: topLines.isEmpty ? [t(NoteText.none)] : topLines,
                tone: .plain))

        let floor = report.thresholds.activityFloor
        let below = report.notices.filter { $0.level == .belowFloor }
        let belowLines = below.map { notice -> String in
            let rate = MetricFormat.percent(notice.activityRate)
            guard let short = report.league.first(where: { $0.code == notice.code })?.shortfall(to: floor) else {
                return t(NoteText.belowFloorNoCount, name(notice.code), rate)
            }
            return t(NoteText.belowFloorLine, name(notice.code), rate, short)
        }
        sections.append(
            .init(
                heading: t(NoteText.sectionBelowFloor, MetricFormat.percent(floor), below.count),
                lines: belowLines.isEmpty ? [t(NoteText.none)] : belowLines, tone: .warning))

        // As of the last day with data, for every kind of note: "not yet studied" is about today's follow-up.
        let codes = scope.map { [$0] } ?? report.league.map(\.code)
        let days = try codes.compactMap { try metrics.dailyFigures(orgCode: $0, day: lastDataDay) }
        let registered = days.reduce(0) { $0 + $1.registered }
        let notStudied = days.reduce(0) { $0 + max($1.registered - $1.active, 0) }
        sections.append(
            .init(
                heading: t(NoteText.sectionNotStudied),
                lines: [
                    t(
                        NoteText.notStudiedLine, lastDataDay.iso, MetricFormat.count(registered),
                        MetricFormat.count(notStudied))
                ], tone: .comment))
        return sections
    }
}

extension ReportBuilder {
    /// Mobiles of the mentors of the inactive learners in the units below the floor (the lagging units only),
    /// as the roster gives them: the robots @ them. Learners without a mentor, and mentors without a phone, are
    /// left out; each mobile once.
    public func mentorMobiles(_ report: Report) throws -> [String] {
        let tree = try metrics.snapshot().tree
        let lagging = report.notices.filter { $0.level == .belowFloor }.compactMap { tree.index(ofCode: $0.code) }
        guard !lagging.isEmpty else { return [] }
        let mentors = report.inactive.filter { learner in
            guard let index = tree.index(ofCode: learner.orgCode) else { return false }
            return lagging.contains { tree.contains(index, inSubtreeOf: $0) }
        }.compactMap(\.mentorId)
        let phones = try metrics.store.learnerPhones(codes: mentors)
        var seen: Set<String> = []
        return mentors.compactMap { phones[$0] }.filter { seen.insert($0).inserted }
    }
}
