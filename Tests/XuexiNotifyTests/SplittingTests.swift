import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiNotify

@Suite struct SplittingTests {
    private let url = URL(string: "https://robot.example/webhook/send?key=K")!

    @Test func weComMarkdownPartsStayWithinFourKilobytesAndCarryEveryLine() throws {
        let note = Fixtures.bigNote()
        let messages = try MessageBuilder.messages(for: note, target: Fixtures.target(.wecom, url), language: .zh)
        #expect(messages.count > 2)
        for message in messages {
            let content = try #require(message.body["markdown"]?["content"]?.stringValue)
            #expect(content.utf8.count <= 4096)
            #expect(content.utf8.count == message.measuredBytes)
            #expect(content.hasPrefix("# \(note.title)（\(message.part)/\(messages.count)）\n"))
        }
        #expect(Fixtures.carriedLines(messages) == note.sections.flatMap(\.lines))
        // Section boundaries: no section that fits a part alone is cut between two parts.
        for message in messages {
            let content = message.body["markdown"]?["content"]?.stringValue ?? ""
            #expect(!content.contains("（续）"))
        }
    }

    @Test func aSectionTooBigForOnePartIsSplitBetweenLinesWithItsHeadingRepeated() throws {
        let note = Fixtures.bigNote(sections: 1, linesPerSection: 200)
        let messages = try MessageBuilder.messages(for: note, target: Fixtures.target(.wecom, url), language: .zh)
        #expect(messages.count >= 3)
        for (offset, message) in messages.enumerated() {
            let content = try #require(message.body["markdown"]?["content"]?.stringValue)
            #expect(content.utf8.count <= 4096)
            #expect(
                content.contains(
                    offset == 0
                        ? "### <font color=\"warning\">第1党支部（200人）</font>\n"
                        : "第1党支部（200人）（续）"))
        }
        #expect(Fixtures.carriedLines(messages) == note.sections[0].lines)
    }

    @Test func aNoteThatFitsIsOneMessageWithoutMarker() throws {
        let messages = try MessageBuilder.messages(
            for: Fixtures.smallNote, target: Fixtures.target(.wecom, url), language: .zh)
        #expect(messages.count == 1)
        let content = messages[0].body["markdown"]?["content"]?.stringValue ?? ""
        #expect(content.hasPrefix("# 每日一督\n"))
        #expect(!content.contains("（1/1）"))
    }

    @Test func theMarkerWidensPastNineParts() throws {
        var target = Fixtures.target(.wecom, url)
        target.maxBytes = 700
        let note = Fixtures.bigNote(sections: 6, linesPerSection: 12)
        let messages = try MessageBuilder.messages(for: note, target: target, language: .en)
        #expect(messages.count >= 10)
        for message in messages {
            let content = message.body["markdown"]?["content"]?.stringValue ?? ""
            #expect(content.utf8.count <= 700)
            #expect(content.hasPrefix("# \(note.title) (\(message.part)/\(messages.count))\n"))
        }
        #expect(Fixtures.carriedLines(messages) == note.sections.flatMap(\.lines))
    }

    @Test func weComTextPartsCountTheirMentionsAndOnlyTheLastMentions() throws {
        var target = Fixtures.target(.wecom, url)
        target.wecomFormat = .text
        let mobiles = ["13800000001", "13800000002", "13800000003"]
        let note = Fixtures.bigNote(sections: 3, linesPerSection: 25, mentions: mobiles)
        let messages = try MessageBuilder.messages(for: note, target: target, language: .zh)
        #expect(messages.count > 1)
        for (offset, message) in messages.enumerated() {
            let text = try #require(message.body["text"])
            #expect((text["content"]?.stringValue ?? "").utf8.count <= 2048)
            let listed = text["mentioned_mobile_list"]
            #expect((listed != nil) == (offset == messages.count - 1))
        }
        #expect(messages.last?.body["text"]?["mentioned_mobile_list"] == .array(mobiles.map(JSONValue.string)))
        #expect(Fixtures.carriedLines(messages) == note.sections.flatMap(\.lines))
    }

    @Test func weComMarkdownMentionsFollowAsOneTextMessage() throws {
        let note = Fixtures.bigNote(sections: 2, linesPerSection: 5, mentions: ["13900000009"])
        let messages = try MessageBuilder.messages(for: note, target: Fixtures.target(.wecom, url), language: .zh)
        #expect(messages.map(\.kind) == [.part, .mentions])
        #expect(messages[1].body["msgtype"] == .string("text"))
        #expect(messages[1].body["text"]?["mentioned_mobile_list"] == .array([.string("13900000009")]))
        #expect(messages.map(\.sequence) == [1, 2])
    }

    @Test func dingTalkPartsIncludeTheirMentionTextWithinTheLimit() throws {
        var target = Fixtures.target(.dingtalk, url)
        target.maxBytes = 3000
        let mobiles = ["13700000001", "13700000002"]
        let note = Fixtures.bigNote(sections: 4, linesPerSection: 15, mentions: mobiles)
        let messages = try MessageBuilder.messages(for: note, target: target, language: .zh)
        #expect(messages.count > 1)
        for message in messages {
            #expect(message.body.encoded().count <= 3000)
            let title = message.body["markdown"]?["title"]?.stringValue ?? ""
            #expect(title.hasSuffix("（\(message.part)/\(messages.count)）"))
        }
        let last = try #require(messages.last?.body)
        #expect(last["markdown"]?["text"]?.stringValue?.hasSuffix("@13700000001 @13700000002") == true)
        #expect(last["at"]?["atMobiles"] == .array(mobiles.map(JSONValue.string)))
        #expect(messages.first?.body["at"] == nil)
    }

    @Test func signedFeishuBodiesStayWithinTheLimitSignatureIncluded() throws {
        var target = Fixtures.target(.feishu, url, secret: "s3cret")
        target.maxBytes = 2500
        let note = Fixtures.bigNote(sections: 3, linesPerSection: 20, mentions: ["13600000000"])
        let messages = try MessageBuilder.messages(for: note, target: target, language: .zh)
        #expect(messages.count > 1)
        for message in messages {
            let request = MessageBuilder.request(for: message, target: target, at: Date())
            #expect(request.body.count <= 2500)
            #expect(request.bodyText.contains("\"sign\":"))
        }
        #expect(Fixtures.carriedLines(messages) == note.sections.flatMap(\.lines))
        // Feishu custom robots cannot @ by mobile, so the numbers are left out rather than shown.
        #expect(!messages.contains { String(decoding: $0.body.encoded(), as: UTF8.self).contains("13600000000") })
    }

    @Test func aLineLongerThanAnyMessageIsRefusedNotCut() throws {
        var target = Fixtures.target(.wecom, url)
        target.maxBytes = 200
        let note = NoteDocument(title: "t", sections: [NoteSection(lines: [String(repeating: "学", count: 100)])])
        #expect(throws: NotifyError.self) {
            _ = try MessageBuilder.messages(for: note, target: target, language: .zh)
        }
    }
}
