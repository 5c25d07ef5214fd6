import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiModel
@testable import XuexiStore

/// Units are published under the shortest path below the report's scope that no other unit
/// shares, so a note never names two units alike (a street has 49 "第一学习小组").
@Suite("Unit names")
struct UnitNameTests {
    /// Two communities, each with two branches, each with two study groups of the same names.
    static func store() throws -> ImportFixture {
        let fixture = try ImportFixture()
        var orgs = ImportFixture.orgsHeader + "R,示范街道党工委,,街道,,\n"
        var learners = ImportFixture.learnersHeader
        var points = ImportFixture.pointsHeader
        var number = 0
        for (community, communityName) in [("C1", "田田社区党委"), ("C2", "禾禾社区党委")] {
            orgs += "\(community),\(communityName),R,社区,,\n"
            for (branch, branchName) in [("B1", "第一党支部"), ("B2", "第二党支部")] {
                orgs += "\(community)\(branch),\(branchName),\(community),党支部,,\n"
                for (group, groupName) in [("G1", "第一学习小组"), ("G2", "第二学习小组")] {
                    let code = "\(community)\(branch)\(group)"
                    orgs += "\(code),\(groupName),\(community)\(branch),学习小组,3,\n"
                    for _ in 0..<3 {
                        number += 1
                        learners += "L\(number),学员\(number),\(code),群众,,,2024-01-01\n"
                        // Everyone a star on one day, a third idle for days (inactive list).
                        points += "2026-11-20,L\(number),\(number % 3 == 0 ? 0 : 40),\(1000 + number)\n"
                    }
                }
            }
        }
        try fixture.run([
            try fixture.write("orgs.csv", orgs), try fixture.write("learners.csv", learners),
            try fixture.write("2026-11-20.csv", points),
        ])
        return fixture
    }

    @Test func labelsAreTheShortestUniquePathBelowTheScope() throws {
        let fixture = try Self.store()
        let tree = try Metrics(store: fixture.store).snapshot().tree
        let names = tree.unitNames(scope: tree.index(ofCode: "R"))
        #expect(names.labels["R"] == "示范街道党工委")
        #expect(names.labels["C1"] == "田田社区党委")
        #expect(names.labels["C1B1"] == "田田社区党委/第一党支部")
        #expect(names.labels["C2B2G1"] == "禾禾社区党委/第二党支部/第一学习小组")
        #expect(Set(names.labels.values).count == names.labels.count)
        // Below a community, the branch name alone is unique.
        let below = tree.unitNames(scope: tree.index(ofCode: "C1"))
        #expect(below.labels["C1B2G2"] == "第二党支部/第二学习小组")
        #expect(below.labels["C2B1"] == nil)
    }

    /// The acceptance check: no two lines of the Markdown note name different units with
    /// the same text — every repeated name appears only as the end of a longer path.
    @Test func theMarkdownNoteNeverNamesTwoUnitsAlike() throws {
        let fixture = try Self.store()
        let builder = ReportBuilder(store: fixture.store)
        let report = try builder.build(.daily, date: Day(iso: "2026-11-20"), top: 20)
        let text = String(decoding: try builder.render(report, format: .md, language: .zh), as: UTF8.self)
        #expect(text.contains("（田田社区党委/第一党支部/第一学习小组）"))
        for repeated in ["第一党支部", "第二党支部", "第一学习小组", "第二学习小组"] {
            var searchRange = text.startIndex..<text.endIndex
            while let found = text.range(of: repeated, range: searchRange) {
                #expect(found.lowerBound > text.startIndex && text[text.index(before: found.lowerBound)] == "/")
                searchRange = found.upperBound..<text.endIndex
            }
        }
        // Each label the report uses names exactly one unit.
        #expect(Set(report.unitLabels.values).count == report.unitLabels.count)
        let csv = String(decoding: try builder.render(report, format: .csv, language: .zh), as: UTF8.self)
        #expect(csv.contains("禾禾社区党委/第二党支部/第二学习小组"))
    }
}

