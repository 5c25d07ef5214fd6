import Foundation
import Testing

@testable import XuexiCore

/// The stored figures of inactive learners are written by hand for speed; they must be the
/// very text JSONEncoder writes, so the same condition keeps writing the same text.
@Suite("Alert figures encoding")
struct AlertFiguresEncodingTests {
    func learner(_ id: String, name: String, days: Int = 12, mentor: String? = nil, mentorName: String? = nil)
        -> InactiveLearner
    {
        InactiveLearner(
            learnerId: id, name: name, orgCode: "G/1", orgName: "第一\"党\\支部/", inactiveDays: days, mentorId: mentor,
            mentorName: mentorName)
    }

    func jsonEncoderText(_ figures: AlertFigures) throws -> String {
        String(decoding: try AlertEngine.figuresEncoder().encode(figures), as: UTF8.self)
    }

    @Test func inactiveLearnersMatchJSONEncoderByteForByte() throws {
        // Every ASCII character, including each control character, plus CJK and emoji.
        let ascii = String(String.UnicodeScalarView((0..<128).compactMap(Unicode.Scalar.init)))
        var figures = AlertFigures()
        figures.day = "2026-11-20"
        figures.inactiveDays = 3
        figures.members = [
            AlertMember(orgCode: "P1", orgName: "支部", depth: 2, orgType: nil, figures: AlertFigures())
        ]
        figures.learners =
            [
                learner("L1", name: ascii),
                learner("L2", name: "张三 🇨🇳 \u{2028}\u{7F}", mentor: "L9", mentorName: "李四"),
                learner("L3", name: "", mentor: "", mentorName: nil),
            ] + [0, 3, 9, 10, 99, 100, 999, 1000, 123_456].map { learner("D\($0)", name: "王五", days: $0) }
        let fast = try AlertEngine.encode(figures)
        #expect(fast == (try jsonEncoderText(figures)))
        let decoded = try JSONDecoder().decode(AlertFigures.self, from: Data(fast.utf8))
        #expect(decoded == figures)
    }

    @Test func figuresWithoutLearnersAreJSONEncoders() throws {
        var figures = AlertFigures()
        figures.rate = 0.7
        #expect(try AlertEngine.encode(figures) == (try jsonEncoderText(figures)))
        figures.learners = []
        #expect(try AlertEngine.encode(figures) == (try jsonEncoderText(figures)))
    }
}

/// The whole figures, members included, are written by hand too (a city's org alerts list
/// thousands of member units): every field and many rates must come out as JSONEncoder's.
@Suite("Alert figures encoding, every field")
struct AlertFiguresEveryFieldEncodingTests {
    func jsonEncoderText(_ figures: AlertFigures) throws -> String {
        String(decoding: try AlertEngine.figuresEncoder().encode(figures), as: UTF8.self)
    }

    func everyField(_ rate: Double) -> AlertFigures {
        var figures = AlertFigures()
        figures.day = "2026-11-20"
        figures.rate = rate
        figures.threshold = 0.4
        figures.active = 23_455
        figures.registered = 66
        figures.expected = 0
        figures.referenceMean = 1 - rate
        figures.referenceDays = 7
        figures.drop = rate / 3
        figures.inactiveDays = 3
        figures.learners = [
            InactiveLearner(
                learnerId: "L1", name: "张\"三\\", orgCode: "G/1", orgName: "支部", inactiveDays: 1_234, mentorId: "M",
                mentorName: "李四")
        ]
        figures.learnerId = "L2\n"
        figures.learnerName = "王五"
        figures.lastDataDay = "2026-11-19"
        figures.requiredDay = "2026-11-20"
        figures.missingDay = true
        figures.lastImportAt = "2026-11-20T08:00:00Z"
        figures.hoursSinceImport = 49
        figures.storeUnchanged = false
        figures.limitHours = 48
        figures.shortfall = -3
        figures.holdsItself = false
        figures.childCount = 10
        figures.childrenHolding = 7
        figures.childType = "党支部"
        figures.provisional = true
        figures.importId = 9_000_000_000
        figures.file = "a/b.csv"
        figures.anomalyCount = 793
        return figures
    }

    @Test func everyFieldMatchesJSONEncoderByteForByte() throws {
        var random = SeededRandom(seed: 12)
        var rates: [Double] = [0, 1, 0.5, 0.1, 0.7, 1.0 / 3, 2.0 / 3, 12, 100, 0.015, 0.3621212121212121]
        for _ in 0..<2_000 {
            let total = Int.random(in: 1...5_000, using: &random)
            rates.append(Double(Int.random(in: 0...total, using: &random)) / Double(total))
        }
        for rate in rates {
            var figures = everyField(rate)
            var member = everyField(1 - rate)
            member.members = [AlertMember(orgCode: "G1", orgName: "组", depth: 4, orgType: nil, figures: AlertFigures())]
            figures.members = [
                AlertMember(orgCode: "P1", orgName: "第一\"党支部", depth: 3, orgType: "党支部", figures: member)
            ]
            let text = try AlertEngine.encode(figures)
            #expect(text == (try jsonEncoderText(figures)), "rate \(rate)")
            #expect(try JSONDecoder().decode(AlertFigures.self, from: Data(text.utf8)) == figures)
        }
    }

    @Test func whatTheWriterLeavesToJSONEncoderComesOutTheSame() throws {
        // Exponent forms and anomaly rows are JSONEncoder's own.
        for rate in [1e-7, 1e21, 5e-324] {
            let figures = everyField(rate)
            #expect(try AlertEngine.encode(figures) == (try jsonEncoderText(figures)), "rate \(rate)")
        }
        var figures = everyField(0.5)
        figures.anomalies = [
            AlertAnomaly(
                kind: .overDailyMaximum, value: 90, reference: 45, importId: 3, file: "x.csv", learnerId: "L1",
                learnerName: "张三")
        ]
        #expect(try AlertEngine.encode(figures) == (try jsonEncoderText(figures)))
        #expect(try AlertEngine.encode(AlertFigures()) == (try jsonEncoderText(AlertFigures())))
    }
}
