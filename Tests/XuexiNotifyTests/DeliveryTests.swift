import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiNotify

/// Deliveries against real HTTP servers on 127.0.0.1 that answer like the platforms.
@Suite struct DeliveryTests {
    /// A note that splits into several WeCom markdown parts.
    private let note = Fixtures.bigNote(sections: 6, linesPerSection: 20)

    private func parts(_ requests: [RecordedRequest]) -> [String] {
        requests.compactMap { ($0.json?["markdown"] as? [String: Any])?["content"] as? String }
    }

    @Test func rateLimitedOnceThenEveryPartArrivesExactlyOnce() async throws {
        // The second request (part 2's first try) is refused with 45009; everything else is accepted.
        let server = try MockHTTPServer(handler: RobotMock.weCom([1: .json(RobotMock.weComRateLimited)]))
        defer { server.stop() }
        let clock = VirtualClock()
        let target = Fixtures.target(.wecom, server.url("/cgi-bin/webhook/send?key=K"))
        let report = await Notifier(clock: clock).deliver(note, to: target)

        #expect(report.succeeded, "\(report.summary(.en))")
        let expected = try MessageBuilder.messages(for: note, target: target, language: .zh)
        #expect(expected.count >= 3)
        let received = parts(server.requests)
        #expect(received.count == expected.count + 1)
        var accepted = received
        accepted.remove(at: 1)  // the refused try
        #expect(accepted == expected.compactMap { $0.body["markdown"]?["content"]?.stringValue })
        #expect(received[1] == received[2])
        #expect(report.results.map(\.retries) == [0, 1] + Array(repeating: 0, count: expected.count - 2))
        #expect(report.results[1].attempts.first?.error?.platformCode == 45009)
        #expect(report.results.allSatisfy { $0.status == .delivered })
        #expect(clock.sleeps == [3])  // rate-limit answers wait at least `rateLimitDelay`
    }

    @Test func serverErrorsTwiceThenSuccess() async throws {
        let failing = MockAnswer(status: 500, body: "<html>502 Bad Gateway</html>")
        let server = try MockHTTPServer(handler: RobotMock.weCom([0: failing, 1: failing]))
        defer { server.stop() }
        let clock = VirtualClock()
        let report = await Notifier(clock: clock).deliver(
            Fixtures.smallNote, to: Fixtures.target(.wecom, server.url("/send?key=K")))
        #expect(report.succeeded)
        #expect(report.results.count == 1)
        #expect(report.results[0].attempts.count == 3)
        #expect(report.results[0].attempts.first?.error == .httpStatus(500, "<html>502 Bad Gateway</html>"))
        #expect(clock.sleeps == [1, 2])
        #expect(server.requests.count == 3)
    }

    @Test func aBadKeyFailsAtOnceWithThePlatformsCodeAndSkipsTheRest() async throws {
        let server = try MockHTTPServer(handler: RobotMock.weCom([0: .json(RobotMock.weComBadKey)]))
        defer { server.stop() }
        let report = await Notifier(clock: VirtualClock()).deliver(
            note, to: Fixtures.target(.wecom, server.url("/send?key=wrong")), options: DeliveryOptions(language: .en))
        #expect(!report.succeeded)
        #expect(report.error?.platformCode == 93000)
        #expect(report.results[0].attempts.count == 1)
        #expect(report.results.dropFirst().allSatisfy { $0.status == .skipped })
        #expect(server.requests.count == 1)
        let line = report.summary(.en)
        #expect(line.contains("93000") && line.contains("copy it again from the robot's settings"))
        #expect(!line.contains("\n"))
    }

    @Test func dingTalkSignatureIsVerifiedByTheMock() async throws {
        let secret = "SECdingtalk测试"
        let server = try MockHTTPServer(handler: RobotMock.dingTalk(secret: secret))
        defer { server.stop() }
        let mobiles = ["13800000001"]
        var note = Fixtures.smallNote
        note.mentionMobiles = mobiles
        let report = await Notifier().deliver(
            note, to: Fixtures.target(.dingtalk, server.url("/robot/send?access_token=T"), secret: secret))
        #expect(report.succeeded, "\(report.summary(.en))")
        let request = try #require(server.requests.first)
        #expect(request.query["access_token"] == "T")
        let json = try #require(request.json)
        #expect((json["at"] as? [String: Any])?["atMobiles"] as? [String] == mobiles)
        #expect(((json["markdown"] as? [String: Any])?["text"] as? String)?.contains("@13800000001") == true)
    }

