import XuexiModel

/// Lays a report out as tables, one per section, in the order of the Markdown note.
enum ReportTables {
    static func make(_ report: Report, language: Language) -> [ReportTable] {
        [
            summaryTable(report, language: language),
            leagueTable(report, language: language),
            noticesTable(report, language: language),
            topTable(report, language: language),
            inactiveTable(report, language: language),
            alertsTable(report, language: language),
        ]
    }

    /// One column each for the club's all / party / masses counts, per threshold.
    static func clubHeaders(_ thresholds: [Int], language: Language) -> [String] {
        thresholds.flatMap { threshold in
            let value = MetricFormat.count(threshold)
            return [
                StringTable.text(ReportText.colClub, language, value),
                StringTable.text(ReportText.colClubParty, language, value),
                StringTable.text(ReportText.colClubMasses, language, value),
            ]
        }
    }

    static func clubCells(_ clubs: [ClubCount]) -> [ReportTable.Cell] {
        clubs.flatMap { [ReportTable.Cell.integer($0.all), .integer($0.party), .integer($0.masses)] }
    }

    static func partyHeaders(language: Language) -> [String] {
        [ReportText.colPartyListed, .colPartyRegistered, .colPartyCoverage, .colPartyActivity].map {
            StringTable.text($0, language)
        }
    }

    static func partyCells(_ row: OrgFigures) -> [ReportTable.Cell] {
        [
            .integer(row.partyListed), .integer(row.partyRegistered), .rate(row.partyCoverage),
            .rate(row.partyActivityRate),
        ]
    }

    private static func leagueTable(_ report: Report, language: Language) -> ReportTable {
        func t<Key: TextKey>(_ key: Key) -> String { StringTable.text(key, language) }
        return
            ReportTable(
                title: t(ReportText.sheetLeague), sheetName: t(ReportText.sheetLeague),
                headers: [
                    t(ReportText.colActivityRank), t(ReportText.colChange), t(ReportText.colCode), t(ReportText.colOrg),
                    t(ReportText.colRegistered), t(ReportText.colExpected), t(ReportText.colRegistrationRate),
                    t(ReportText.colActivityRate), t(ReportText.colAveragePoints),
                    t(ReportText.colActivityBehind), t(ReportText.colRegistrationRank), t(ReportText.colPointsRank),
                    t(ReportText.colPointsBehind),
                ] + partyHeaders(language: language) + clubHeaders(report.thresholds.clubs, language: language),
                rows: report.league.map { row in
                    [
                        .count(row.rank), .text(ReportMarkdown.change(row.rankChange)), .text(row.code),
                        .text(report.label(row.code, row.name)),
                        .integer(row.registered), .integer(row.expected ?? row.listed), .rate(row.registrationRate),
                        .rate(row.activityRate), .number(row.averagePoints),
                        .number(row.activityBehind.map { $0 * 100 }),
                        .count(row.registrationRank), .count(row.pointsRank), .number(row.pointsBehind),
                    ] + partyCells(row) + clubCells(row.clubs)
                })
    }

    private static func noticesTable(_ report: Report, language: Language) -> ReportTable {
        func t<Key: TextKey>(_ key: Key) -> String { StringTable.text(key, language) }
        return
            ReportTable(
                title: t(ReportText.sheetNotices), sheetName: t(ReportText.sheetNotices),
                headers: [
                    t(ReportText.colLevel), t(ReportText.colCode), t(ReportText.colOrg), t(ReportText.colActivityRate),
                    t(ReportText.colThreshold),
                ],
                rows: report.notices.map { notice in
                    [
                        .text(
                            t(notice.level == .belowFloor ? ReportText.noticeBelowFloor : ReportText.noticeBelowTarget)),
                        .text(notice.code), .text(report.label(notice.code, notice.name)),
                        .percent(notice.activityRate), .percent(notice.threshold),
                    ]
                })
    }