/// Acceptance: the JSON of `report daily` carries, per unit, registered, active, the rates,
/// the three ranks, the party figures and each club counted all / party / masses.
@Suite("Report JSON per unit")
struct ReportJSONTests {
    @Test func everyUnitCarriesEveryFigure() throws {
        let fixture = try ReportFixture.make()
        let builder = ReportFixture.builder(fixture)
        let data = try builder.render(try builder.build(.daily), format: .json, language: .zh)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let units =
            try #require(object["league"] as? [[String: Any]]) + [try #require(object["summary"] as? [String: Any])]
        let keys = [
            "code", "name", "path", "registered", "active", "activityRate", "registrationRate", "averagePoints",
            "rank", "registrationRank", "pointsRank", "partyListed", "partyRegistered", "partyCoverage",
            "partyActivityRate",
        ]
        for unit in units {
            for key in keys { #expect(unit[key] != nil, "\(unit["code"] ?? "?") lacks \(key)") }
            let clubs = try #require(unit["clubs"] as? [[String: Any]])
            #expect(clubs.map { $0["threshold"] as? Int } == [10_000, 20_000, 40_000])
            for club in clubs {
                let all = try #require(club["all"] as? Int)
                let party = try #require(club["party"] as? Int)
                #expect(club["masses"] as? Int == all - party)
            }
        }
        let b = try #require(units.first { $0["code"] as? String == "B" })
        #expect(b["rank"] as? Int == 2 && b["registrationRank"] as? Int == 2 && b["pointsRank"] as? Int == 2)
        #expect(b["partyCoverage"] as? Double == 1.0)
        #expect(b["path"] as? [String] == ["大营村党委", "第二党支部"])
    }
}

/// Weekly and monthly notes compare each figure with the previous period; while the period
/// runs, with as many days of the previous one, and say so.
@Suite("Period comparison")
struct PeriodComparisonTests {
    @Test func aRunningWeekComparesTheSameDaysOfTheWeekBefore() throws {
        let (fixture, world, first) = try MetricsReferenceTests().build(MetricsReferenceTests.shapes[2])
        let last = world.points.keys.max()!
        let builder = ReportBuilder(store: fixture.store)
        let report = try builder.build(.weekly, date: last, org: "R")
        let comparison = try #require(report.comparison)
        let period = Period(kind: .week, containing: last)
        let elapsed = last.number - period.first.number + 1
        #expect(comparison.sameDays == (last < period.last && elapsed < 7))
        let previousFirst = period.first.adding(-7)
        #expect(comparison.first == previousFirst.iso)
        #expect(
            comparison.last == (comparison.sameDays ? previousFirst.adding(elapsed - 1) : period.first.adding(-1)).iso)
        // The reference: means of the daily rates over each set of days with data.
        func mean(_ from: Day, _ to: Day) -> Double? {
            Figures.mean(
                (from.number...to.number).map(Day.init(number:)).filter { world.points[$0] != nil }.map {
                    let figures = world.reference("R", $0)
                    return Figures.ratio(figures.active, figures.registered)
                })
        }
        let current = try #require(mean(period.first, last))
        let previous = try #require(mean(Day(iso: comparison.first)!, Day(iso: comparison.last)!))
        let change = try #require(comparison.change("R")?.activityRate)
        #expect(abs(change - (current - previous)) < 1e-9)
        let text = String(decoding: try builder.render(report, format: .md, language: .zh), as: UTF8.self)
        #expect(text.contains(comparison.sameDays ? "**较上周同期**（本周尚未结束" : "**较上周**（"))
        _ = first
    }
}

