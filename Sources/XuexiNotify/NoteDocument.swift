import Foundation

/// A note already rendered for people: a title and titled sections of lines. Delivery never reflows a line,
/// so whoever renders the note decides what a line says; this target only decides where parts begin.
public struct NoteDocument: Sendable, Equatable {
    public var title: String
    public var sections: [NoteSection]
    /// Mobile numbers to @-mention (lagging units' mentors or secretaries). WeCom and DingTalk robots can mention
    /// by mobile; Feishu custom robots cannot (their `at` needs an open_id), so Feishu messages leave them out.
    public var mentionMobiles: [String]

    public init(title: String, sections: [NoteSection], mentionMobiles: [String] = []) {
        self.title = title
        self.sections = sections
        self.mentionMobiles = mentionMobiles
    }
}

public struct NoteSection: Sendable, Equatable {
    public var heading: String?
    public var lines: [String]
    /// How the heading is coloured where the platform can colour (WeCom markdown's `<font color>`).
    public var tone: NoteTone

    public init(heading: String? = nil, lines: [String], tone: NoteTone = .plain) {
        self.heading = heading
        self.lines = lines
        self.tone = tone
    }
}

/// The three colours WeCom markdown offers, named for what they mean rather than their hue.
public enum NoteTone: String, Sendable, Equatable {
    case plain
    case info  // green
    case comment  // grey
    case warning  // orange-red
}

/// Language of the part markers, continuation labels, mention lines and error hints.
public enum NotifyLanguage: String, Sendable, Equatable, CaseIterable {
    case zh
    case en
}

/// The kinds of robot a target can be.
public enum RobotPlatform: String, Sendable, Equatable, CaseIterable {
    case wecom
    case dingtalk
    case feishu
    case webhook
}

/// WeCom offers both; markdown reads better, text is the only one that can @ by mobile.
public enum WeComFormat: String, Sendable, Equatable {
    case markdown
    case text
}

/// One robot to post to. The URL carries the robot's key, so it is secret too: it is never printed unredacted.
public struct RobotTarget: Sendable, Equatable {
    public var name: String
    public var platform: RobotPlatform
    public var url: URL
    /// DingTalk / Feishu signing secret, when the robot's security settings have "加签" on.
    public var secret: String?
    public var wecomFormat: WeComFormat
    /// Overrides the platform's size limit (tests use small limits; a generic webhook may accept more).
    public var maxBytes: Int?

    public init(
        name: String, platform: RobotPlatform, url: URL, secret: String? = nil,
        wecomFormat: WeComFormat = .markdown, maxBytes: Int? = nil
    ) {
        self.name = name
        self.platform = platform
        self.url = url
        self.secret = secret
        self.wecomFormat = wecomFormat
        self.maxBytes = maxBytes
    }
}
