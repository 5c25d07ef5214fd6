import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiModel
@testable import XuexiStore

/// The acceptance paths on the shipped sample exports (the repository's samples/).
@Suite("Sample imports")
struct SampleImportTests {
    @Test func villageDirectoryImportsWhole() throws {
        let fixture = try ImportFixture()
        let summary = try fixture.run([ImportFixture.samplesURL().appendingPathComponent("village").path])
        #expect(summary.files.count == 17)
        #expect(summary.days.count == 14)
        let roster = try fixture.store.orgRoster(on: Day(iso: "2026-11-20")!)
        #expect(roster.count == 18)
        #expect(roster.first?.learners == 1_095)
        // GB18030 CSV and XLSX rosters describe the same people: importing both equals importing one.
        let xlsxOnly = try ImportFixture()
        try xlsxOnly.run([
            ImportFixture.samplesURL().appendingPathComponent("village/orgs.csv").path,
            ImportFixture.samplesURL().appendingPathComponent("village/learners.xlsx").path,
        ])
        let both = try fixture.store.learners(in: nil, showPhones: true)
        let one = try xlsxOnly.store.learners(in: nil, showPhones: true).map { row -> LearnerRow in
            var row = row
            row.totalPoints = nil
            return row
        }
        #expect(
            both.map {
                var r = $0
                r.totalPoints = nil
                return r
            } == one)
        // The XLSX day is there too.
        let last = try #require(
            try Metrics(store: fixture.store).dailyFigures(orgCode: "O0", day: Day(iso: "2026-11-20")!))
        #expect(last.registered > 0)
    }

    @Test func memberReportsCreateDepartmentsUnderARoot() throws {
        let fixture = try ImportFixture()
        let summary = try fixture.run([ImportFixture.samplesURL().appendingPathComponent("member-report").path]) {
            $0.createMissing = true
            $0.rootCode = "ROOT"
            $0.rootName = "示例党委"
        }
        #expect(summary.days.map(\.iso) == ["2026-11-19", "2026-11-20", "2026-11-21"])
        let roster = try fixture.store.orgRoster(on: Day(iso: "2026-11-21")!)
        #expect(roster.count == 7)
        #expect(roster.filter { $0.depth == 1 }.count == 6)
        #expect(roster.first?.learners == 186)
        #expect(roster.first?.registered == 175)
        let department = try #require(roster.first { $0.depth == 1 })
        let members = try fixture.store.learners(in: department.code)
        #expect(members.count == department.learners)
    }

    @Test func memberReportWithoutRootFailsClearly() throws {
        let fixture = try ImportFixture()
        let failure = try fixture.failure([
            ImportFixture.samplesURL().appendingPathComponent("member-report/2026-11-20.json").path
        ])
        #expect(failure.problems.count == 6)
        #expect(
            failure.problems.first?.expected == "a department present in the store (or --create-missing --root CODE)")
    }

    @Test func phonesAreMaskedUnlessAsked() throws {
        let fixture = try ImportFixture()
        try fixture.seed()
        let masked = try fixture.store.learners(in: "B1")
        #expect(masked.map(\.phone) == ["138****1111", "138****2222"])
        let full = try fixture.store.learners(in: "B1", showPhones: true)
        #expect(full.map(\.phone) == ["13800001111", "13800002222"])
    }
}

/// File stores read some data on a second connection while importing; in-memory stores read
/// everything on one. Both must end with the same rows.
@Suite("Side-connection reads")
struct SideReaderImportTests {
    @Test func fileAndMemoryStoresEndIdentical() throws {
        let samples = ImportFixture.samplesURL().appendingPathComponent("village")
        let days = try FileManager.default.contentsOfDirectory(atPath: samples.appendingPathComponent("daily").path)
            .filter { $0.hasSuffix(".csv") }.sorted()
        var fingerprints: [String] = []
        for fileStore in [false, true] {
            let fixture = try ImportFixture(fileStore: fileStore)
            try fixture.run([
                samples.appendingPathComponent("orgs.csv").path,
                samples.appendingPathComponent("learners-gb18030.csv").path,
            ])
            // Out of order on purpose: a later day first, then the rest one run at a time.
            for day in [days[5]] + days.filter({ $0 != days[5] }) {
                try fixture.run([samples.appendingPathComponent("daily/\(day)").path])
            }
            fingerprints.append(
                try fixture.store.contents(of: [.points, .orgDay, .anomaly]).replacingOccurrences(
                    of: "import_id:\\d+", with: "", options: .regularExpression))
        }
        #expect(fingerprints[0] == fingerprints[1])
        #expect(fingerprints[0].count > 10_000)
    }
}

@Suite("Learner lookups")
struct LearnerLookupTests {
    @Test func searchFindsByNameOrCodeWithinScope() throws {
        let fixture = try ImportFixture()
        try fixture.seed()
        let byName = try fixture.store.searchLearners("李")
        #expect(byName.rows.map(\.id) == ["L2"])
        #expect(byName.rows.first?.phone == "138****2222")
        let byCode = try fixture.store.searchLearners("l")
        #expect(byCode.total == 4)
        let scoped = try fixture.store.searchLearners("L", scope: "B2", limit: 1)
        #expect(scoped.total == 2)
        #expect(scoped.rows.map(\.id) == ["L3"])
        #expect(try fixture.store.searchLearners("%").total == 0)
    }

    /// As a contact list: initials, full pinyin, a mix with characters; ranked, exact code first.
    @Test func searchFindsByPinyinAndRanks() throws {
        let fixture = try ImportFixture()
        try fixture.seed()
        #expect(try fixture.store.searchLearners("zw").rows.map(\.id) == ["L1"])
        #expect(try fixture.store.searchLearners("zhangwei").rows.map(\.id) == ["L1"])
        #expect(try fixture.store.searchLearners("张w").rows.map(\.id) == ["L1"])
        #expect(try fixture.store.searchLearners("wangf", scope: "B1").total == 0)
        // li (李娜) and liu (刘洋) both start with l; the exact code L4 comes first.
        #expect(try fixture.store.searchLearners("L4").rows.first?.id == "L4")
        #expect(Set(try fixture.store.searchLearners("ly").rows.map(\.id)) == ["L4"])
    }

    @Test func oneLearnerByCode() throws {
        let fixture = try ImportFixture()
        try fixture.seed()
        let learner = try #require(try fixture.store.learner(code: "L4"))
        #expect(learner.orgName == "第二党支部")
        #expect(learner.mentorId == "L3")
        #expect(learner.phone == "138****4444")
        #expect(try fixture.store.learner(code: "nope") == nil)
    }
}
