import Crypto
import Foundation

/// Answers in the robots' own words, checking signatures the way the platforms do, with the secret configured
/// on the mock. `script` answers the requests by arrival order; requests beyond it succeed.
public enum RobotMock {
    public static let weComOK = #"{"errcode":0,"errmsg":"ok"}"#
    public static let weComRateLimited = #"{"errcode":45009,"errmsg":"api freq out of limit"}"#
    public static let weComBadKey = #"{"errcode":93000,"errmsg":"invalid webhook url, hint: [1700000000_1_abc]"}"#
    public static let dingTalkOK = #"{"errcode":0,"errmsg":"ok"}"#
    public static let dingTalkBadSign =
        #"{"errcode":310000,"errmsg":"sign not match, more: [https://ding-doc.dingtalk.com]"}"#
    public static let dingTalkBadToken = #"{"errcode":300001,"errmsg":"token is not exist"}"#
    public static let feishuOK = #"{"code":0,"data":{},"msg":"success"}"#
    public static let feishuBadSign =
        #"{"code":19021,"data":{},"msg":"sign match fail or timestamp is not within one hour from current time"}"#

    public static func weCom(_ script: [Int: MockAnswer] = [:]) -> MockHTTPServer.Handler {
        { _, index in script[index] ?? .json(weComOK) }
    }

    public static func dingTalk(secret: String?, _ script: [Int: MockAnswer] = [:]) -> MockHTTPServer.Handler {
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

    public static func feishu(secret: String?, _ script: [Int: MockAnswer] = [:]) -> MockHTTPServer.Handler {
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
    public static func hmacBase64(key: String, message: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(message.utf8), using: SymmetricKey(data: Data(key.utf8)))
        return Data(mac).base64EncodedString()
    }
}
