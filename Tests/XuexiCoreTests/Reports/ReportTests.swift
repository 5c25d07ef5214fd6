import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiImport
@testable import XuexiModel
@testable import XuexiStore

@Suite("Reports")
struct ReportTests {
    static let dailyMarkdown = """
        # 每日一督｜大营村党委｜2026-11-04（星期三）

        **概况**：已注册 20 人，应学 22 人，注册率 90.9%；活跃 9 人，活跃度 45.0%；日均积分 7.3 分；党员 6 人，已注册 6 人，党员覆盖率 100.0%，党员活跃度 100.0%；总积分 10,000 以上 2 人（党员 2、群众 0）、20,000 以上 2 人（党员 2、群众 0）、40,000 以上 1 人（党员 1、群众 0）。

        ## 一、各单位排名（2 个）

        1. 第一党支部 ▲1｜活跃度 60.0%｜注册 10/10（100.0%）｜日均 11.6 分｜党员活跃度 100.0%｜1万+ 1｜2万+ 1｜4万+ 1｜注册率第 1｜日均第 1
        2. 第二党支部 ▼1｜活跃度 30.0%｜注册 10/12（83.3%）｜日均 3.0 分｜党员活跃度 100.0%｜1万+ 1｜2万+ 1｜4万+ 0｜注册率第 2｜日均第 2｜落后 30.0 个百分点

        ## 二、通报

        - 低于底线 40.0%：第二党支部 30.0%
        - 低于目标 70.0%：第一党支部 60.0%
        - 注册率低于目标 100.0%：第二党支部 83.3%
        - 第二党支部 待联系 2 人：
          - 高峰（帮带人 徐志强 139****0101）
          - 罗红（无帮带人）
        - 第一党支部 待联系 1 人：
          - 吴刚（无帮带人）

        ## 三、当日学霸 2 人（≥ 35 分）

        1. 王建国（第一党支部）40 分
        2. 李秀英（第一党支部）36 分

        上榜 2 人中：第一党支部 2 人

        ## 四、连续 3 天及以上未学习（3 人）

        - 吴刚（第一党支部）连续 3 天
        - 高峰（第二党支部）连续 3 天，帮带人 徐志强
        - 罗红（第二党支部）连续 3 天

        ## 五、待处理预警（4 条）

        - 【严重】第二党支部｜活跃度低于底线：活跃度 30.0% 低于底线 40.0%（3/10 人）；差 1 人达到 40.0%
        - 【警告】大营村党委｜活跃度未达标：活跃度 45.0% 低于目标 70.0%（9/20 人）；差 5 人达到 70.0%；下属 1 个单位同样活跃度低于目标 70.0%
        - 【警告】大营村党委｜注册率未达标：注册率 90.9% 低于目标 100.0%（已注册 20/应学 22）；差 2 人达到 100.0%；下属 1 个单位同样注册率低于目标 100.0%（王书记 已确认：已上报街道）
        - 【提示】第二党支部｜学员连续未学：2 名学员连续 3 天及以上未学习：高峰（帮带人 徐志强）、罗红

        """

    @Test func dailyMarkdownIsExact() throws {
        let fixture = try ReportFixture.make()
        let builder = ReportFixture.builder(fixture)
        let report = try builder.build(.daily)
        #expect(report.date == "2026-11-04")
        let text = String(decoding: try builder.render(report, format: .md, language: .zh), as: UTF8.self)
        #expect(text == ReportTests.dailyMarkdown)
    }