/// The console's own ranking, stored from a member-score report, is shown beside ours with its day.
@Suite("Console ranking in reports")
struct ConsoleRankingReportTests {
    @Test func theConsoleRankingIsShownWithItsDay() throws {
        let fixture = try ReportFixture.make()
        let importId = try #require(try fixture.store.importRecords().last?.id)
        try fixture.store.importTransaction(dryRun: false, phases: PhaseTimes()) { transaction in
            try transaction.replaceConsoleRanking(
                day: Day(iso: "2026-11-03")!,
                entries: [
                    ConsoleRankingEntry(
                        rank: 1, orgName: "第二党支部", consoleOrgId: "9", avgScore: 21.5, preDiffScore: nil),
                    ConsoleRankingEntry(
                        rank: 2, orgName: "第一党支部", consoleOrgId: "8", avgScore: 20.25, preDiffScore: 1.25),
                ], importId: importId)
        }
        let builder = ReportFixture.builder(fixture)
        let report = try builder.build(.daily, date: Day(iso: "2026-11-04"))
        #expect(report.consoleRanking?.day == "2026-11-03")
        let text = String(decoding: try builder.render(report, format: .md, language: .zh), as: UTF8.self)
        #expect(
            text.contains(
                "**学习强国后台排名**（2026-11-03，后台原样）：\n\n1. 第二党支部｜人均 21.50 分\n2. 第一党支部｜人均 20.25 分｜落后上一名 1.25 分\n"))
        // Before any report carried a ranking there is none.
        #expect(try builder.build(.daily, date: Day(iso: "2026-11-02")).consoleRanking == nil)
    }
}

/// `report --period year` (the calendar year to date) and `--from D --to D`.
@Suite("Year and range reports")
struct PeriodReportTests {
    @Test func yearAndRangeReportsAreMeansOverTheirDays() throws {
        let (fixture, world, first) = try MetricsReferenceTests().build(MetricsReferenceTests.shapes[0])
        let builder = ReportBuilder(store: fixture.store)
        let year = try builder.build(.yearly, org: "R")
        #expect(year.periodFirst == "2026-01-01" && year.periodLast == "2026-12-31")
        #expect(year.daysWithData == world.points.count)
        let range = Period(first: first.adding(2), last: first.adding(5))
        let report = try builder.build(.range, org: "R", range: range)
        #expect(report.periodFirst == range.first.iso && report.periodLast == range.last.iso)
        let days = world.points.keys.filter { $0 >= range.first && $0 <= range.last }
        #expect(report.daysWithData == days.count)
        let expected = Figures.mean(
            days.map { day in
                let figures = world.reference("R", day)
                return Figures.ratio(figures.active, figures.registered)
            })
        #expect(abs((report.summary?.activityRate ?? -1) - (expected ?? -2)) < 1e-9)
        let text = String(decoding: try builder.render(report, format: .md, language: .zh), as: UTF8.self)
        #expect(text.hasPrefix("# 阶段汇总｜根｜\(range.first.iso) 至 \(range.last.iso)\n"))
    }
}

/// `registration_base = "party"`: the registration rate as registered / party members, as
/// 安阳 reports it (184.3%); ranks follow the rate on that base.
@Suite("Registration base")
struct RegistrationBaseTests {
    @Test func partyBaseDividesByPartyMembers() throws {
        let fixture = try ReportFixture.make()
        var configuration = AppConfiguration()
        configuration.registrationBase = .party
        let table = try Metrics(store: fixture.store, configuration: configuration)
            .orgTable(period: .day(Day(iso: "2026-11-04")!), scope: "R")
        let b = try #require(table.row(code: "B"))
        // 10 registered, 3 party members given for the branch.
        #expect(b.registrationRate == 10.0 / 3.0)
        #expect(MetricFormat.percent(b.registrationRate) == "333.3%")
        let r = try #require(table.row(code: "R"))
        #expect(r.registrationRate == 20.0 / 6.0)
        let builder = ReportBuilder(store: fixture.store, configuration: configuration)
        let report = try builder.build(.daily, date: Day(iso: "2026-11-04"))
        #expect(report.thresholds.registrationBase == .party)
        #expect(report.league.first { $0.code == "B" }?.registrationRate == 10.0 / 3.0)
    }
}
