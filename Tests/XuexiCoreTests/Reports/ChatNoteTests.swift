import Foundation
import Testing
import XuexiModel
import XuexiTestSupport

@testable import XuexiCore

/// The compact note on the hand-worked report fixture (see `ReportFixture`): the same figures as the Markdown
/// report, ties kept whole, shortfalls and the count of members not yet studied.
@Suite struct ChatNoteTests {
    @Test func theCompactNoteCarriesTheSummaryTopWithTiesShortfallsAndNotStudied() throws {
        let fixture = try ReportFixture.make()
        let builder = ReportFixture.builder(fixture)
        let report = try builder.build(.daily, date: Day(iso: "2026-11-04"))
        let note = try builder.chatNote(report, style: .compact, language: .en)
        let markdown = String(decoding: try builder.render(report, format: .md, language: .en), as: UTF8.self)

        #expect(markdown.hasPrefix("# " + note.title + "\n"))
        // The summary line is the Markdown report's own.
        let summary = try #require(note.sections.first?.lines.first)
        #expect(markdown.contains(summary))
        // A01 40, A02 36, then seven learners on 10 points: fewer than 10 places, all listed, ranked 1, 2, 3×7.
        let top = try #require(note.sections.first { $0.heading?.hasPrefix("Top 10") == true })
        #expect(top.heading == "Top 10 by day points (ties included: 9)")
        #expect(top.lines.map { $0.split(separator: ".")[0] } == ["1", "2"] + Array(repeating: "3", count: 7))
        #expect(top.lines[0].hasPrefix("1. ") && top.lines[0].hasSuffix("(第一党支部) 40 points"))
        // B: 3 of 10 registered active (30%) against the 40% floor: one learner short.
        let below = try #require(note.sections.first { $0.heading?.hasPrefix("Units below") == true })
        #expect(below.heading == "Units below the 40.0% activity floor (1)")
        #expect(below.lines == ["第二党支部: activity 30.0%, 1 learners short"])
        // 20 registered, 9 active on 11-04.
        #expect(note.sections.last?.lines == ["2026-11-04: 11 of 20 registered members have not studied"])
    }

    @Test func tiesWithTheLastPlaceAreAllListedWithCompetitionRanks() throws {
        let fixture = try ReportFixture.make()
        let metrics = ReportFixture.builder(fixture).metrics
        let day = try #require(Day(iso: "2026-11-04"))
        // Seven tie for third: listing all nine would exceed 2 × 3, so the note lists three and
        // says six more are tied (the rule every published list follows).
        let top3 = try metrics.topLearners(.day, day: day, limit: 3)
        #expect(top3.entries.map(\.rank) == [1, 2, 3])
        #expect(top3.moreTied == 6)
        let top5 = try metrics.topLearners(.day, day: day, limit: 5).entries
        #expect(top5.map(\.rank) == [1, 2] + Array(repeating: 3, count: 7))
        let top1 = try metrics.topLearners(.day, day: day, limit: 1).entries
        #expect(top1.map(\.points) == [40])
    }

    @Test func mentorsOfLaggingUnitsAreMentionedByMobile() throws {
        let fixture = try ReportFixture.make()
        let builder = ReportFixture.builder(fixture)
        let report = try builder.build(.daily, date: Day(iso: "2026-11-04"))
        // B05 (mentor B01) is inactive in B, the one unit below the floor; A10 (in A) and B10 have no mentor.
        let phone = try #require(try fixture.store.learnerPhones(codes: ["B01"])["B01"])
        #expect(try builder.mentorMobiles(report) == [phone])
    }

    @Test func theFullNoteHasTheMarkdownSectionsAndTheirLines() throws {
        let fixture = try ReportFixture.make()
        let builder = ReportFixture.builder(fixture)
        let report = try builder.build(.daily, date: Day(iso: "2026-11-04"))
        let note = try builder.chatNote(report, style: .full, language: .zh)
        let markdown = String(decoding: try builder.render(report, format: .md, language: .zh), as: UTF8.self)
        // Robots leave out the lists of members to call (personal data); everything else is carried.
        let all = markdown.split(separator: "\n").map(String.init).filter {
            !$0.contains("待联系") && !$0.hasPrefix("  - ")
        }
        #expect(all.count + 5 == markdown.split(separator: "\n").count)
        let lines = Set(all)
        for section in note.sections {
            if let heading = section.heading {
                #expect(!heading.hasPrefix("#"))
                #expect(lines.contains { $0.hasPrefix("#") && $0.hasSuffix(" " + heading) }, "\(heading)")
            }
            for line in section.lines { #expect(lines.contains(line), "\(line)") }
        }
        // Nothing left out: the title, then every heading and line.
        #expect(note.sections.flatMap(\.lines).count + note.sections.compactMap(\.heading).count + 1 == all.count)
    }
}
