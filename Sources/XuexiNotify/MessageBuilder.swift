import Foundation

/// One message to post, before signing (signatures carry the time of the attempt, so they are added per attempt).
public struct OutgoingMessage: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// A part of the note ("（2/3）").
        case part
        /// WeCom markdown's follow-up text message that carries the @-mentions.
        case mentions
    }

    /// 1-based position in sending order, counting the mentions message too: the key for "already delivered".
    public var sequence: Int
    public var kind: Kind
    /// The note part this message carries (1-based) and how many parts the note has.
    public var part: Int
    public var parts: Int
    public var body: JSONValue
    /// The bytes the platform counts against its limit, and that limit.
    public var measuredBytes: Int
    public var limit: Int
    /// The note's lines this message carries, headings excluded: lets tests and logs check nothing was lost.
    public var lines: [String]
}

/// A request exactly as it would be sent. `redactedURL` hides the robot's key and the signature, for printing.
public struct PreparedRequest: Sendable, Equatable {
    public var sequence: Int
    public var url: URL
    public var redactedURL: String
    public var body: Data

    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}

public enum MessageBuilder {
    /// Renders and splits a note for a target. Throws only when a single line cannot fit any message.
    public static func messages(
        for note: NoteDocument, target: RobotTarget, language: NotifyLanguage
    ) throws -> [OutgoingMessage] {
        var note = note
        // Feishu custom robots can @ only by open_id, which a note's mobiles are not.
        if target.platform == .feishu { note.mentionMobiles = [] }
        let format = self.format(for: target)
        let markdownMentions = target.platform == .wecom && target.wecomFormat == .markdown
        var splitNote = note
        if markdownMentions { splitNote.mentionMobiles = [] }
        let parts = try NoteSplitter.split(splitNote, language: language) { format.fits($0, language) }
        var messages = parts.enumerated().map { offset, part in
            let body = format.body(for: part, language: language)
            return OutgoingMessage(
                sequence: offset + 1, kind: .part, part: part.index, parts: part.count, body: body,
                measuredBytes: format.measuredBytes(of: body), limit: format.limit,
                lines: part.blocks.flatMap(\.lines))
        }
        if markdownMentions && !note.mentionMobiles.isEmpty {
            let body = WeComTextFormat.mentions(note.mentionMobiles, title: note.title, language)
            let text = WeComTextFormat()
            messages.append(
                OutgoingMessage(
                    sequence: messages.count + 1, kind: .mentions, part: parts.count, parts: parts.count,
                    body: body, measuredBytes: text.measuredBytes(of: body), limit: text.limit, lines: []))
        }
        return messages
    }

    /// The request for one attempt at `date`: DingTalk signs in the URL, Feishu in the body.
    public static func request(for message: OutgoingMessage, target: RobotTarget, at date: Date) -> PreparedRequest {
        var url = target.url
        var body = message.body
        if let secret = target.secret, !secret.isEmpty {
            switch target.platform {
            case .dingtalk:
                let millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
                url = DingTalkSigner.signedURL(url, secret: secret, timestampMillis: millis)
            case .feishu:
                let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
                body = body.merging(FeishuSigner.fields(secret: secret, timestamp: seconds))
            case .wecom, .webhook:
                break
            }
        }
        return PreparedRequest(
            sequence: message.sequence, url: url, redactedURL: URLPolicy.redacted(url), body: body.encoded())
    }

    static func format(for target: RobotTarget) -> any MessageFormat {
        let signed = !(target.secret ?? "").isEmpty
        switch target.platform {
        case .wecom where target.wecomFormat == .text:
            return WeComTextFormat(limit: target.maxBytes ?? 2048)
        case .wecom:
            return WeComMarkdownFormat(limit: target.maxBytes ?? 4096)
        case .dingtalk:
            return DingTalkMarkdownFormat(limit: target.maxBytes ?? 20_000)
        case .feishu:
            return FeishuPostFormat(limit: target.maxBytes ?? 20_000, signed: signed)
        case .webhook:
            return GenericWebhookFormat(limit: target.maxBytes ?? 65_536)
        }
    }
}

/// Which URLs may be posted to, and how they are shown.
public enum URLPolicy {
    /// https anywhere; plain http only to loopback, which is what the tests' mock robots listen on.
    public static func check(_ url: URL) throws {
        let scheme = url.scheme?.lowercased() ?? ""
        let host = url.host ?? ""
        if scheme == "https" && !host.isEmpty { return }
        if scheme == "http" && isLoopback(host) { return }
        throw NotifyError.insecureURL(host.isEmpty ? url.absoluteString : host)
    }

    public static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if bare == "localhost" || bare == "::1" || bare == "0:0:0:0:0:0:0:1" { return true }
        let octets = bare.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) else { return false }
        return octets[0] == "127"
    }

    /// Query values (WeCom `key`, DingTalk `access_token`, `sign`) and the path segment after `/hook/` (Feishu's
    /// token) replaced by `***`: these are what let anyone post to the group.
    public static func redacted(_ url: URL) -> String {
        let text = url.absoluteString
        let parts = text.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var path = String(parts[0])
        if let range = path.range(of: "/hook/") {
            let after = path[range.upperBound...]
            let rest = after.firstIndex(of: "/").map { String(after[$0...]) } ?? ""
            path = String(path[..<range.upperBound]) + "***" + rest
        }
        guard parts.count == 2 else { return path }
        let query = parts[1].split(separator: "&").map { pair -> String in
            let name = pair.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            return name == "timestamp" ? String(pair) : name + "=***"
        }
        return path + "?" + query.joined(separator: "&")
    }
}
