import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiImport
@testable import XuexiModel

/// Every bad input of the Foundation issue, each with its exact message, and each leaving
/// the store unchanged: on SQLite, and on PostgreSQL as a new replica fetches it.
@Suite("Import bad input")
struct ImportBadInputTests {
    func expectFailure(
        _ fixture: ImportFixture, _ paths: [String], message: String,
        _ configure: (inout ImportOptions) -> Void = { _ in }
    ) throws {
        let before = try fixture.fingerprint()
        let failure = try fixture.failure(paths, configure)
        #expect(failure.problems.first?.message(.en) == message)
        #expect(try fixture.fingerprint() == before)
    }

    @Test(arguments: StoreBackend.all) func emptyFile(_ backend: StoreBackend) throws {
        let fixture = try ImportFixture(backend)
        try expectFailure(
            fixture, [try fixture.write("empty.csv", "")], message: "empty.csv line 1: expected a header row")
    }

    @Test(arguments: StoreBackend.all) func headerOnly(_ backend: StoreBackend) throws {
        let fixture = try ImportFixture(backend)
        try expectFailure(
            fixture, [try fixture.write("orgs.csv", ImportFixture.orgsHeader)],
            message: "orgs.csv line 2: expected at least one data row")
    }

    @Test(arguments: StoreBackend.all) func unknownHeadersOnly(_ backend: StoreBackend) throws {
        let fixture = try ImportFixture(backend)
        try expectFailure(
            fixture, [try fixture.write("x.csv", "foo,bar\n1,2\n")],
            message:
                "x.csv line 1: value \"foo,bar\": expected recognised headers of an org, roster, points or member-score file (such as 组织编码/学员编号/当日积分/激活状态)"
        )
    }

    @Test(arguments: StoreBackend.all) func missingRequiredColumn(_ backend: StoreBackend) throws {
        let fixture = try ImportFixture(backend)
        try fixture.seed()
        // A roster without 组织编码, forced to be read as a roster.
        try expectFailure(
            fixture, [try fixture.write("roster.csv", "学员编号,姓名\nL9,赵六\n")],
            message: "roster.csv line 1: expected a column \"组织编码\""
        ) { $0.kind = .learners }
    }

    @Test(arguments: StoreBackend.all) func duplicateOrgCode(_ backend: StoreBackend) throws {
        let fixture = try ImportFixture(backend)
        try expectFailure(
            fixture, [try fixture.write("orgs.csv", ImportFixture.orgsHeader + "R,根,,,,\nB1,一,R,,,\nB1,二,R,,,\n")],
            message: "orgs.csv line 4: column \"组织编码\": value \"B1\": expected a unique org code (already on line 3)")
    }

    @Test(arguments: StoreBackend.all) func duplicateLearnerId(_ backend: StoreBackend) throws {
        let fixture = try ImportFixture(backend)
        try fixture.seed()
        try expectFailure(
            fixture, [try fixture.write("l.csv", ImportFixture.learnersHeader + "L7,甲,B1,群众,,,\nL7,乙,B2,群众,,,\n")],
            message: "l.csv line 3: column \"学员编号\": value \"L7\": expected a unique learner id (already on line 2)")
    }

    @Test(arguments: StoreBackend.all) func learnerInUnknownOrg(_ backend: StoreBackend) throws {
        let fixture = try ImportFixture(backend)
        try fixture.seed()
        try expectFailure(
            fixture, [try fixture.write("l.csv", ImportFixture.learnersHeader + "L7,甲,B9,群众,,,\n")],
            message:
                "l.csv line 2: column \"组织编码\": value \"B9\": expected an org code present in the file or the store")
    }

    @Test(arguments: StoreBackend.all) func parentCodeThatDoesNotExist(_ backend: StoreBackend) throws {
        let fixture = try ImportFixture(backend)
        try expectFailure(
            fixture, [try fixture.write("orgs.csv", ImportFixture.orgsHeader + "R,根,,,,\nB1,一,NOPE,,,\n")],
            message:
                "orgs.csv line 3: column \"上级组织编码\": value \"NOPE\": expected a parent org code present in the file or the store"
        )
    }

    @Test(arguments: StoreBackend.all) func cycleInTheTree(_ backend: StoreBackend) throws {
        let fixture = try ImportFixture(backend)
        try expectFailure(
            fixture, [try fixture.write("orgs.csv", ImportFixture.orgsHeader + "A,甲,C,,,\nB,乙,A,,,\nC,丙,B,,,\n")],
            message:
                "orgs.csv line 2: column \"上级组织编码\": value \"C\": expected a parent chain without a cycle (cycle: A → C → B → A)"
        )
    }

    @Test(arguments: StoreBackend.all) func unparsableDate(_ backend: StoreBackend) throws {
        let fixture = try ImportFixture(backend)
        try fixture.seed()
        try expectFailure(
            fixture,
            [try fixture.write("p.csv", ImportFixture.pointsHeader + "2026-11-03,L1,10,100\n2026/13/40,L2,5,50\n")],
            message: "p.csv line 3: column \"日期\": value \"2026/13/40\": expected a date (YYYY-MM-DD)")
    }

    @Test(arguments: StoreBackend.all) func textInPointsColumn(_ backend: StoreBackend) throws {
        let fixture = try ImportFixture(backend)
        try fixture.seed()
        try expectFailure(
            fixture, [try fixture.write("p.csv", ImportFixture.pointsHeader + "2026-11-03,L1,十,100\n")],
            message: "p.csv line 2: column \"当日积分\": value \"十\": expected a non-negative whole number")
    }

