import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What one attempt came to, and whether trying again could help.
enum AttemptOutcome: Sendable, Equatable {
    case delivered
    case retry(NotifyError, rateLimited: Bool)
    case fail(NotifyError)
}

/// Reads the platforms' answers. Rate-limit codes: WeCom 45009 ("api freq out of limit"), DingTalk 130101
/// ("send too fast"), Feishu 11232 (its custom-robot guide names it for 100/min, 5/s overload), and HTTP 429.
enum ResponseReader {
    static let rateLimitCodes: [RobotPlatform: Set<Int>] = [
        .wecom: [45009], .dingtalk: [130101], .feishu: [11232], .webhook: [],
    ]

    static func classify(platform: RobotPlatform, status: Int, body: Data) -> AttemptOutcome {
        // A generic webhook's JSON is its own business (a relay may well answer {"code":200}): status only.
        let (code, message) = platform == .webhook ? (nil, nil) : codeAndMessage(JSONValue.parse(body))
        if status == 429 {
            let error = NotifyError.platform(code: code ?? 429, message: message ?? "HTTP 429", hint: .rateLimited)
            return .retry(error, rateLimited: true)
        }
        if let code, code != 0 {
            let error = NotifyError.platform(
                code: code, message: message ?? "", hint: hint(platform: platform, code: code, message: message ?? ""))
            if rateLimitCodes[platform, default: []].contains(code) { return .retry(error, rateLimited: true) }
            if status >= 500 { return .retry(error, rateLimited: false) }
            return .fail(error)
        }
        if status >= 500 { return .retry(.httpStatus(status, snippet(body)), rateLimited: false) }
        guard (200..<300).contains(status) else { return .fail(.httpStatus(status, snippet(body))) }
        // A robot always answers with a code. A 2xx without one came from something else (a captive portal, a
        // proxy) and may or may not have posted: failing without a retry is the way that cannot post twice.
        if platform != .webhook && code == nil { return .fail(.invalidResponse(snippet(body))) }
        return .delivered
    }

    /// WeCom and DingTalk answer `errcode`/`errmsg`; Feishu `code`/`msg`, or `StatusCode`/`StatusMessage` on
    /// its older endpoint.
    static func codeAndMessage(_ json: JSONValue?) -> (Int?, String?) {
        guard let json else { return (nil, nil) }
        for (codeKey, messageKey) in [("errcode", "errmsg"), ("code", "msg"), ("StatusCode", "StatusMessage")] {
            if let code = json[codeKey]?.intValue { return (code, json[messageKey]?.stringValue) }
        }
        return (nil, nil)
    }

    static func hint(platform: RobotPlatform, code: Int, message: String) -> NotifyHint? {
        let lower = message.lowercased()
        switch (platform, code) {
        case (.wecom, 93000), (.dingtalk, 300001), (.dingtalk, 300005), (.feishu, 19001): return .invalidKey
        case (.wecom, 60020), (.feishu, 19022): return .ipNotWhitelisted
        case (.feishu, 19021): return .signatureMismatch
        case (.feishu, 19024): return .keywordMissing
        case (.wecom, 45009), (.dingtalk, 130101), (.feishu, 11232): return .rateLimited
        case (.dingtalk, 310000):
            // DingTalk puts every security-setting failure under 310000 and tells them apart in errmsg.
            if lower.contains("keyword") { return .keywordMissing }
            if lower.contains("sign") || lower.contains("timestamp") { return .signatureMismatch }
            if lower.contains("ip") || lower.contains("whitelist") { return .ipNotWhitelisted }
            return nil
        default:
            if lower.contains("token") && (lower.contains("invalid") || lower.contains("not exist")) {
                return .invalidKey
            }
            return nil
        }
    }

    static func classify(transportError error: Error, url: URL) -> AttemptOutcome {
        let place = (url.host ?? "?") + (url.port.map { ":\($0)" } ?? "")
        guard let urlError = error as? URLError else {
            return .retry(.connection("\(place): \(error)"), rateLimited: false)
        }
        switch urlError.code {
        case .timedOut:
            return .retry(.timedOut(0), rateLimited: false)
        case .cannotConnectToHost:
            return .retry(.connection("\(place) refused the connection"), rateLimited: false)
        case .networkConnectionLost:
            return .retry(.connection("\(place) dropped the connection"), rateLimited: false)
        case .cannotFindHost, .dnsLookupFailed:
            return .retry(.connection("\(place): host not found"), rateLimited: false)
        case .notConnectedToInternet:
            return .retry(.connection("\(place): no network"), rateLimited: false)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            // A certificate problem does not go away by retrying, and must never be waved through.
            return .fail(.connection("\(place): TLS verification failed"))
        default:
            return .retry(.connection("\(place): URL error \(urlError.code.rawValue)"), rateLimited: false)
        }
    }

    static func snippet(_ body: Data) -> String {
        let text = String(decoding: body.prefix(200), as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