    @Test func aWrongDingTalkSecretCarriesThePlatformsCode() async throws {
        let server = try MockHTTPServer(handler: RobotMock.dingTalk(secret: "right"))
        defer { server.stop() }
        let report = await Notifier().deliver(
            Fixtures.smallNote,
            to: Fixtures.target(.dingtalk, server.url("/robot/send?access_token=T"), secret: "wrong"))
        #expect(report.error?.platformCode == 310000)
        #expect(
            report.error
                == .platform(
                    code: 310000, message: "sign not match, more: [https://ding-doc.dingtalk.com]",
                    hint: .signatureMismatch))
        #expect(report.summary(.zh).contains("310000"))
        #expect(report.summary(.zh).contains("签名不符"))
        #expect(server.requests.count == 1)
    }

    @Test func feishuSignedDeliveryAndWrongSecret() async throws {
        let server = try MockHTTPServer(handler: RobotMock.feishu(secret: "fs-secret"))
        defer { server.stop() }
        let good = await Notifier().deliver(
            Fixtures.smallNote,
            to: Fixtures.target(.feishu, server.url("/open-apis/bot/v2/hook/x"), secret: "fs-secret"))
        #expect(good.succeeded, "\(good.summary(.en))")
        let bad = await Notifier().deliver(
            Fixtures.smallNote, to: Fixtures.target(.feishu, server.url("/open-apis/bot/v2/hook/x"), secret: "other"))
        #expect(bad.error?.platformCode == 19021)
        #expect(bad.summary(.en).contains("signature mismatch"))
    }

    @Test func feishuRateLimitCodeIsRetried() async throws {
        let limited = MockAnswer.json(
            #"{"code":11232,"data":{},"msg":"frequency limited psm[lark.oapi.app_platform_runtime]"}"#)
        let server = try MockHTTPServer(handler: RobotMock.feishu(secret: nil, [0: limited]))
        defer { server.stop() }
        let report = await Notifier(clock: VirtualClock()).deliver(
            Fixtures.smallNote, to: Fixtures.target(.feishu, server.url("/open-apis/bot/v2/hook/x")))
        #expect(report.succeeded)
        #expect(report.results[0].retries == 1)
    }

    @Test func dingTalkRateLimitAndHTTP429AreRetried() async throws {
        let server = try MockHTTPServer(
            handler: RobotMock.dingTalk(
                secret: nil,
                [
                    0: .json(#"{"errcode":130101,"errmsg":"send too fast, exceed 20 times per minute"}"#),
                    1: MockAnswer(status: 429, body: "slow down"),
                ]))
        defer { server.stop() }
        let report = await Notifier(clock: VirtualClock()).deliver(
            Fixtures.smallNote, to: Fixtures.target(.dingtalk, server.url("/robot/send?access_token=T")))
        #expect(report.succeeded)
        #expect(report.results[0].attempts.compactMap { $0.error?.platformCode } == [130101, 429])
    }

    /// The 15-second bound itself is checked on the real binary (NotifyCommandTests), where the
    /// test runner's other suites cannot hold the cooperative threads this process shares.
    @Test func anUnreachableURLFailsWithOneLineAndItsWaitsFitTheBudget() async throws {
        let port = try closedLoopbackPort()
        let clock = VirtualClock()
        let report = await Notifier(clock: clock).deliver(
            note, to: Fixtures.target(.wecom, URL(string: "http://127.0.0.1:\(port)/send?key=K")!))
        #expect(clock.sleeps.reduce(0, +) < 15, "waits \(clock.sleeps)")
        #expect(!report.succeeded)
        guard case .connection(let reason) = report.error else {
            Issue.record("expected a connection error, got \(String(describing: report.error))")
            return
        }
        #expect(reason.contains("127.0.0.1:\(port)"))
        let line = report.summary(.zh)
        #expect(!line.contains("\n"))
        #expect(line.hasPrefix("test-wecom: 第 1/3 条发送失败（尝试 "))
        #expect(report.results.dropFirst().allSatisfy { $0.status == .skipped })
    }

    /// The same in virtual time, where the schedule is exact: a refused connection is retried three times
    /// after 1, 2 and 4 s, then the delivery stops.
    @Test func aRefusedConnectionIsRetriedWithBackoffThenGivenUp() async throws {
        let port = try closedLoopbackPort()
        let clock = VirtualClock()
        let report = await Notifier(clock: clock).deliver(
            note, to: Fixtures.target(.wecom, URL(string: "http://127.0.0.1:\(port)/send?key=K")!))
        #expect(report.results[0].attempts.count == 4)
        #expect(clock.sleeps == [1, 2, 4])
        #expect(report.summary(.en).contains("message 1/3 failed after 4 attempts: cannot connect: 127.0.0.1:"))
    }

    @Test func aSlowRobotTimesOut() async throws {
        let server = try MockHTTPServer { _, _ in MockAnswer(status: 200, body: RobotMock.weComOK, delay: 2) }
        defer { server.stop() }
        let options = DeliveryOptions(
            timeouts: NotifyTimeouts(connect: 0.5, total: 0.5), retry: RetryPolicy(maxRetries: 0))
        let started = Date()
        let report = await Notifier().deliver(
            Fixtures.smallNote, to: Fixtures.target(.wecom, server.url("/send?key=K")), options: options)
        // Only a lower bound: in the full parallel suite other tests can hold both cooperative
        // threads for seconds, and the outcome below is what the test is about.
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed >= 0.4, "took \(elapsed) s")
        #expect(report.error == .timedOut(0.5))
    }

    @Test func partsArePacedToTwentyAMinutePerRobot() async throws {
        let server = try MockHTTPServer(handler: RobotMock.weCom())
        defer { server.stop() }
        var target = Fixtures.target(.wecom, server.url("/send?key=K"))
        target.maxBytes = 300  // one section a part: 25 parts
        let clock = VirtualClock()
        let note = Fixtures.bigNote(sections: 25, linesPerSection: 2)
        let report = await Notifier(clock: clock).deliver(note, to: target)
        #expect(report.succeeded, "\(report.summary(.en))")
        let starts = report.results.compactMap { $0.attempts.first?.startedAt }
        try #require(starts.count > 20)
        for index in 20..<starts.count {
            #expect(starts[index].timeIntervalSince(starts[index - 20]) >= 60)
        }
        #expect(starts[19].timeIntervalSince(starts[0]) < 1)  // the first twenty go at once
        #expect(server.requests.count == starts.count)
    }

    @Test func postsRememberedFromAnEarlierRunArePacedAndDoNotEatTheRetryBudget() async throws {
        let server = try MockHTTPServer(handler: RobotMock.weCom([0: MockAnswer(status: 503, body: "")]))
        defer { server.stop() }
        let clock = VirtualClock()
        let pacer = RobotPacer()
        let target = Fixtures.target(.wecom, server.url("/send?key=K"))
        let start = clock.now()
        await pacer.remember(robot: target.url.absoluteString, sentAt: Array(repeating: start, count: 20))
        let report = await Notifier(clock: clock, pacer: pacer).deliver(Fixtures.smallNote, to: target)
        #expect(report.succeeded, "\(report.summary(.en))")
        let attempts = report.results[0].attempts
        #expect(attempts.count == 2)
        #expect((attempts.first?.startedAt.timeIntervalSince(start) ?? 0) >= 60)
    }

    @Test func aResumedDeliveryNeverPostsADeliveredPartAgain() async throws {
        let server = try MockHTTPServer(handler: RobotMock.weCom())
        defer { server.stop() }
        let target = Fixtures.target(.wecom, server.url("/send?key=K"))
        let all = try MessageBuilder.messages(for: note, target: target, language: .zh)
        let report = await Notifier().deliver(note, to: target, options: DeliveryOptions(alreadyDelivered: [1, 2]))
        #expect(report.succeeded)
        #expect(report.results.prefix(2).allSatisfy { $0.status == .alreadyDelivered })
        #expect(parts(server.requests) == all.dropFirst(2).compactMap { $0.body["markdown"]?["content"]?.stringValue })
    }

    @Test func dryRunReturnsTheExactBodiesWithKeysRedacted() async throws {
        let server = try MockHTTPServer(handler: RobotMock.weCom())
        defer { server.stop() }
        let target = Fixtures.target(.wecom, server.url("/cgi-bin/webhook/send?key=SECRETKEY"))
        let planned = try Notifier().dryRun(note, to: target)
        #expect(planned.allSatisfy { !$0.redactedURL.contains("SECRETKEY") && $0.redactedURL.hasSuffix("key=***") })
        #expect(server.requests.isEmpty)
        _ = await Notifier().deliver(note, to: target)
        #expect(server.requests.map(\.body) == planned.map(\.body))
    }

    @Test func plainHTTPToAnotherHostIsRefusedBeforeAnythingIsSent() async {
        let report = await Notifier().deliver(
            Fixtures.smallNote, to: Fixtures.target(.wecom, URL(string: "http://qyapi.example/send?key=K")!))
        #expect(report.error == .insecureURL("qyapi.example"))
        #expect(report.results.isEmpty)
    }

    @Test func genericWebhookGetsTheDocumentedBody() async throws {
        let server = try MockHTTPServer { _, _ in MockAnswer(status: 204, body: "") }
        defer { server.stop() }
        let report = await Notifier().deliver(Fixtures.smallNote, to: Fixtures.target(.webhook, server.url("/hook")))
        #expect(report.succeeded)
        let json = try #require(server.requests.first?.json)
        #expect(json["source"] as? String == "xuexi-dash")
        #expect(json["parts"] as? Int == 1)
        #expect(server.requests.first?.headers["content-type"]?.hasPrefix("application/json") == true)
    }
}
