import Foundation
import XuexiStore
import XuexiStorePostgres

/// The PostgreSQL server the tests use: `$XUEXI_TEST_POSTGRES_URL`, else the repository's
/// `scripts/pg-dev` cluster, started here when it is not running (`.ci/run` starts it
/// first). A test that needs it and cannot have it fails with why; it never skips.
package enum PostgresTestServer {
    package struct Unavailable: Error, CustomStringConvertible {
        package var description: String
    }

    package static let url: Result<String, any Error> = Result {
        if let url = ProcessInfo.processInfo.environment["XUEXI_TEST_POSTGRES_URL"], !url.isEmpty { return url }
        let script = repositoryRoot().appendingPathComponent("scripts/pg-dev").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["start"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let url = text.split(separator: "\n").last.map(String.init), url.hasPrefix("postgresql://")
        else {
            throw Unavailable(
                description:
                    "The PostgreSQL tests need a server: scripts/pg-dev start failed (\(process.terminationStatus)): \(problem)"
            )
        }
        return url
    }

    /// A new empty database for one test, dropped by `Database.drop()`.
    package final class Database: @unchecked Sendable {
        package let name: String
        package let url: String
        private let server: String

        package init() throws {
            server = try PostgresTestServer.url.get()
            name = "xt_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
            url = try PostgresDatabases.create(serverURL: server, name: name)
        }

        /// This database's URL for another role (trust authentication on the dev server).
        package func url(asRole role: String) -> String {
            guard var components = URLComponents(string: url) else { return url }
            components.user = role
            components.password = nil
            return components.string ?? url
        }

        package func query(_ sql: String) throws -> [String?] {
            try PostgresDatabases.query(url: url, sql)
        }

        deinit { PostgresDatabases.drop(serverURL: server, name: name) }
    }

    static func repositoryRoot() -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// `psql` from Debian's package (any version), for checks made the way a user would.
    package static func psql() -> String? {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return versions.sorted().reversed().map { "\(root)/\($0)/bin/psql" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// Which store a test runs against: a SQLite file (or memory) or a PostgreSQL database with
/// this process's replica of it.
package enum StoreBackend: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite, postgres
    package static let all = allCases
    package var description: String { rawValue }
}
