import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiNotify

@Suite struct PayloadTests {
    private let note = Fixtures.smallNote

    private func body(_ platform: RobotPlatform, secret: String? = nil) throws -> String {
        let target = Fixtures.target(platform, URL(string: "https://robot.example/hook/abc?key=K")!, secret: secret)
        let message = try #require(try MessageBuilder.messages(for: note, target: target, language: .zh).first)
        return String(decoding: message.body.encoded(), as: UTF8.self)
    }

    @Test func weComMarkdownBody() throws {
        #expect(
            try body(.wecom)
                == ####"{"markdown":{"content":"# 每日一督\n\n### <font color=\"info\">概况</font>\n参学 120 人，未学 8 人\n"####
                + ####"当日学霸：李明（58 分）"},"msgtype":"markdown"}"####)
    }

    @Test func dingTalkMarkdownBody() throws {
        #expect(
            try body(.dingtalk)
                == ####"{"markdown":{"text":"### 每日一督\n\n#### 概况\n\n参学 120 人，未学 8 人\n\n当日学霸：李明（58 分）","####
                + ####""title":"每日一督"},"msgtype":"markdown"}"####)
    }

    @Test func feishuPostBody() throws {
        #expect(
            try body(.feishu)
                == ####"{"content":{"post":{"zh_cn":{"content":[[{"tag":"text","text":"【概况】"}],"####
                + ####"[{"tag":"text","text":"参学 120 人，未学 8 人"}],[{"tag":"text","text":"当日学霸：李明（58 分）"}]],"####
                + ####""title":"每日一督"}}},"msg_type":"post"}"####)
    }

    @Test func genericWebhookBody() throws {
        #expect(
            try body(.webhook)
                == ####"{"display_title":"每日一督","mentions":[],"part":1,"parts":1,"sections":["####
                + ####"{"continued":false,"heading":"概况","lines":["参学 120 人，未学 8 人"]},"####
                + ####"{"continued":false,"lines":["当日学霸：李明（58 分）"]}],"source":"xuexi-dash","####
                + ####""text":"每日一督\n【概况】\n参学 120 人，未学 8 人\n当日学霸：李明（58 分）","title":"每日一督"}"####)
    }

    @Test func plainHTTPIsRefusedExceptOnLoopback() {
        for allowed in [
            "https://qyapi.weixin.qq.com/x", "http://127.0.0.1:8080/x", "http://127.5.0.1/x",
            "http://localhost:1/x", "http://[::1]:9/x",
        ] {
            #expect(throws: Never.self) { try URLPolicy.check(URL(string: allowed)!) }
        }
        for refused in [
            "http://qyapi.weixin.qq.com/x", "http://10.0.0.1/x", "http://127.0.0.1.evil.example/x",
            "ftp://127.0.0.1/x",
        ] {
            #expect(throws: NotifyError.self) { try URLPolicy.check(URL(string: refused)!) }
        }
    }

    @Test func redactionHidesKeysTokensAndSignatures() {
        let cases = [
            (
                "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6",
                "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***"
            ),
            (
                "https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1700000000000&sign=x%2By",
                "https://oapi.dingtalk.com/robot/send?access_token=***&timestamp=1700000000000&sign=***"
            ),
            (
                "https://open.feishu.cn/open-apis/bot/v2/hook/c0ffee-42",
                "https://open.feishu.cn/open-apis/bot/v2/hook/***"
            ),
        ]
        for (url, shown) in cases {
            #expect(URLPolicy.redacted(URL(string: url)!) == shown)
        }
    }

    @Test func errorsAreOneLineWithCodeAndHintInBothLanguages() {
        let error = NotifyError.platform(code: 310000, message: "sign not match,\nmore", hint: .signatureMismatch)
        #expect(
            error.line(.en)
                == "platform error 310000: sign not match, more; "
                + "signature mismatch: check the signing secret and this machine's clock")
        #expect(error.line(.zh).hasPrefix("平台返回错误 310000："))
        #expect(!error.line(.zh).contains("\n"))
        let keyword = ResponseReader.hint(platform: .dingtalk, code: 310000, message: "keywords not in content")
        #expect(keyword == .keywordMissing)
        let ip = ResponseReader.hint(platform: .dingtalk, code: 310000, message: "ip 1.2.3.4 not in whitelist")
        #expect(ip == .ipNotWhitelisted)
        #expect(ResponseReader.hint(platform: .wecom, code: 93000, message: "invalid webhook url") == .invalidKey)
        #expect(ResponseReader.hint(platform: .feishu, code: 19024, message: "Key Words Not Found") == .keywordMissing)
        #expect(ResponseReader.hint(platform: .feishu, code: 19022, message: "Ip Not Allowed") == .ipNotWhitelisted)
    }
}
