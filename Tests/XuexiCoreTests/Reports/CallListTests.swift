import Foundation
import Testing
import XuexiModel
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiStore

/// The daily note's 通报 names, for each lagging unit, the members to call with their mentor;
/// mentor phones are masked unless `--show-phones` (issue #11).
@Suite("Members to call in the daily note")
struct CallListTests {
    @Test func eachLaggingUnitListsItsInactiveMembersWithMentors() throws {
        let fixture = try ReportFixture.make()
        let builder = ReportFixture.builder(fixture)
        let report = try builder.build(.daily)
        #expect(report.callLists.map(\.code) == report.notices.map(\.code))
        for list in report.callLists {
            let direct = try builder.metrics.chaseList(
                scope: list.code, status: .inactive, day: Day(iso: "2026-11-04"))
            #expect(list.learners == direct)
        }
        let masked = try #require(report.callLists.flatMap(\.learners).first { $0.mentorName == "徐志强" })
        #expect(masked.mentorPhone?.contains("****") == true)
        // Weekly notes do not carry them.
        #expect(try builder.build(.weekly).callLists.isEmpty)
    }

    @Test func showPhonesPrintsTheMentorsNumberInFull() throws {
        let fixture = try ReportFixture.make()
        let builder = ReportFixture.builder(fixture)
        let full = try #require(try fixture.store.learner(code: "B01", showPhones: true)?.phone)
        #expect(!full.contains("*"))
        let report = try builder.build(.daily, showPhones: true)
        let text = String(decoding: try builder.render(report, format: .md, language: .zh), as: UTF8.self)
        #expect(text.contains("- 第二党支部 待联系 2 人：\n  - 高峰（帮带人 徐志强 \(full)）\n  - 罗红（无帮带人）\n"))
        // Robots do not carry the lists (personal data; a street's lists outgrow a message).
        let chat = try builder.chatNote(report, style: .full, language: .zh)
        #expect(!chat.sections.flatMap(\.lines).joined().contains("待联系"))
        let json = String(decoding: try builder.render(report, format: .json, language: .zh), as: UTF8.self)
        #expect(json.contains("\"callLists\""))
    }
}