    @Test func englishMarkdown() throws {
        let fixture = try ReportFixture.make()
        let builder = ReportFixture.builder(fixture)
        let text = String(
            decoding: try builder.render(try builder.build(.daily), format: .md, language: .en), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "# Daily supervision note | 大营村党委 | 2026-11-04 (Wednesday)")
        #expect(
            lines.contains(
                "1. 第一党支部 ▲1 | activity 60.0% | registered 10/10 (100.0%) | 11.6 points/day | party activity 100.0% | 10k+ 1 | 20k+ 1 | 40k+ 1"
                    + " | registration #1 | points #1"))
        #expect(lines.contains("- Below the floor of 40.0%: 第二党支部 30.0%"))
        #expect(lines.contains("## 3. Daily stars: 2 learners at 35+ day points"))
        #expect(lines.contains("- 高峰 (第二党支部) 3 days, mentor 徐志强"))
        #expect(
            lines.contains(
                "- [critical] 第二党支部 | Activity below floor: activity rate 30.0% below the floor 40.0% (3 of 10 active); 1 more needed to reach 40.0%"
            )
        )
    }

    /// The week of 11-04 (Mon 11-02 … Sun 11-08) has three days with data: rates are the
    /// means of the daily rates, top learners ranked by week points.
    @Test func weeklyReport() throws {
        let fixture = try ReportFixture.make()
        let builder = ReportFixture.builder(fixture)
        let report = try builder.build(.weekly, date: Day(iso: "2026-11-04"))
        #expect(report.periodFirst == "2026-11-02" && report.periodLast == "2026-11-08")
        #expect(report.daysWithData == 3)
        #expect(report.lastDataDay == "2026-11-04")
        let a = try #require(report.league.first { $0.code == "A" })
        #expect(abs((a.activityRate ?? 0) - (0.9 + 0.7 + 0.6) / 3) < 1e-12)
        #expect(report.topLearnersBy == .week)
        // A01: 10 + 10 + 40 = 60 week points; A02: 10 + 10 + 36 = 56.
        #expect(report.topLearners.prefix(2).map(\.learnerId) == ["A01", "A02"])
        #expect(report.topLearners.prefix(2).map(\.points) == [60, 56])
        let text = String(decoding: try builder.render(report, format: .md, language: .zh), as: UTF8.self)
        #expect(text.hasPrefix("# 每周一晒｜大营村党委｜2026-11-02 至 2026-11-08\n\n本期有数据 3 天（截至 2026-11-04）"))
        // Everyone but A10, B05 and B10 (who never studied) earned points that week.
        #expect(report.topLearners.count == 17)
        // Seven learners share 30 week points: one rank (3), marked 并列, and the next rank is 10.
        #expect(
            text.contains(
                "## 三、本周积分榜（有积分 17 人）\n\n1. 王建国（第一党支部）60 分\n2. 李秀英（第一党支部）56 分\n"
                    + "3. 孙丽（第二党支部）30 分（并列）\n"))
        #expect(text.contains("\n10. 赵敏（第一党支部）20 分（并列）\n"))
        #expect(text.contains("平均活跃度 "))
    }

    @Test func monthlyTitle() throws {
        let fixture = try ReportFixture.make()
        let builder = ReportFixture.builder(fixture)
        let text = String(
            decoding: try builder.render(try builder.build(.monthly), format: .md, language: .zh), as: UTF8.self)
        #expect(text.hasPrefix("# 每月一比｜大营村党委｜2026-11-01 至 2026-11-30\n"))
    }

    /// `--format json` carries the very figures of `Metrics.orgTable`, at full precision.
    @Test func jsonCarriesTheMetricsFigures() throws {
        let fixture = try ReportFixture.make()
        let builder = ReportFixture.builder(fixture)
        let data = try builder.render(
            try builder.build(.daily, date: Day(iso: "2026-11-04")), format: .json, language: .zh)
        let decoded = try JSONDecoder().decode(Report.self, from: data)
        let table = try Metrics(store: fixture.store).orgTable(period: .day(Day(iso: "2026-11-04")!), scope: "R")
        #expect(decoded.summary == table.row(code: "R"))
        #expect(decoded.league == table.rows.filter { $0.depth == 1 })

        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let league = try #require(object["league"] as? [[String: Any]])
        #expect(league[1]["code"] as? String == "B")
        #expect(league[1]["registrationRate"] as? Double == 10.0 / 12.0)
        #expect(league[1]["registered"] as? Int == 10)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"registrationRate\" : 0.8333333333333334"))
        #expect(text.contains("\"learnerId\" : \"B05\""))
        #expect(text.contains("\"firstSeen\" : \"2026-11-02\""))
    }

    @Test func csvSections() throws {
        let fixture = try ReportFixture.make()
        let builder = ReportFixture.builder(fixture)
        let text = String(
            decoding: try builder.render(try builder.build(.daily), format: .csv, language: .zh), as: UTF8.self)
        #expect(text.hasPrefix("\u{FEFF}概况\r\n项目,数值\r\n报告,每日一督\r\n"))
        let sections = text.components(separatedBy: "\r\n\r\n")
        #expect(sections.count == 6)
        #expect(
            sections[1] == """
                排名\r
                活跃度排名,变化,编码,单位,已注册,应学,注册率,活跃度,日均积分,活跃度落后（百分点）,注册率排名,日均积分排名,落后分,\
                党员人数,党员已注册,党员覆盖率,党员活跃度,\
                "总积分≥10,000","总积分≥10,000党员","总积分≥10,000群众","总积分≥20,000","总积分≥20,000党员",\
                "总积分≥20,000群众","总积分≥40,000","总积分≥40,000党员","总积分≥40,000群众"\r
                1,▲1,A,第一党支部,10,10,100.0%,60.0%,11.6,,1,1,,3,3,100.0%,100.0%,1,1,0,1,1,0,1,1,0\r
                2,▼1,B,第二党支部,10,12,83.3%,30.0%,3.0,30.0,2,2,8.6,3,3,100.0%,100.0%,1,1,0,1,1,0,0,0,0
                """)
        #expect(
            sections[4].hasPrefix(
                "连续未学\r\n学员编号,姓名,编码,单位,未学天数,帮带人编号,帮带人\r\nA10,吴刚,A,第一党支部,3,,\r\nB05,高峰,B,第二党支部,3,B01,徐志强"))
    }

    @Test func xlsxIsAWorkbookWithNumericCells() throws {
        let fixture = try ReportFixture.make()
        let builder = ReportFixture.builder(fixture)
        let data = try builder.render(try builder.build(.daily), format: .xlsx, language: .zh)
        let url = fixture.directory.appendingPathComponent("report.xlsx")
        try data.write(to: url)

        let archive = try XLSXArchive(url: url)
        for part in [
            "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
            "xl/worksheets/sheet1.xml", "xl/worksheets/sheet6.xml",
        ] {
            #expect(archive.contains(part), "missing \(part)")
        }
        let workbook = String(decoding: try archive.data("xl/workbook.xml"), as: UTF8.self)
        #expect(workbook.contains(#"<sheet name="排名" sheetId="2" r:id="rId2"/>"#))
        let styles = String(decoding: try archive.data("xl/styles.xml"), as: UTF8.self)
        #expect(styles.contains(#"<numFmt numFmtId="164" formatCode="0.0%"/>"#))
        #expect(styles.contains(#"<font><b/>"#))
        #expect(styles.contains(#"<xf numFmtId="0" fontId="1" fillId="2" borderId="1""#))

        let league = String(decoding: try archive.data("xl/worksheets/sheet2.xml"), as: UTF8.self)
        #expect(league.contains(#"<cols><col min="1" max="1" width="12" customWidth="1"/>"#))
        #expect(league.contains(#"<c r="A1" s="1" t="inlineStr"><is><t>活跃度排名</t></is></c>"#))
        #expect(league.contains(#"<col min="4" max="4" width="12" customWidth="1"/>"#))
        #expect(league.contains(#"<c r="A2" s="4"><v>1</v></c>"#))
        #expect(league.contains(#"<c r="D2" s="0" t="inlineStr"><is><t>第一党支部</t></is></c>"#))
        #expect(league.contains(#"<c r="G3" s="2"><v>0.8333333333333334</v></c>"#))
        #expect(league.contains(#"<c r="H2" s="2"><v>0.6</v></c>"#))
        #expect(league.contains(#"<c r="I2" s="3"><v>11.6</v></c>"#))
        #expect(league.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))

        // The project's own reader opens it too.
        #expect(try XLSXReader.sheetNames(url: url) == ["概况", "排名", "通报", "当日学霸", "连续未学", "预警"])
        var reader = try XLSXReader(url: url, sheet: "排名")
        var rows: [[String]] = []
        while let row = try reader.nextRow() { rows.append(row.cells) }
        #expect(rows.count == 3)
        #expect(rows[1].prefix(5) == ["1", "▲1", "A", "第一党支部", "10"])
    }

    @Test func outputIsDeterministic() throws {
        let fixture = try ReportFixture.make()
        for format in ReportFormat.allCases {
            let first = try ReportFixture.builder(fixture).render(
                try ReportFixture.builder(fixture).build(.daily), format: format, language: .zh)
            let second = try ReportFixture.builder(fixture).render(
                try ReportFixture.builder(fixture).build(.daily), format: format, language: .zh)
            #expect(first == second, "\(format) differs between runs")
        }
    }

    @Test func phonesNeverAppear() throws {
        let fixture = try ReportFixture.make()
        let builder = ReportFixture.builder(fixture)
        for kind in ReportKind.allCases {
            let report = try builder.build(kind)
            for format in [ReportFormat.md, .csv, .json] {
                let text = String(decoding: try builder.render(report, format: format, language: .zh), as: UTF8.self)
                #expect(!text.contains("1390000"), "\(kind) \(format) shows a phone")
            }
            let url = fixture.directory.appendingPathComponent("\(kind).xlsx")
            try builder.render(report, format: .xlsx, language: .zh).write(to: url)
            let archive = try XLSXArchive(url: url)
            for sheet in 1...6 {
                #expect(
                    !String(decoding: try archive.data("xl/worksheets/sheet\(sheet).xml"), as: UTF8.self).contains(
                        "1390000"))
            }
        }
    }

    @Test func branchWithoutChildrenAndUnknownOrg() throws {
        let fixture = try ReportFixture.make()
        let builder = ReportFixture.builder(fixture)
        let report = try builder.build(.daily, org: "B")
        #expect(report.league.isEmpty)
        #expect(report.summary?.code == "B")
        #expect(report.inactive.map(\.learnerId) == ["B05", "B10"])
        #expect(report.alerts.allSatisfy { $0.orgCode == "B" || $0.orgCode == nil })
        #expect(throws: UnknownOrganization.self) { try builder.build(.daily, org: "Z") }
        #expect(throws: ReportError.noData) { try ReportBuilder(store: try XuexiStore.inMemory()).build(.daily) }
    }

    /// With several roots the league compares the roots; a root without learners has no data.
    @Test func severalRoots() throws {
        let fixture = try ReportFixture.make()
        try fixture.importFiles([try fixture.write("more-orgs.csv", AlertFixture.orgsHeader + "S,小营村党委,,村,5,1\n")])
        try fixture.importDay("2026-11-05", AlertFixture.active("A", 10) + AlertFixture.active("B", 10))
        let builder = ReportFixture.builder(fixture)
        let report = try builder.build(.daily)
        #expect(report.scope == nil && report.summary == nil)
        #expect(report.league.map(\.code) == ["R", "S"])
        let text = String(decoding: try builder.render(report, format: .md, language: .zh), as: UTF8.self)
        #expect(text.hasPrefix("# 每日一督｜全部组织｜2026-11-05（星期四）\n"))
        #expect(text.contains("\n1. 大营村党委 "))
        #expect(text.contains("\n- 小营村党委｜无数据\n"))
    }
}
