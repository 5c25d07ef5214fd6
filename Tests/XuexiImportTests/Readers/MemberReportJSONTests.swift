import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiImport

@Suite("Readers: member-report JSON")
struct ReadersMemberReportJSONTests {
    private func parse(_ text: String, file: String = "report.json") throws -> MemberReportDocument {
        try MemberReportJSON.parse(data: Data(text.utf8), fileName: file, language: .en)
    }

    private func problem(_ text: String) -> ImportProblem? {
        do {
            _ = try parse(text)
        } catch let problem as ImportProblem {
            return problem
        } catch {
            Issue.record("unexpected \(error)")
        }
        return nil
    }

    @Test func wrappedDataStr() throws {
        let document = try MemberReportJSON.parse(
            data: try ReaderFixtures.data("member-report-2026-11-19-wrapped.json"), fileName: "2026-11-19.json")
        #expect(document.declaredCount == 186)
        #expect(document.members.count == 186)
        #expect(document.ranking.isEmpty)
        #expect(
            document.members[0]
                == MemberReportRecord(
                    userId: "173318792780", userName: "于丽平", deptIds: ["-1", "150015482593"],
                    deptNames: ["其他", "第二党支部党员组"],
                    orgId: "150019702803", isActivated: true, rangeRealScore: 0, rangeScore: 0, scoreMonth: 0,
                    totalScore: 24351, line: 1))
        #expect(document.members.filter { !$0.isActivated }.count == 11)
        #expect(Set(document.members.compactMap(\.deptIds.last)).count == 6)
        #expect(document.members.last?.line == 186)
        #expect(document.members.last?.userName == "曾晓建")
        #expect(document.members.last?.rangeRealScore == 53)
    }

    @Test func plainDataList() throws {
        let document = try MemberReportJSON.parse(
            data: try ReaderFixtures.data("member-report-2026-11-20-plain.json"), fileName: "2026-11-20.json")
        #expect(document.declaredCount == 186)
        #expect(document.members.count == 186)
        #expect(
            document.members[0]
                == MemberReportRecord(
                    userId: "323882919860", userName: "吕思", deptIds: ["-1", "150015482607"],
                    deptNames: ["其他", "离退休党支部党员组"],
                    orgId: "150019702803", isActivated: true, rangeRealScore: 0, rangeScore: 0, scoreMonth: 0,
                    totalScore: 30842, line: 1))
        #expect(
            document.members[185]
                == MemberReportRecord(
                    userId: "170851485608", userName: "任涵", deptIds: ["-1", "150015482593"],
                    deptNames: ["其他", "第二党支部党员组"],
                    orgId: "150019702803", isActivated: true, rangeRealScore: 53, rangeScore: 53, scoreMonth: 53000,
                    totalScore: 28255, line: 186))
        #expect(document.members.filter { !$0.isActivated }.count == 11)
    }

    @Test func otherShapesStringsAndRanking() throws {
        let member =
            #"{"userId": 12345678901234567890, "userName": " 张三 ", "deptIds": ["-1", 150015482586], "deptNames": "其他，第一党支部", "isActivate": "未激活", "rangeRealScore": "12", "totalScore": 300.0}"#
        let expected = MemberReportRecord(
            userId: "12345678901234567890", userName: "张三", deptIds: ["-1", "150015482586"],
            deptNames: ["其他", "第一党支部"],
            orgId: nil, isActivated: false, rangeRealScore: 12, rangeScore: nil, scoreMonth: nil, totalScore: 300,
            line: 1)

        let nested = try parse(#"{"code": 0, "data": {"dataList": {"count": "1", "data": [\#(member)]}}}"#)
        #expect(nested.members == [expected])
        #expect(nested.declaredCount == 1)

        #expect(try parse("[\(member)]").members == [expected])
        #expect(try parse(#"{"data_str": {"dataList": {"count": 1, "data": [\#(member)]}}}"#).members == [expected])
        #expect(
            try parse(#"{"dataList": {"count": 0, "data": []}}"#) == MemberReportDocument(members: [], declaredCount: 0)
        )

        let rankingJSON = #"""
            {"code": 200, "data_str": "{\"dataList\": {\"count\": 1, \"data\": [{\"userName\": \"李四\", \"rangeScore\": 7, \"totalScore\": 70}]}, \"orgRank\": [{\"rank\": 1, \"orgName\": \"大营村党委\", \"orgId\": 150019702803, \"statDate\": \"2026-11-19\", \"avgScore\": 31.5, \"preDiffScore\": 0}, {\"rank\": \"2\", \"orgName\": \"小营村党委\", \"avgScore\": \"30.25\", \"preDiffScore\": 1.25}]}"}
            """#
        let withRanking = try parse(rankingJSON)
        #expect(
            withRanking.members == [
                MemberReportRecord(
                    userId: nil, userName: "李四", deptIds: [], deptNames: [], orgId: nil, isActivated: true,
                    rangeRealScore: 7, rangeScore: 7, scoreMonth: nil, totalScore: 70, line: 1)
            ])
        #expect(
            withRanking.ranking == [
                ConsoleOrgRanking(
                    rank: 1, orgName: "大营村党委", orgId: "150019702803", statDate: "2026-11-19", avgScore: 31.5,
                    preDiffScore: 0),
                ConsoleOrgRanking(
                    rank: 2, orgName: "小营村党委", orgId: nil, statDate: nil, avgScore: 30.25, preDiffScore: 1.25),
            ])

        // A ranking under an unfamiliar key is still recognised by its fields.
        let byShape = try parse(#"{"dataList": {"data": [\#(member)]}, "top": [{"rank": 3, "orgName": "某党委"}]}"#)
        #expect(
            byShape.ranking == [
                ConsoleOrgRanking(rank: 3, orgName: "某党委", orgId: nil, statDate: nil, avgScore: nil, preDiffScore: nil)
            ])
        #expect(byShape.declaredCount == nil)
    }

    @Test func brokenJSON() {
        #expect(
            problem("{\n \"dataList\": {\"count\": 1,\n \"data\": [")
                == ImportProblem(
                    file: "report.json", line: 3, expected: "well-formed JSON (the text ends too early)"))
        #expect(
            problem("{\"dataList\": x}")
                == ImportProblem(
                    file: "report.json", line: 1, value: "x", expected: "well-formed JSON ('x' is not allowed here)"))
        #expect(
            problem("{} {}")
                == ImportProblem(
                    file: "report.json", line: 1, expected: "well-formed JSON (there is more text after the JSON value)"
                ))
        #expect(
            problem(#"{"code": 200, "data_str": "{\"dataList\": "}"#)
                == ImportProblem(
                    file: "report.json", line: 1, expected: "well-formed JSON in data_str (the text ends too early)"))
        #expect(
            problem("")
                == ImportProblem(file: "report.json", line: 1, expected: "well-formed JSON (the text ends too early)"))
    }

    @Test func notAReport() {
        #expect(
            problem(#"{"code": 401, "message": "未登录"}"#)
                == ImportProblem(
                    file: "report.json", value: "未登录", expected: "a member-score report (dataList.data)"))
        #expect(
            problem(#"{"orgs": [{"code": "O1"}]}"#)
                == ImportProblem(
                    file: "report.json", expected: "a member-score report (dataList.data)"))
        do {
            _ = try MemberReportJSON.parse(data: Data("{}".utf8), fileName: "x.json")
        } catch let problem as ImportProblem {
            #expect(problem.message(.zh) == "x.json，应为成员积分报表（dataList.data）")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func badMembersAreListedByPosition() throws {
        let text = #"""
            {"dataList": {"count": 4, "data": [
              {"userName": "甲", "rangeRealScore": 1, "totalScore": 10},
              {"userId": 2, "rangeRealScore": 1, "totalScore": 10},
              {"userName": "丙", "rangeRealScore": 1, "totalScore": "abc"},
              {"userName": "丁", "rangeRealScore": 1.5, "totalScore": 10, "isActivate": 2},
              "oops"
            ]}}
            """#
        do {
            _ = try parse(text)
            Issue.record("no error")
        } catch let failure as ImportFailure {
            #expect(
                failure.problems == [
                    ImportProblem(
                        file: "report.json", line: 2, column: "userName", expected: "a member name (userName)"),
                    ImportProblem(
                        file: "report.json", line: 3, column: "totalScore", value: "abc", expected: "a whole number"),
                    ImportProblem(
                        file: "report.json", line: 4, column: "isActivate", value: "2",
                        expected: "an activation flag (1/0, true/false, 已激活/未激活)"),
                    ImportProblem(
                        file: "report.json", line: 4, column: "rangeRealScore", value: "1.5", expected: "a whole number"
                    ),
                    ImportProblem(
                        file: "report.json", line: 5, value: "oops", expected: "a member record (a JSON object)"),
                ])
        }
    }
}
