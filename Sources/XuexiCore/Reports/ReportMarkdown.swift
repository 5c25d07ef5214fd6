import XuexiModel

/// A report as Markdown for a chat group: numbered lists rather than tables, since chat
/// clients show Markdown as plain text and table pipes never line up with Chinese text.
/// Long lists are cut (the CSV, XLSX and JSON forms carry every row).
struct ReportMarkdown {
    var report: Report
    var language: Language

    /// Inactive learners and alerts named before "and N more".
    static let listLimit = 30

    func t<Key: TextKey>(_ key: Key, _ arguments: CustomStringConvertible...) -> String {
        StringTable.text(key, language, arguments: arguments)
    }

    var separator: String { language == .zh ? "、" : ", " }

    func render() -> String {
        var lines: [String] = []
        lines.append(
            "# "
                + [report.kind.title(language), report.scope?.name ?? t(ReportText.allOrgs), periodText()].joined(
                    separator: t(ReportText.titleSeparator)))
        lines.append("")
        if report.lastDataDay == nil {
            lines.append(t(ReportText.noDataNote))
            lines.append("")
        } else if report.kind != .daily {
            lines.append(t(ReportText.periodNote, report.daysWithData, report.lastDataDay ?? ""))
            lines.append("")
        }
        if let summary = report.summary, report.lastDataDay != nil {
            lines.append(summaryLine(summary))
            lines.append("")
            if let comparison = report.comparison, let change = comparison.change(summary.code) {
                lines.append(comparisonLine(change, comparison: comparison))
                lines.append("")
            }
        }
        lines += leagueSection()
        lines += consoleSection()
        lines += noticeSection()
        lines += topSection()
        lines += inactiveSection()
        lines += alertSection()
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    func periodText() -> String {
        guard let day = Day(iso: report.date) else { return report.date }
        if report.kind == .daily { return t(ReportText.periodDay, day.iso, t(ReportText.weekday(day.weekday))) }
        return t(ReportText.periodRange, report.periodFirst, report.periodLast)
    }

    func summaryLine(_ figures: OrgFigures) -> String {
        let registration = t(
            ReportText.summaryRegistration, MetricFormat.count(figures.registered),
            MetricFormat.count(figures.expected ?? figures.listed), MetricFormat.percent(figures.registrationRate))
        let activity =
            report.kind == .daily
            ? t(
                ReportText.summaryActivityDay, MetricFormat.count(Int((figures.active ?? 0).rounded())),
                MetricFormat.percent(figures.activityRate))
            : t(ReportText.summaryActivityPeriod, MetricFormat.percent(figures.activityRate))
        let points = t(ReportText.summaryPoints, MetricFormat.decimal(figures.averagePoints))
        let clubs = figures.clubs.map { club in
            t(
                ReportText.summaryClub, MetricFormat.count(club.threshold), MetricFormat.count(club.all),
                MetricFormat.count(club.party), MetricFormat.count(club.masses))
        }.joined(separator: separator)
        let party = t(
            ReportText.summaryParty, MetricFormat.count(figures.partyListed),
            MetricFormat.count(figures.partyRegistered),
            MetricFormat.percent(figures.partyCoverage), MetricFormat.percent(figures.partyActivityRate))
        return t(
            ReportText.summary,
            [registration, activity, points, party, t(ReportText.summaryClubs, clubs)].joined(
                separator: t(ReportText.clauseSeparator)))
    }

    func leagueSection() -> [String] {
        var lines = [t(ReportText.sectionLeague, report.league.count), ""]
        if report.league.isEmpty { lines.append(t(ReportText.none)) }
        for row in report.league {
            guard let rank = row.rank else {
                lines.append("- " + t(ReportText.leagueNoData, report.label(row.code, row.name)))
                continue
            }
            let change = ReportMarkdown.change(row.rankChange)
            let tied = report.league.contains { $0.code != row.code && $0.rank == rank }
            var line =
                "\(rank). \(report.label(row.code, row.name))" + (tied ? t(ReportText.leagueTied) : "")
                + (change.isEmpty ? "" : " \(change)")
            line += t(
                ReportText.leagueFigures, MetricFormat.percent(row.activityRate), MetricFormat.count(row.registered),
                MetricFormat.count(row.expected ?? row.listed), MetricFormat.percent(row.registrationRate),
                MetricFormat.decimal(row.averagePoints))
            if row.partyActivityRate != nil {
                line += t(ReportText.leaguePartyActivity, MetricFormat.percent(row.partyActivityRate))
            }
            for club in row.clubs {
                line += t(
                    ReportText.leagueClub, ReportMarkdown.club(club.threshold, language), MetricFormat.count(club.all))
            }
            line += t(
                ReportText.leagueOtherRanks, row.registrationRank.map(String.init) ?? MetricFormat.missing,
                row.pointsRank.map(String.init) ?? MetricFormat.missing)
            if let behind = row.activityBehind {
                line += t(ReportText.leagueBehind, MetricFormat.gap(behind * 100))
            }
            if let change = report.comparison?.change(row.code) {
                line += t(ReportText.leagueChange, changeText(change))
            }
            lines.append(line)
        }
        return lines + [""]
    }

    /// The console's own ranking beside ours, with its day (only when a report carried one).
    func consoleSection() -> [String] {
        guard let console = report.consoleRanking, !console.entries.isEmpty else { return [] }
        var lines = [t(ReportText.consoleHeading, console.day), ""]
        for entry in console.entries {
            var line = t(
                ReportText.consoleLine, entry.rank, entry.orgName, MetricFormat.decimal(entry.avgScore, digits: 2))
            if let behind = entry.preDiffScore, entry.rank > 1 {
                line += t(ReportText.consoleBehind, MetricFormat.decimal(behind, digits: 2))
            }
            lines.append(line)
        }
        return lines + [""]
    }

    /// `callLists`: false for chat robots (personal data, and a street's lists outgrow a message).
    func noticeSection(callLists: Bool = true) -> [String] {
        func list(_ level: ReportNotice.Level) -> String {
            let notices = report.notices.filter { $0.level == level }
            return notices.isEmpty
                ? t(ReportText.none)
                : notices.map { "\(report.label($0.code, $0.name)) \(MetricFormat.percent($0.activityRate))" }.joined(
                    separator: separator)
        }
        return [
            t(ReportText.sectionNotices), "",
            "- "
                + t(
                    ReportText.noticeFloorLine, MetricFormat.percent(report.thresholds.activityFloor), list(.belowFloor)
                ),
            "- "
                + t(
                    ReportText.noticeTargetLine, MetricFormat.percent(report.thresholds.activityTarget),
                    list(.belowTarget)),
            "- "
                + t(
                    ReportText.noticeRegistrationLine, MetricFormat.percent(report.thresholds.registrationTarget),
                    report.registrationNotices.isEmpty
                        ? t(ReportText.none)
                        : report.registrationNotices.map {
                            "\(report.label($0.code, $0.name)) \(MetricFormat.percent($0.registrationRate))"
                        }.joined(separator: separator)),
        ] + (callLists ? callListLines() : []) + [""]
    }

    func topSection() -> [String] {
        let cut = report.topLearners.count < report.top.qualifying ? t(ReportText.topCut, report.top.limit) : ""
        let heading =
            report.kind == .daily
            ? t(ReportText.sectionStars, report.thresholds.starThreshold, report.top.qualifying, cut)
            : t(
                report.kind == .weekly
                    ? ReportText.sectionTopWeekly
                    : report.kind == .monthly ? ReportText.sectionTopMonthly : ReportText.sectionTopTotal,
                report.top.qualifying, cut)
        var lines = [heading, ""]
        if report.topLearners.isEmpty { lines.append(t(ReportText.none)) }
        for entry in report.topLearners {
            lines.append(
                t(
                    entry.tied ? ReportText.learnerLineTied : ReportText.learnerLine, entry.rank, entry.name,
                    report.label(entry.orgCode, entry.orgName), entry.points))
        }
        if report.top.moreTied > 0, let last = report.topLearners.last {
            lines.append(t(ReportText.moreTied, report.top.moreTied, last.points))
        }
        if !report.topByUnit.isEmpty {
            let counts = report.topByUnit.map {
                t(ReportText.topUnitCount, report.label($0.code, $0.name), $0.count)
            }.joined(separator: separator)
            lines += ["", t(ReportText.topByUnit, report.topLearners.count, counts)]
        }
        return lines + [""]
    }

    func inactiveSection() -> [String] {
        var lines = [t(ReportText.sectionInactive, report.thresholds.inactiveDays, report.inactive.count), ""]
        if report.inactive.isEmpty { lines.append(t(ReportText.none)) }
        for learner in report.inactive.prefix(ReportMarkdown.listLimit) {
            var line =
                "- "
                + t(
                    ReportText.inactiveLine, learner.name, report.label(learner.orgCode, learner.orgName),
                    learner.inactiveDays)
            if let mentor = learner.mentorName ?? learner.mentorId { line += t(ReportText.inactiveMentor, mentor) }
            lines.append(line)
        }
        if report.inactive.count > ReportMarkdown.listLimit {
            lines.append("- " + t(ReportText.moreLearners, report.inactive.count - ReportMarkdown.listLimit))
        }
        return lines + [""]
    }

    func alertSection() -> [String] {
        var lines = [t(ReportText.sectionAlerts, report.alerts.count), ""]
        if report.alerts.isEmpty { lines.append(t(ReportText.none)) }
        for alert in report.alerts.prefix(ReportMarkdown.listLimit) {
            var line =
                "- "
                + t(
                    ReportText.alertLine, alert.severity.title(language),
                    alert.orgName.map { report.label(alert.orgCode, $0) } ?? t(AlertText.storeWide),
                    alert.rule.title(language), alert.message(language))
            if alert.state == .acknowledged {
                let who = alert.acknowledgedBy ?? ""
                line +=
                    alert.note.map { t(ReportText.alertAcknowledgedWithNote, who, $0) }
                    ?? t(ReportText.alertAcknowledged, who)
            }
            lines.append(line)
        }
        if report.alerts.count > ReportMarkdown.listLimit {
            lines.append("- " + t(ReportText.moreAlerts, report.alerts.count - ReportMarkdown.listLimit))
        }
        return lines + [""]
    }

    /// ▲ climbed, ▼ fell, = unchanged; empty when there is no previous rank to compare with.
    static func change(_ value: Int?) -> String {
        guard let value else { return "" }
        if value > 0 { return "▲\(value)" }
        if value < 0 { return "▼\(-value)" }
        return "="
    }

    static func club(_ threshold: Int, _ language: Language) -> String { MetricFormat.club(threshold, language) }
}
