import Crypto
import Foundation

/// DingTalk's "加签": `timestamp` in milliseconds and `sign` = URL-encoded base64 of
/// HMAC-SHA256(key: secret, message: "timestamp\nsecret"), both as query parameters of the webhook URL.
public enum DingTalkSigner {
    public static func sign(secret: String, timestampMillis: Int64) -> String {
        let key = SymmetricKey(data: Data(secret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(timestampMillis)\n\(secret)".utf8), using: key)
        return Data(mac).base64EncodedString()
    }

    /// The webhook URL with `timestamp` and `sign` appended. Built as text because URLComponents leaves `+`
    /// unescaped in a query, and DingTalk would read it as a space and reject the signature.
    public static func signedURL(_ url: URL, secret: String, timestampMillis: Int64) -> URL {
        let signature = percentEncoded(sign(secret: secret, timestampMillis: timestampMillis))
        let base = url.absoluteString
        let joiner = base.contains("?") ? "&" : "?"
        return URL(string: base + joiner + "timestamp=\(timestampMillis)&sign=\(signature)") ?? url
    }

    /// Percent-encodes everything but RFC 3986's unreserved characters, so `+`, `/` and `=` are all escaped.
    static func percentEncoded(_ text: String) -> String {
        var allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

/// Feishu's signature check: body fields `timestamp` (seconds, as a string) and `sign` = base64 of
/// HMAC-SHA256(key: "timestamp\nsecret", message: empty). Note the key and message are the other way round
/// from DingTalk's, the usual reason a port from one to the other fails with 19021.
public enum FeishuSigner {
    public static func sign(secret: String, timestamp: Int64) -> String {
        let key = SymmetricKey(data: Data("\(timestamp)\n\(secret)".utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data(), using: key)
        return Data(mac).base64EncodedString()
    }

    static func fields(secret: String, timestamp: Int64) -> [String: JSONValue] {
        ["timestamp": .string(String(timestamp)), "sign": .string(sign(secret: secret, timestamp: timestamp))]
    }
}
