import Foundation
import Testing

/// The built `xuexi-dash` run as a user runs it, checking the exit statuses of SPEC §7:
/// 0 done, 1 bad input (the store unchanged), 2 usage errors, 3 store unavailable.
@Suite(
    "Command-line exit codes",
    .enabled(if: TmuxHarness.executable(named: "xuexi-dash") != nil, "build xuexi-dash first"))
struct CommandLineExitCodeTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples/village").path

    /// Runs the binary to the end with `arguments`, in English, with its own config home;
    /// `environment` adds to or replaces those variables.
    static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(TmuxHarness.executable(named: "xuexi-dash")))
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["XUEXI_DASH_LANG"] = "en"
        environment["XUEXI_DASH_STORE"] = nil
        let configHome = FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-cli-no-config")
        environment["XDG_CONFIG_HOME"] = configHome.path
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }

    static func temporaryStore() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("store.sqlite").path
    }

    @Test("An unknown option or subcommand is a usage error: status 2")
    func usageError() throws {
        let unknownOption = try Self.run(["orgs", "--no-such-option"])
        #expect(unknownOption.status == 2)
        #expect(unknownOption.errors.contains("--no-such-option"))
        #expect(try Self.run(["no-such-command"]).status == 2)
    }

    @Test("A bad --date is a usage error that says what a date looks like")
    func badDate() throws {
        let store = try Self.temporaryStore()
        for arguments in [
            ["orgs", "--date", "2026-13-01"], ["report", "daily", "--date", "tomorrow"],
            ["alerts", "snooze", "x", "--until", "soon"], ["import", "a.csv", "--date", "1.1.2026"],
        ] {
            let run = try Self.run(arguments + ["--store", store])
            #expect(run.status == 2, "\(arguments)")
            #expect(run.errors.contains("YYYY-MM-DD"), "\(arguments): \(run.errors)")
        }
        let size = try Self.run(["snapshot", "--size", "huge", "--store", store])
        #expect(size.status == 2)
        #expect(size.errors.contains("120x40"))
        // yearly is a report kind since issue #11; an unknown kind is still a usage error.
        #expect(try Self.run(["report", "quarterly", "--store", store]).status == 2)
        #expect(try Self.run(["report", "--from", "2026-11-20", "--to", "2026-11-01", "--store", store]).status == 2)
        #expect(try Self.run(["orgs", "--lang", "fr", "--store", store]).status == 2)
    }

    @Test("A missing input file is bad input: status 1, the store unchanged")
    func missingFile() throws {
        let store = try Self.temporaryStore()
        let run = try Self.run(["import", "/nonexistent/points.csv", "--store", store])
        #expect(run.status == 1)
        #expect(run.errors.contains("the store is unchanged"))
    }

    @Test("Importing the samples and listing the orgs succeed: status 0")
    func importAndList() throws {
        let store = try Self.temporaryStore()
        let imported = try Self.run([
            "import", Self.samples + "/orgs.csv", Self.samples + "/learners.xlsx",
            Self.samples + "/daily", "--store", store,
        ])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("Imported"))
        #expect(imported.output.contains("Alerts") || imported.output.contains("alerts"), "\(imported.output)")
        let orgs = try Self.run(["orgs", "--store", store])
        #expect(orgs.status == 0, "\(orgs.errors)")
        #expect(orgs.output.contains("organizations"))
    }

    @Test("A store that cannot be opened or created: status 3")
    func storeUnavailable() throws {
        // A regular file where the store's directory should be.
        let blocker = try Self.temporaryStore()
        _ = FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8))
        let run = try Self.run(["init", "--store", blocker + "/inside/store.sqlite"])
        #expect(run.status == 3)
        #expect(run.errors.contains("store unavailable"))
        // A command that only reads finds no store there: also 3, and says so.
        let reading = try Self.run(["orgs", "--store", blocker + "/inside/store.sqlite"])
        #expect(reading.status == 3)
        #expect(reading.errors.contains("No store found"))
    }
}
