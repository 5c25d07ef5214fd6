import XuexiModel

/// Lays a report out as tables, one per section, in the order of the Markdown note.
enum ReportTables {
    static func make(_ report: Report, language: Language) -> [ReportTable] {
        let t = { (key: String) in StringTable.text(key, language) }
        let clubLow = StringTable.text("report.col.club", language, MetricFormat.count(report.thresholds.clubLow))
        let clubHigh = StringTable.text("report.col.club", language, MetricFormat.count(report.thresholds.clubHigh))
        var tables = [summaryTable(report, language: language, clubLow: clubLow, clubHigh: clubHigh)]

        tables.append(ReportTable(
            title: t("report.sheet.league"), sheetName: t("report.sheet.league"),
            headers: [t("report.col.rank"), t("report.col.change"), t("report.col.code"), t("report.col.org"),
                      t("report.col.registered"), t("report.col.expected"), t("report.col.registrationRate"),
                      t("report.col.activityRate"), t("report.col.averagePoints"), clubLow, clubHigh, t("report.col.pointsBehind")],
            rows: report.league.map { row in
                [.count(row.rank), .text(ReportMarkdown.change(row.rankChange)), .text(row.code), .text(row.name),
                 .integer(row.registered), .integer(row.expected ?? row.listed), .rate(row.registrationRate),
                 .rate(row.activityRate), .number(row.averagePoints), .integer(row.clubLow), .integer(row.clubHigh),
                 .number(row.pointsBehind)]
            }))

        tables.append(ReportTable(
            title: t("report.sheet.notices"), sheetName: t("report.sheet.notices"),
            headers: [t("report.col.level"), t("report.col.code"), t("report.col.org"), t("report.col.activityRate"),
                      t("report.col.threshold")],
            rows: report.notices.map { notice in
                [.text(t("report.notice.\(notice.level.rawValue)")), .text(notice.code), .text(notice.name),
                 .percent(notice.activityRate), .percent(notice.threshold)]
            }))

        let topSheet = t(report.kind == .daily ? "report.sheet.stars" : "report.sheet.top")
        tables.append(ReportTable(
            title: topSheet, sheetName: topSheet,
            headers: [t("report.col.rank"), t("report.col.learnerId"), t("report.col.name"), t("report.col.code"),
                      t("report.col.org"), t("report.col.party"), t("report.col.points.\(report.topLearnersBy.rawValue)"),
                      t("report.col.total")],
            rows: report.topLearners.map { entry in
                [.integer(entry.rank), .text(entry.learnerId), .text(entry.name), .text(entry.orgCode), .text(entry.orgName),
                 .text(entry.party ? t("report.word.yes") : t("report.word.no")), .integer(entry.points),
                 .count(entry.totalPoints)]
            }))

        tables.append(ReportTable(
            title: t("report.sheet.inactive"), sheetName: t("report.sheet.inactive"),
            headers: [t("report.col.learnerId"), t("report.col.name"), t("report.col.code"), t("report.col.org"),
                      t("report.col.inactiveDays"), t("report.col.mentorId"), t("report.col.mentor")],
            rows: report.inactive.map { learner in
                [.text(learner.learnerId), .text(learner.name), .text(learner.orgCode), .text(learner.orgName),
                 .integer(learner.inactiveDays), .label(learner.mentorId), .label(learner.mentorName)]
            }))

        tables.append(ReportTable(
            title: t("report.sheet.alerts"), sheetName: t("report.sheet.alerts"),
            headers: [t("alert.col.severity"), t("alert.col.rule"), t("report.col.code"), t("report.col.org"),
                      t("alert.col.state"), t("alert.col.firstSeen"), t("alert.col.lastSeen"), t("alert.col.message"),
                      t("alert.col.id")],
            rows: report.alerts.map { alert in
                [.text(alert.severity.title(language)), .text(alert.rule.title(language)), .label(alert.orgCode),
                 .label(alert.orgName), .text(alert.state.title(language)), .text(alert.firstSeen.iso), .text(alert.lastSeen.iso),
                 .text(alert.message(language)), .text(alert.id)]
            }))
        return tables
    }

    /// The summary sheet: what the report covers and the scope's headline figures.
    private static func summaryTable(_ report: Report, language: Language, clubLow: String,
                                     clubHigh: String) -> ReportTable {
        let t = { (key: String) in StringTable.text(key, language) }
        var summary: [[ReportTable.Cell]] = [
            [.text(t("report.item.report")), .text(report.kind.title(language))],
            [.text(t("report.item.org")), .text(report.scope?.path.joined(separator: " / ") ?? t("report.allOrgs"))],
            [.text(t("report.item.periodFirst")), .text(report.periodFirst)],
            [.text(t("report.item.periodLast")), .text(report.periodLast)],
            [.text(t("report.item.lastDataDay")), .label(report.lastDataDay)],
            [.text(t("report.item.daysWithData")), .integer(report.daysWithData)],
        ]
        if let figures = report.summary {
            summary += [
                [.text(t("report.col.registered")), .integer(figures.registered)],
                [.text(t("report.col.expected")), .integer(figures.expected ?? figures.listed)],
                [.text(t("report.col.registrationRate")), .rate(figures.registrationRate)],
                [.text(t("report.col.activityRate")), .rate(figures.activityRate)],
                [.text(t("report.col.averagePoints")), .number(figures.averagePoints)],
                [.text(clubLow), .integer(figures.clubLow)],
                [.text(clubHigh), .integer(figures.clubHigh)],
            ]
        }
        return ReportTable(title: t("report.sheet.summary"), sheetName: t("report.sheet.summary"),
                           headers: [t("report.col.item"), t("report.col.value")], rows: summary)
    }
}