    private static func topTable(_ report: Report, language: Language) -> ReportTable {
        func t<Key: TextKey>(_ key: Key) -> String { StringTable.text(key, language) }
        let topSheet = t(report.kind == .daily ? ReportText.sheetStars : ReportText.sheetTop)
        let title = StringTable.text(
            ReportText.topTableTitle, language, topSheet, report.top.qualifying, report.topLearners.count,
            report.top.moreTied)
        return
            ReportTable(
                title: title, sheetName: topSheet,
                headers: [
                    t(ReportText.colRank), t(ReportText.colLearnerId), t(ReportText.colName), t(ReportText.colCode),
                    t(ReportText.colOrg), t(ReportText.colParty), t(ReportText.pointsColumn(report.topLearnersBy)),
                    t(ReportText.colTotal),
                ],
                rows: report.topLearners.map { entry in
                    [
                        .integer(entry.rank), .text(entry.learnerId), .text(entry.name), .text(entry.orgCode),
                        .text(report.label(entry.orgCode, entry.orgName)),
                        .text(entry.party ? t(ReportText.wordYes) : t(ReportText.wordNo)), .integer(entry.points),
                        .count(entry.totalPoints),
                    ]
                })
    }

    private static func inactiveTable(_ report: Report, language: Language) -> ReportTable {
        func t<Key: TextKey>(_ key: Key) -> String { StringTable.text(key, language) }
        return
            ReportTable(
                title: t(ReportText.sheetInactive), sheetName: t(ReportText.sheetInactive),
                headers: [
                    t(ReportText.colLearnerId), t(ReportText.colName), t(ReportText.colCode), t(ReportText.colOrg),
                    t(ReportText.colInactiveDays), t(ReportText.colMentorId), t(ReportText.colMentor),
                ],
                rows: report.inactive.map { learner in
                    [
                        .text(learner.learnerId), .text(learner.name), .text(learner.orgCode),
                        .text(report.label(learner.orgCode, learner.orgName)),
                        .integer(learner.inactiveDays), .label(learner.mentorId), .label(learner.mentorName),
                    ]
                })
    }

    private static func alertsTable(_ report: Report, language: Language) -> ReportTable {
        func t<Key: TextKey>(_ key: Key) -> String { StringTable.text(key, language) }
        return
            ReportTable(
                title: t(ReportText.sheetAlerts), sheetName: t(ReportText.sheetAlerts),
                headers: [
                    t(AlertText.colSeverity), t(AlertText.colRule), t(ReportText.colCode), t(ReportText.colOrg),
                    t(AlertText.colState), t(AlertText.colFirstSeen), t(AlertText.colLastSeen), t(AlertText.colMessage),
                    t(AlertText.colId),
                ],
                rows: report.alerts.map { alert in
                    [
                        .text(alert.severity.title(language)), .text(alert.rule.title(language)), .label(alert.orgCode),
                        .label(alert.orgName.map { report.label(alert.orgCode, $0) }),
                        .text(alert.state.title(language)), .text(alert.firstSeen.iso),
                        .text(alert.lastSeen.iso),
                        .text(alert.message(language)), .text(alert.id),
                    ]
                })
    }

    /// The summary sheet: what the report covers and the scope's headline figures.
    private static func summaryTable(_ report: Report, language: Language) -> ReportTable {
        func t<Key: TextKey>(_ key: Key) -> String { StringTable.text(key, language) }
        var summary: [[ReportTable.Cell]] = [
            [.text(t(ReportText.itemReport)), .text(report.kind.title(language))],
            [
                .text(t(ReportText.itemOrg)),
                .text(report.scope?.path.joined(separator: " / ") ?? t(ReportText.allOrgs)),
            ],
            [.text(t(ReportText.itemPeriodFirst)), .text(report.periodFirst)],
            [.text(t(ReportText.itemPeriodLast)), .text(report.periodLast)],
            [.text(t(ReportText.itemLastDataDay)), .label(report.lastDataDay)],
            [.text(t(ReportText.itemDaysWithData)), .integer(report.daysWithData)],
        ]
        if let figures = report.summary {
            summary += [
                [.text(t(ReportText.colRegistered)), .integer(figures.registered)],
                [.text(t(ReportText.colExpected)), .integer(figures.expected ?? figures.listed)],
                [.text(t(ReportText.colRegistrationRate)), .rate(figures.registrationRate)],
                [.text(t(ReportText.colActivityRate)), .rate(figures.activityRate)],
                [.text(t(ReportText.colAveragePoints)), .number(figures.averagePoints)],
            ]
            summary += zip(partyHeaders(language: language), partyCells(figures)).map { [.text($0), $1] }
            summary += zip(clubHeaders(report.thresholds.clubs, language: language), clubCells(figures.clubs)).map {
                [.text($0), $1]
            }
        }
        return ReportTable(
            title: t(ReportText.sheetSummary), sheetName: t(ReportText.sheetSummary),
            headers: [t(ReportText.colItem), t(ReportText.colValue)], rows: summary)
    }
}