    @Test(arguments: StoreBackend.all) func negativePoints(_ backend: StoreBackend) throws {
        let fixture = try ImportFixture(backend)
        try fixture.seed()
        try expectFailure(
            fixture, [try fixture.write("p.csv", ImportFixture.pointsHeader + "2026-11-03,L1,-5,100\n")],
            message: "p.csv line 2: column \"当日积分\": value \"-5\": expected a non-negative whole number")
    }

    @Test(arguments: StoreBackend.all) func unknownLearnerInPoints(_ backend: StoreBackend) throws {
        let fixture = try ImportFixture(backend)
        try fixture.seed()
        try expectFailure(
            fixture, [try fixture.write("p.csv", ImportFixture.pointsHeader + "2026-11-03,L99,5,100\n")],
            message: "p.csv line 2: column \"学员编号\": value \"L99\": expected a learner id from the roster")
    }

    @Test(arguments: StoreBackend.all) func truncatedXLSX(_ backend: StoreBackend) throws {
        let fixture = try ImportFixture(backend)
        try fixture.seed()
        let sample = try Data(
            contentsOf: ImportFixture.samplesURL().appendingPathComponent("village/daily/2026-11-20.xlsx"))
        let path = try fixture.write("2026-11-20.xlsx", bytes: Array(sample.prefix(sample.count / 2)))
        let before = try fixture.fingerprint()
        let failure = try fixture.failure([path])
        let message = failure.problems.first?.message(.en) ?? ""
        #expect(message.hasPrefix("2026-11-20.xlsx"))
        #expect(message.contains("XLSX"))
        #expect(try fixture.fingerprint() == before)
    }

    @Test(arguments: StoreBackend.all) func csvNamedXLSX(_ backend: StoreBackend) throws {
        let fixture = try ImportFixture(backend)
        try fixture.seed()
        let path = try fixture.write("2026-11-03.xlsx", ImportFixture.pointsHeader + "2026-11-03,L1,5,100\n")
        let before = try fixture.fingerprint()
        let failure = try fixture.failure([path])
        #expect(failure.problems.first?.message(.en) == "2026-11-03.xlsx: expected an XLSX workbook (ZIP archive)")
        #expect(try fixture.fingerprint() == before)
    }

    @Test(arguments: StoreBackend.all) func errorsAreCappedAtTwentyWithACount(_ backend: StoreBackend) throws {
        let fixture = try ImportFixture(backend)
        try fixture.seed()
        var text = ImportFixture.pointsHeader
        for index in 0..<25 { text += "2026-11-03,X\(index),1,1\n" }
        let failure = try fixture.failure([try fixture.write("p.csv", text)])
        #expect(failure.problems.count == 20)
        #expect(failure.unlistedCount == 5)
        #expect(failure.message(.en).hasSuffix("… and 5 more errors"))
        #expect(failure.message(.zh).hasSuffix("……另有 5 个错误未列出"))
    }

    @Test(arguments: StoreBackend.all) func chineseMessages(_ backend: StoreBackend) throws {
        let fixture = try ImportFixture(backend)
        try fixture.seed()
        let failure = try fixture.failure([
            try fixture.write("p.csv", ImportFixture.pointsHeader + "2026-11-03,L1,-5,100\n")
        ]) {
            $0.language = .zh
        }
        #expect(failure.problems.first?.message(.zh) == "p.csv 第 2 行，列“当日积分”，值“-5”，应为非负整数")
    }

    @Test(arguments: StoreBackend.all) func failureOnTheLastRowOfALargeFileChangesNothing(_ backend: StoreBackend)
        throws
    {
        let fixture = try ImportFixture(backend)
        try fixture.seed()
        try fixture.run([try fixture.write("2026-11-02.csv", ImportFixture.pointsHeader + "2026-11-02,L1,5,100\n")])
        var text = ImportFixture.pointsHeader
        text.reserveCapacity(3_000_000)
        // 100,000 good rows over many days, then one bad row at the very end.
        for day in 0..<25_000 {
            let date = Day(year: 2020, month: 1, day: 1).adding(day).iso
            for learner in 1...4 { text += "\(date),L\(learner),1,\(day + 1)\n" }
        }
        text += "2026-11-03,L1,oops,1\n"
        let before = try fixture.fingerprint()
        let failure = try fixture.failure([try fixture.write("big.csv", text)])
        #expect(failure.problems.first?.line == 100_002)
        #expect(try fixture.fingerprint() == before)
    }

    @Test(arguments: StoreBackend.all) func aBadFileInASetRollsBackTheGoodOnes(_ backend: StoreBackend) throws {
        let fixture = try ImportFixture(backend)
        let good = try fixture.write("orgs.csv", ImportFixture.orgs)
        let bad = try fixture.write("learners.csv", ImportFixture.learnersHeader + "L1,甲,NOPE,群众,,,\n")
        let before = try fixture.fingerprint()
        _ = try fixture.failure([good, bad])
        #expect(try fixture.fingerprint() == before)
    }

    @Test(arguments: StoreBackend.all) func dryRunValidatesAndWritesNothing(_ backend: StoreBackend) throws {
        let fixture = try ImportFixture(backend)
        let before = try fixture.fingerprint()
        let summary = try fixture.run([try fixture.write("orgs.csv", ImportFixture.orgs)]) { $0.dryRun = true }
        #expect(summary.dryRun)
        #expect(summary.files.first?.rows == 3)
        #expect(try fixture.fingerprint() == before)
    }
}
