import Foundation
import Testing
import XuexiCore
import XuexiStore
import XuexiTestSupport

/// `xuexi-dash notify` run as a user runs it, against robots that the tests start on 127.0.0.1 (an ephemeral
/// port) and that answer like WeCom and DingTalk. No test reaches the internet.
///
/// The runs wait on a Dispatch thread, not on the test's own: a blocked cooperative thread starves the async
/// delivery tests running beside these (two cores), and one suite at a time keeps the demo builds from piling up.
@Suite(
    "notify: notes delivered to chat-group robots", .serialized,
    .enabled(if: TmuxHarness.executable(named: "xuexi-dash") != nil, "build xuexi-dash first"))
struct NotifyCommandTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
        var seconds: Double
    }

    /// A scratch directory with a demo store of `scale` (7 days) and a config.toml holding `config`.
    struct Workspace {
        var directory: URL
        var store: String { directory.appendingPathComponent("store.sqlite").path }
        var config: String { directory.appendingPathComponent("config.toml").path }

        static func make(scale: String, config: String) async throws -> Workspace {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-notify-\(UUID())")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let workspace = Workspace(directory: directory)
            try config.write(toFile: workspace.config, atomically: true, encoding: .utf8)
            let demo = try await NotifyCommandTests.run(
                ["demo", "--scale", scale, "--days", "7", "--no-ui", "--store", workspace.store], environment: [:])
            try #require(demo.status == 0, "\(demo.errors)")
            return workspace
        }

        func run(_ arguments: [String], _ environment: [String: String] = [:]) async throws -> Run {
            try await NotifyCommandTests.run(
                arguments + ["--store", store, "--config", config], environment: environment)
        }
    }

    static func run(_ arguments: [String], environment: [String: String]) async throws -> Run {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try runWaiting(arguments, environment: environment) })
            }
        }
    }

    private static func runWaiting(_ arguments: [String], environment extra: [String: String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(TmuxHarness.executable(named: "xuexi-dash")))
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["XUEXI_DASH_LANG"] = "zh"
        environment["XUEXI_DASH_STORE"] = nil
        environment["HTTPS_PROXY"] = nil
        environment["https_proxy"] = nil
        environment.merge(extra) { $1 }
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let start = Date()
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self), seconds: Date().timeIntervalSince(start))
    }

    static func config(kind: String, style: String = "compact", secret: Bool = false) -> String {
        """
        [notify.targets.T]
        kind = "\(kind)"
        url_env = "XUEXI_TEST_ROBOT_URL"
        style = "\(style)"
        \(secret ? "secret_env = \"XUEXI_TEST_ROBOT_SECRET\"" : "")
        """
    }

    /// The dry run's bodies: each "# …" header line is followed by one JSON body line.
    static func bodies(_ output: String) throws -> [[String: Any]] {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        return try lines.indices.filter { lines[$0].hasPrefix("# ") && $0 + 1 < lines.count }.map {
            try #require(JSONSerialization.jsonObject(with: Data(lines[$0 + 1].utf8)) as? [String: Any])
        }
    }

    static func markdown(_ body: [String: Any]) -> String? {
        (body["markdown"] as? [String: Any])?["content"] as? String
    }

    /// The note as the command builds it, read back from the same store in process.
    static func note(_ workspace: Workspace, style: ChatNoteStyle) throws -> ChatNote {
        let store = try XuexiStore.open(path: workspace.store)
        let builder = ReportBuilder(store: store)
        return try builder.chatNote(try builder.build(.daily), style: style, language: .zh)
    }

    @Test("On the street demo, the dry run prints WeCom bodies within 4,096 bytes that carry the whole note")
    func streetDryRun() async throws {
        let workspace = try await Workspace.make(scale: "street", config: Self.config(kind: "wecom"))
        let url = ["XUEXI_TEST_ROBOT_URL": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=SECRET-KEY"]
        for style in [ChatNoteStyle.compact, .full] {
            try String(Self.config(kind: "wecom", style: style.rawValue)).write(
                toFile: workspace.config, atomically: true, encoding: .utf8)
            let run = try await workspace.run(["notify", "daily", "--to", "T", "--dry-run"], url)
            #expect(run.status == 0, "\(run.errors)")
            #expect(!run.output.contains("SECRET-KEY"))
            let contents = try Self.bodies(run.output).map { try #require(Self.markdown($0)) }
            #expect(!contents.isEmpty)
            for content in contents { #expect(content.utf8.count <= 4096) }
            if style == .full { #expect(contents.count > 1, "the street's full note needs several parts") }
            // Every line of the note, in order, across the parts.
            let carried = contents.joined(separator: "\n")
            var cursor = carried.startIndex
            for line in try Self.note(workspace, style: style).sections.flatMap(\.lines) {
                let found = try #require(carried.range(of: line, range: cursor..<carried.endIndex), "\(style): \(line)")
                cursor = found.upperBound
            }
        }
    }

    @Test("A robot answering 45009 once gets every part exactly once, and the log shows the retry")
    func rateLimitedOnce() async throws {
        let server = try MockHTTPServer(handler: RobotMock.weCom([1: .json(RobotMock.weComRateLimited)]))
        defer { server.stop() }
        let workspace = try await Workspace.make(scale: "village", config: Self.config(kind: "wecom", style: "full"))
        let environment = ["XUEXI_TEST_ROBOT_URL": server.url("/cgi-bin/webhook/send?key=K").absoluteString]
        let dry = try await workspace.run(["notify", "daily", "--to", "T", "--dry-run"], environment)
        let expected = try Self.bodies(dry.output).compactMap(Self.markdown)
        #expect(expected.count >= 2, "the village's full note should need several parts")

        let run = try await workspace.run(["notify", "daily", "--to", "T"], environment)
        #expect(run.status == 0, "\(run.errors)")
        var received = server.requests.compactMap { $0.json.flatMap(Self.markdown) }
        #expect(received.count == expected.count + 1)
        #expect(received[1] == received[2], "the refused part is tried again")
        received.remove(at: 1)
        #expect(received == expected)

        let log = try await workspace.run(["notify", "log", "--lang", "en"])
        #expect(log.status == 0)
        let row = try #require(log.output.split(separator: "\n").first { $0.contains("T (wecom)") })
        #expect(row.contains("\(expected.count)/\(expected.count)"))
        #expect(row.split(separator: " ").contains("1"), "one retry: \(row)")

        // A second run posts nothing again: every part is already delivered.
        let again = try await workspace.run(["notify", "daily", "--to", "T"], environment)
        #expect(again.status == 0)
        #expect(server.requests.count == expected.count + 1)
    }

    @Test("A DingTalk robot with a secret verifies the signature; a wrong secret fails with the platform's code")
    func dingTalkSignature() async throws {
        let secret = "SEC0123456789abcdef"
        let server = try MockHTTPServer(handler: RobotMock.dingTalk(secret: secret))
        defer { server.stop() }
        let workspace = try await Workspace.make(scale: "village", config: Self.config(kind: "dingtalk", secret: true))
        let url = server.url("/robot/send?access_token=TOKEN").absoluteString
        let good = try await workspace.run(
            ["notify", "daily", "--to", "T"], ["XUEXI_TEST_ROBOT_URL": url, "XUEXI_TEST_ROBOT_SECRET": secret])
        #expect(good.status == 0, "\(good.errors)")
        let request = try #require(server.requests.first)
        #expect(request.query["sign"] != nil && request.query["timestamp"] != nil)
        #expect(((request.json?["markdown"] as? [String: Any])?["text"] as? String)?.contains("每日一督") == true)

        let bad = try await workspace.run(
            ["notify", "weekly", "--to", "T", "--lang", "en"],
            ["XUEXI_TEST_ROBOT_URL": url, "XUEXI_TEST_ROBOT_SECRET": "wrong"])
        #expect(bad.status == 1)
        let line = bad.errors.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(line.contains("310000") && line.contains("signature"), "\(line)")
        #expect(!line.contains("\n"))
        #expect(server.requests.count == 2, "the refused message is not retried")
    }

    @Test("An unreachable robot exits 1 with a one-line reason within 15 s")
    func unreachable() async throws {
        let port = try closedLoopbackPort()
        let workspace = try await Workspace.make(scale: "village", config: Self.config(kind: "wecom"))
        let run = try await workspace.run(
            ["notify", "daily", "--to", "T", "--lang", "en"],
            ["XUEXI_TEST_ROBOT_URL": "http://127.0.0.1:\(port)/cgi-bin/webhook/send?key=K"])
        #expect(run.status == 1)
        #expect(run.seconds < 15, "took \(run.seconds) s")
        let line = run.errors.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!line.isEmpty && !line.contains("\n"), "\(run.errors)")
        #expect(line.contains("127.0.0.1:\(port)"), "\(line)")
        let log = try await workspace.run(["notify", "log", "--lang", "en"])
        #expect(log.output.contains("0/1"))
    }

    @Test("notify alerts posts the new or changed alert groups once")
    func alertsPostedOnce() async throws {
        let server = try MockHTTPServer(handler: RobotMock.weCom())
        defer { server.stop() }
        let workspace = try await Workspace.make(scale: "village", config: Self.config(kind: "wecom"))
        let environment = ["XUEXI_TEST_ROBOT_URL": server.url("/cgi-bin/webhook/send?key=K").absoluteString]
        let first = try await workspace.run(
            ["notify", "alerts", "--to", "T", "--min-severity", "critical"], environment)
        #expect(first.status == 0, "\(first.errors)")
        let posted = server.requests.compactMap { $0.json.flatMap(Self.markdown) }
        #expect(!posted.isEmpty && posted[0].contains("预警通报"))
        #expect(posted.joined().contains("严重") && !posted.joined().contains("【警告】"))
        let again = try await workspace.run(
            ["notify", "alerts", "--to", "T", "--min-severity", "critical"], environment)
        #expect(again.status == 0)
        #expect(again.output.contains("没有新增或变化的预警"))
        #expect(server.requests.count == posted.count)
    }

    @Test("watch --notify posts the daily note once a day's points land")
    func watchPostsTheDailyNote() async throws {
        let server = try MockHTTPServer(handler: RobotMock.weCom())
        defer { server.stop() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-watch-\(UUID())")
        let incoming = directory.appendingPathComponent("incoming")
        try FileManager.default.createDirectory(at: incoming, withIntermediateDirectories: true)
        let store = directory.appendingPathComponent("store.sqlite").path
        let config = directory.appendingPathComponent("config.toml").path
        try Self.config(kind: "wecom").write(toFile: config, atomically: true, encoding: .utf8)
        let samples = CommandLineExitCodeTests.samples
        let setup = try await Self.run(
            ["import", samples + "/orgs.csv", samples + "/learners.xlsx", "--store", store], environment: [:])
        #expect(setup.status == 0, "\(setup.errors)")
        try FileManager.default.copyItem(
            atPath: samples + "/daily/2026-11-07.csv", toPath: incoming.appendingPathComponent("2026-11-07.csv").path)
        let run = try await Self.run(
            ["watch", incoming.path, "--once", "--settle", "0", "--notify", "T", "--store", store, "--config", config],
            environment: ["XUEXI_TEST_ROBOT_URL": server.url("/cgi-bin/webhook/send?key=K").absoluteString])
        #expect(run.status == 0, "\(run.errors)")
        let posted = server.requests.compactMap { $0.json.flatMap(Self.markdown) }
        #expect(posted.count == 1)
        #expect(posted.first?.contains("每日一督") == true && posted.first?.contains("2026-11-07") == true)
    }
}
