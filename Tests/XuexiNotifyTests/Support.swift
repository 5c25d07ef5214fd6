import Crypto
import Foundation

@testable import XuexiNotify

/// Answers in the robots' own words, checking signatures the way the platforms do, with the secret configured
/// on the mock. `script` answers the requests by arrival order; requests beyond it succeed.
enum RobotMock {
    static let weComOK = #"{"errcode":0,"errmsg":"ok"}"#
    static let weComRateLimited = #"{"errcode":45009,"errmsg":"api freq out of limit"}"#
    static let weComBadKey = #"{"errcode":93000,"errmsg":"invalid webhook url, hint: [1700000000_1_abc]"}"#
    static let dingTalkOK = #"{"errcode":0,"errmsg":"ok"}"#
    static let dingTalkBadSign = #"{"errcode":310000,"errmsg":"sign not match, more: [https://ding-doc.dingtalk.com]"}"#
    static let dingTalkBadToken = #"{"errcode":300001,"errmsg":"token is not exist"}"#
    static let feishuOK = #"{"code":0,"data":{},"msg":"success"}"#
    static let feishuBadSign =
        #"{"code":19021,"data":{},"msg":"sign match fail or timestamp is not within one hour from current time"}"#

    static func weCom(_ script: [Int: MockAnswer] = [:]) -> MockHTTPServer.Handler {
        { _, index in script[index] ?? .json(weComOK) }
    }

    static func dingTalk(secret: String?, _ script: [Int: MockAnswer] = [:]) -> MockHTTPServer.Handler {
        { request, index in
            if let secret {
                let query = request.query
                guard let stamp = query["timestamp"], let millis = Int64(stamp), let sign = query["sign"],
                    abs(Double(millis) / 1000 - Date().timeIntervalSince1970) < 3600,
                    sign == hmacBase64(key: secret, message: "\(millis)\n\(secret)")
                else { return .json(dingTalkBadSign) }
            }
            return script[index] ?? .json(dingTalkOK)
        }
    }

    static func feishu(secret: String?, _ script: [Int: MockAnswer] = [:]) -> MockHTTPServer.Handler {
        { request, index in
            if let secret {
                guard let json = request.json, let stamp = json["timestamp"] as? String, let seconds = Int64(stamp),
                    let sign = json["sign"] as? String,
                    abs(Double(seconds) - Date().timeIntervalSince1970) < 3600,
                    sign == hmacBase64(key: "\(seconds)\n\(secret)", message: "")
                else { return .json(feishuBadSign) }
            }
            return script[index] ?? .json(feishuOK)
        }
    }

    /// Independent of the code under test: straight swift-crypto, as a robot's server would compute it.
    static func hmacBase64(key: String, message: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(message.utf8), using: SymmetricKey(data: Data(key.utf8)))
        return Data(mac).base64EncodedString()
    }
}

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
