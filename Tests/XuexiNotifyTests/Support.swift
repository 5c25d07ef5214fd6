import Foundation
import XuexiTestSupport

@testable import XuexiNotify

/// Virtual time: sleeping advances it at once, so a minute of pacing takes no real time.
final class VirtualClock: NotifyClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_700_000_000)
    private var slept: [Double] = []

    func now() -> Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func sleep(seconds: Double) async throws {
        lock.withLock {
            current += seconds
            slept.append(seconds)
        }
    }

    var sleeps: [Double] {
        lock.lock()
        defer { lock.unlock() }
        return slept
    }
}

enum Fixtures {
    /// A village-sized daily note in Chinese, well over WeCom's 4,096 bytes (each line ~60 bytes).
    static func bigNote(sections: Int = 8, linesPerSection: Int = 20, mentions: [String] = []) -> NoteDocument {
        NoteDocument(
            title: "学习强国每日一督 · 幸福街道 · 2025年3月14日",
            sections: (1...sections).map { section in
                NoteSection(
                    heading: "第\(section)党支部（\(linesPerSection)人）",
                    lines: (1...linesPerSection).map { line in
                        "\(line). 张学习\(section)-\(line)：今日 \(30 + line) 分，累计 \(12_000 + line * 7) 分，较昨日 +\(line)"
                    },
                    tone: section == 1 ? .warning : .plain)
            },
            mentionMobiles: mentions)
    }

    static let smallNote = NoteDocument(
        title: "每日一督",
        sections: [
            NoteSection(heading: "概况", lines: ["参学 120 人，未学 8 人"], tone: .info),
            NoteSection(lines: ["当日学霸：李明（58 分）"]),
        ])

    static func target(_ platform: RobotPlatform, _ url: URL, secret: String? = nil) -> RobotTarget {
        RobotTarget(name: "test-\(platform.rawValue)", platform: platform, url: url, secret: secret)
    }

    /// Every line of the note, in order, as the messages carry them.
    static func carriedLines(_ messages: [OutgoingMessage]) -> [String] { messages.flatMap(\.lines) }
}
