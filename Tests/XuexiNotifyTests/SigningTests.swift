import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiNotify

/// Vectors computed independently with Python's hmac/hashlib/base64/urllib when these tests were written:
///   base64(hmac.new(secret, f"{t}\n{secret}", sha256))            for DingTalk, then urllib.parse.quote(..., safe="")
///   base64(hmac.new(f"{t}\n{secret}", b"", sha256))               for Feishu
@Suite struct SigningTests {
    @Test func dingTalkSignatureMatchesTheIndependentVector() {
        let secret = "SEC0123456789abcdefXuexiDashTestSecret"
        #expect(
            DingTalkSigner.sign(secret: secret, timestampMillis: 1_700_000_000_123)
                == "CMSGy7reoVmf5+2ZbWwH+1HdKqRgAFZLaduFyfGZZts=")
        let url = DingTalkSigner.signedURL(
            URL(string: "https://oapi.dingtalk.com/robot/send?access_token=T")!, secret: secret,
            timestampMillis: 1_700_000_000_123)
        #expect(
            url.absoluteString == "https://oapi.dingtalk.com/robot/send?access_token=T&timestamp=1700000000123"
                + "&sign=CMSGy7reoVmf5%2B2ZbWwH%2B1HdKqRgAFZLaduFyfGZZts%3D")
    }

    @Test func feishuSignatureMatchesTheIndependentVector() {
        #expect(
            FeishuSigner.sign(secret: "feishuSecret学习", timestamp: 1_700_000_000)
                == "Zc1uqFIHE6JmO/f0KrQJbjVoTK8OSqFGiYiO1QS+nE0=")
    }

    @Test func requestsAreSignedAtTheAttemptsTime() throws {
        let date = Date(timeIntervalSince1970: 1_700_000_000.123)
        let feishu = Fixtures.target(
            .feishu, URL(string: "https://open.feishu.cn/open-apis/bot/v2/hook/x")!,
            secret: "feishuSecret学习")
        let messages = try MessageBuilder.messages(for: Fixtures.smallNote, target: feishu, language: .zh)
        let message = try #require(messages.first)
        let request = MessageBuilder.request(for: message, target: feishu, at: date)
        let json = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: Any])
        #expect(json["timestamp"] as? String == "1700000000")
        #expect(json["sign"] as? String == "Zc1uqFIHE6JmO/f0KrQJbjVoTK8OSqFGiYiO1QS+nE0=")
        #expect(request.url == feishu.url)
    }
}
