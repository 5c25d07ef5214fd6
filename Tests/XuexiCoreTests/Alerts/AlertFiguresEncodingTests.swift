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
