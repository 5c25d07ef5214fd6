import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiImport
@testable import XuexiModel
@testable import XuexiStore

/// Lists to chase: who has not registered, not activated, or stopped studying, with mentors.
@Suite("Lists to chase")
struct ChaseListTests {
    /// Acceptance: on the member-report samples exactly the 11 members not activated
    /// (186 listed − 175 activated) are listed, and in every format.
    @Test func theElevenUnactivatedMembers() throws {
        let fixture = try ImportFixture()
        try fixture.run([ImportFixture.samplesURL().appendingPathComponent("member-report").path]) {
            $0.createMissing = true
            $0.rootCode = "ROOT"
            $0.rootName = "示例党委"
        }
        let metrics = Metrics(store: fixture.store)
        let roster = try fixture.store.learners(in: nil)
        let list = try metrics.chaseList(scope: "ROOT", status: .unactivated)
        #expect(roster.count == 186)
        #expect(list.count == 11)
        #expect(Set(list.map(\.learnerId)) == Set(roster.filter { !$0.activated }.map(\.id)))
        #expect(list.allSatisfy { !$0.activated })
        let json = try ChaseTable.render(list, status: .unactivated, format: .json, language: .zh)
        #expect(try JSONDecoder().decode([ChaseLearner].self, from: json) == list)
        let csv = String(
            decoding: try ChaseTable.render(list, status: .unactivated, format: .csv, language: .zh), as: UTF8.self)
        #expect(csv.hasPrefix("\u{FEFF}未激活（11 人）\r\n"))
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 2 + 11)
    }

    /// Unregistered and inactive lists on the report fixture, mentors' phones masked.
    @Test func unregisteredAndInactiveWithMentors() throws {
        let fixture = try ReportFixture.make()
        let metrics = Metrics(store: fixture.store)
        let inactive = try metrics.chaseList(scope: "R", status: .inactive, minimumDays: 3)
        #expect(Set(inactive.map(\.learnerId)) == ["A10", "B05", "B10"])
        let b05 = try #require(inactive.first { $0.learnerId == "B05" })
        #expect(b05.mentorName == "徐志强" && b05.inactiveDays == 3)
        #expect(b05.mentorPhone.map { $0.contains("*") } ?? true)
        #expect(try metrics.chaseList(scope: "R", status: .inactive, minimumDays: 99).isEmpty)
        let unregistered = try metrics.chaseList(scope: "R", status: .unregistered, day: Day(iso: "2026-11-04"))
        let registered = try #require(try metrics.dailyFigures(orgCode: "R", day: Day(iso: "2026-11-04")!))
        #expect(unregistered.count == registered.listed - registered.registered)
    }
}
