import Foundation

/// The few words delivery itself writes into messages. Kept here rather than in XuexiCore's string table so
/// that this target depends on nothing of the domain.
enum Labels {
    static func partMarker(_ index: Int, of count: Int, _ language: NotifyLanguage) -> String {
        switch language {
        case .zh: return "（\(index)/\(count)）"
        case .en: return " (\(index)/\(count))"
        }
    }

    static func continued(_ language: NotifyLanguage) -> String {
        switch language {
        case .zh: return "（续）"
        case .en: return " (cont.)"
        }
    }

    /// WeCom markdown cannot mention by mobile, so mentions follow as one short text message.
    static func mentionLine(title: String, _ language: NotifyLanguage) -> String {
        switch language {
        case .zh: return "请以下同志关注「\(title)」"
        case .en: return "Please see \"\(title)\""
        }
    }
}

/// What a platform's answer most likely means, for the common mistakes in a robot's set-up.
public enum NotifyHint: String, Sendable, Equatable, CaseIterable {
    case invalidKey
    case ipNotWhitelisted
    case keywordMissing
    case signatureMismatch
    case rateLimited

    public func text(_ language: NotifyLanguage) -> String {
        let (zh, en) = Self.texts[self] ?? ("", "")
        return language == .zh ? zh : en
    }

    private static let texts: [NotifyHint: (String, String)] = [
        .invalidKey: (
            "webhook 地址或其中的 key/token 无效：请从群机器人设置中重新复制",
            "the webhook URL or its key/token is invalid: copy it again from the robot's settings"
        ),
        .ipNotWhitelisted: (
            "本机 IP 不在白名单内：请在机器人的安全设置中添加",
            "this machine's IP is not whitelisted: add it in the robot's security settings"
        ),
        .keywordMissing: (
            "消息不含自定义关键词：请在机器人的安全设置中添加（如「学习」）",
            "the message lacks the robot's keyword: add it in the robot's security settings"
        ),
        .signatureMismatch: (
            "签名不符：请核对加签密钥（secret）和本机时间",
            "signature mismatch: check the signing secret and this machine's clock"
        ),
        .rateLimited: (
            "发送过于频繁（每个机器人每分钟最多 20 条）：请稍后再试",
            "sending too fast (at most 20 messages a minute per robot): try again later"
        ),
    ]
}

/// Why a delivery (or a part of it) failed. `line(_:)` gives the one-line reason a command prints.
public enum NotifyError: Error, Sendable, Equatable {
    /// Plain `http://` to a host that is not loopback: the key would travel in clear.
    case insecureURL(String)
    case lineTooLong(String)
    /// A non-zero `errcode` / `code` from the platform, with its own message.
    case platform(code: Int, message: String, hint: NotifyHint?)
    case httpStatus(Int, String)
    case connection(String)
    case timedOut(Double)
    case invalidResponse(String)

    public func line(_ language: NotifyLanguage) -> String {
        let zh = language == .zh
        let text: String
        switch self {
        case .insecureURL(let host):
            text = zh ? "拒绝明文 http 地址（\(host)）：请使用 https" : "refusing plain http to \(host): use https"
        case .lineTooLong(let line):
            let start = String(line.prefix(24))
            text = zh ? "单行超出平台长度上限：\(start)…" : "one line is longer than the platform allows: \(start)…"
        case .platform(let code, let message, let hint):
            let base = zh ? "平台返回错误 \(code)：\(message)" : "platform error \(code): \(message)"
            text = hint.map { base + (zh ? "；" : "; ") + $0.text(language) } ?? base
        case .httpStatus(let status, let snippet):
            text = (zh ? "HTTP 状态 \(status)" : "HTTP status \(status)") + (snippet.isEmpty ? "" : ": \(snippet)")
        case .connection(let reason):
            text = (zh ? "无法连接：" : "cannot connect: ") + reason
        case .timedOut(let seconds):
            let shown = String(format: "%.0f", seconds)
            text = zh ? "请求超时（\(shown) 秒）" : "request timed out after \(shown) s"
        case .invalidResponse(let snippet):
            text = (zh ? "无法识别的应答：" : "unrecognised answer: ") + snippet
        }
        // One line whatever the platform put in its message.
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// The platform's code, when the failure came from one.
    public var platformCode: Int? {
        if case .platform(let code, _, _) = self { return code }
        return nil
    }
}
