import Foundation

/// One platform's message shape and the size rule its documentation gives.
protocol MessageFormat: Sendable {
    /// The largest accepted value of `measuredBytes`, in UTF-8 bytes.
    var limit: Int { get }
    func body(for part: NotePart, language: NotifyLanguage) -> JSONValue
    /// The bytes the platform counts against `limit`: a field for WeCom, the whole request for the others.
    func measuredBytes(of body: JSONValue) -> Int
}

extension MessageFormat {
    func fits(_ part: NotePart, _ language: NotifyLanguage) -> Bool {
        measuredBytes(of: body(for: part, language: language)) <= limit
    }
}

/// WeCom `markdown`: `content` at most 4,096 bytes. Its markdown has headings, bold, quotes, links and three
/// font colours but no lists or tables, so the note's lines are written as they are, one per line.
struct WeComMarkdownFormat: MessageFormat {
    var limit = 4096

    func body(for part: NotePart, language: NotifyLanguage) -> JSONValue {
        var lines = ["# " + part.displayTitle(language)]
        for block in part.blocks {
            if let heading = part.heading(of: block, language) {
                lines.append("")
                lines.append("### " + coloured(heading, block.tone))
            }
            lines.append(contentsOf: block.lines)
        }
        return .object([
            "msgtype": .string("markdown"),
            "markdown": .object(["content": .string(lines.joined(separator: "\n"))]),
        ])
    }

    func measuredBytes(of body: JSONValue) -> Int {
        body["markdown"]?["content"]?.stringValue?.utf8.count ?? 0
    }

    private func coloured(_ heading: String, _ tone: NoteTone) -> String {
        tone == .plain ? heading : "<font color=\"\(tone.rawValue)\">\(heading)</font>"
    }
}

/// WeCom `text`: `content` at most 2,048 bytes; the only WeCom message that can @ by mobile.
struct WeComTextFormat: MessageFormat {
    var limit = 2048

    func body(for part: NotePart, language: NotifyLanguage) -> JSONValue {
        var text: [String: JSONValue] = ["content": .string(PlainText.render(part, language))]
        if !part.mentionMobiles.isEmpty {
            text["mentioned_mobile_list"] = .array(part.mentionMobiles.map(JSONValue.string))
        }
        return .object(["msgtype": .string("text"), "text": .object(text)])
    }

    func measuredBytes(of body: JSONValue) -> Int {
        body["text"]?["content"]?.stringValue?.utf8.count ?? 0
    }

    /// The message that carries a markdown note's mentions, since WeCom markdown cannot carry them.
    static func mentions(_ mobiles: [String], title: String, _ language: NotifyLanguage) -> JSONValue {
        .object([
            "msgtype": .string("text"),
            "text": .object([
                "content": .string(Labels.mentionLine(title: title, language)),
                "mentioned_mobile_list": .array(mobiles.map(JSONValue.string)),
            ]),
        ])
    }
}

/// DingTalk `markdown` with `title` (the notification preview) and `text`. DingTalk shows an @ only when the
/// text itself contains "@mobile" as well as `at.atMobiles` listing it. Its markdown joins single newlines,
/// hence the blank line between lines. The documentation gives no byte limit for markdown; 20,000 bytes of
/// request is the conservative figure used for all JSON robots here.
struct DingTalkMarkdownFormat: MessageFormat {
    var limit = 20_000

    func body(for part: NotePart, language: NotifyLanguage) -> JSONValue {
        var lines = ["### " + part.displayTitle(language)]
        for block in part.blocks {
            if let heading = part.heading(of: block, language) { lines.append("#### " + heading) }
            lines.append(contentsOf: block.lines)
        }
        var fields: [String: JSONValue] = ["msgtype": .string("markdown")]
        if !part.mentionMobiles.isEmpty {
            lines.append(part.mentionMobiles.map { "@" + $0 }.joined(separator: " "))
            fields["at"] = .object([
                "atMobiles": .array(part.mentionMobiles.map(JSONValue.string)), "isAtAll": .bool(false),
            ])
        }
        fields["markdown"] = .object([
            "title": .string(part.displayTitle(language)),
            "text": .string(lines.joined(separator: "\n\n")),
        ])
        return .object(fields)
    }

    func measuredBytes(of body: JSONValue) -> Int { body.encoded().count }
}

/// Feishu / Lark `post` rich text in `zh_cn`, one paragraph per line. The request may be at most 20 KB, signature
/// fields included, so a signed robot is measured with a stand-in signature of the real length.
struct FeishuPostFormat: MessageFormat {
    var limit = 20_000
    var signed = false

    func body(for part: NotePart, language: NotifyLanguage) -> JSONValue {
        var rows: [JSONValue] = []
        for block in part.blocks {
            if let heading = part.heading(of: block, language) { rows.append(row("【\(heading)】")) }
            rows.append(contentsOf: block.lines.map(row))
        }
        let post: JSONValue = .object([
            "zh_cn": .object(["title": .string(part.displayTitle(language)), "content": .array(rows)])
        ])
        return .object(["msg_type": .string("post"), "content": .object(["post": post])])
    }

    func measuredBytes(of body: JSONValue) -> Int {
        guard signed else { return body.encoded().count }
        let stand = FeishuSigner.fields(secret: "", timestamp: 4_102_444_800)
        return body.merging(stand).encoded().count
    }

    private func row(_ text: String) -> JSONValue {
        .array([.object(["tag": .string("text"), "text": .string(text)])])
    }
}

/// The generic webhook body, for anything that takes JSON (a relay, a home-made bot):
/// `{"source":"xuexi-dash","title":…,"display_title":…,"part":1,"parts":3,
///   "sections":[{"heading":…,"continued":false,"lines":[…]}],"mentions":[…],"text":…}`
/// where `heading` is absent for a section without one and `text` is the part as plain text.
struct GenericWebhookFormat: MessageFormat {
    var limit = 65_536

    func body(for part: NotePart, language: NotifyLanguage) -> JSONValue {
        let sections: [JSONValue] = part.blocks.map { block in
            var fields: [String: JSONValue] = [
                "continued": .bool(block.continued), "lines": .array(block.lines.map(JSONValue.string)),
            ]
            if let heading = block.heading { fields["heading"] = .string(heading) }
            return .object(fields)
        }
        return .object([
            "source": .string("xuexi-dash"),
            "title": .string(part.title),
            "display_title": .string(part.displayTitle(language)),
            "part": .int(part.index),
            "parts": .int(part.count),
            "sections": .array(sections),
            "mentions": .array(part.mentionMobiles.map(JSONValue.string)),
            "text": .string(PlainText.render(part, language)),
        ])
    }

    func measuredBytes(of body: JSONValue) -> Int { body.encoded().count }
}

/// A part as plain lines: the title, then each heading in 【】 and its lines.
enum PlainText {
    static func render(_ part: NotePart, _ language: NotifyLanguage) -> String {
        var lines = [part.displayTitle(language)]
        for block in part.blocks {
            if let heading = part.heading(of: block, language) { lines.append("【\(heading)】") }
            lines.append(contentsOf: block.lines)
        }
        return lines.joined(separator: "\n")
    }
}
