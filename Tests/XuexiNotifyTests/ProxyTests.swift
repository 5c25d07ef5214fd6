import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiNotify

#if canImport(Glibc)
    import Glibc
#endif

/// FoundationNetworking never sets libcurl's proxy options, so libcurl takes `HTTPS_PROXY` from the environment.
/// This checks it for real: an https delivery with `HTTPS_PROXY` naming a loopback mock must send that mock a
/// CONNECT for the robot's host (the mock refuses it, so nothing goes further and no name is ever resolved).
@Suite(.serialized) struct ProxyTests {
    @Test func httpsProxyFromTheEnvironmentIsUsed() async throws {
        let proxy = try MockHTTPServer { _, _ in MockAnswer(status: 403, body: "") }
        defer { proxy.stop() }
        let saved = ["https_proxy", "HTTPS_PROXY", "no_proxy", "NO_PROXY", "all_proxy", "ALL_PROXY"].map {
            ($0, ProcessInfo.processInfo.environment[$0])
        }
        for (name, _) in saved { unsetenv(name) }
        setenv("HTTPS_PROXY", "http://127.0.0.1:\(proxy.port)", 1)
        defer {
            for (name, value) in saved {
                if let value { setenv(name, value, 1) } else { unsetenv(name) }
            }
        }
        let report = await Notifier().deliver(
            Fixtures.smallNote,
            to: Fixtures.target(.wecom, URL(string: "https://robot.proxy-check.invalid/send?key=K")!),
            options: DeliveryOptions(retry: RetryPolicy(maxRetries: 0)))
        #expect(!report.succeeded)
        let request = try #require(proxy.requests.first, "no request reached the proxy: \(report.summary(.en))")
        #expect(request.method == "CONNECT")
        #expect(request.target == "robot.proxy-check.invalid:443")
    }
}
