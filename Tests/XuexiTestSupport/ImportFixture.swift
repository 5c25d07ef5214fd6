import Foundation
import Testing
import XuexiCore
import XuexiImport
import XuexiModel
import XuexiStore
import XuexiStorePostgres

/// Writes small input files into a fresh temporary directory and imports them, so each
/// test states its input in full.
package final class ImportFixture {
    package let directory: URL
    package let store: XuexiStore
    package let backend: StoreBackend
    /// The PostgreSQL database of a `.postgres` fixture.
    package let database: PostgresTestServer.Database?

    package static let orgsHeader = "组织编码,组织名称,上级组织编码,组织类型,应学人数,党员人数\n"
    package static let learnersHeader = "学员编号,姓名,组织编码,政治面貌,手机号,帮带人编号,注册日期\n"
    package static let pointsHeader = "日期,学员编号,当日积分,总积分\n"

    /// A root with two branches, four learners.
    package static let orgs = orgsHeader + "R,示范街道党工委,,街道,,\nB1,第一党支部,R,党支部,3,2\nB2,第二党支部,R,党支部,2,1\n"
    static let learners =
        learnersHeader + """
            L1,张伟,B1,中共党员,13800001111,,2024-01-01
            L2,李娜,B1,群众,13800002222,L1,2024-01-01
            L3,王芳,B2,中共预备党员,13800003333,,2024-01-01
            L4,刘洋,B2,群众,13800004444,L3,2026-11-02

            """

    package init(fileStore: Bool = false, _ backend: StoreBackend = .sqlite) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        self.backend = backend
        switch backend {
        case .sqlite:
            database = nil
            store =
                fileStore
                ? try XuexiStore.open(path: directory.appendingPathComponent("store.sqlite").path)
                : try XuexiStore.inMemory()
        case .postgres:
            let database = try PostgresTestServer.Database()
            self.database = database
            store = try PostgresReplica.openStore(
                url: database.url, create: true, environment: ["XUEXI_DASH_REPLICA_DIR": directory.path + "/writer"])
        }
    }

    /// The store as a reader sees it: the same store on SQLite; on PostgreSQL a new replica
    /// fetched from the server, so what is checked is what PostgreSQL holds.
    package func readerStore() throws -> XuexiStore {
        guard let database else { return store }
        return try PostgresReplica.openStore(
            url: database.url, create: false,
            environment: ["XUEXI_DASH_REPLICA_DIR": directory.path + "/reader-\(UUID().uuidString)"])
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    @discardableResult
    package func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @discardableResult
    package func write(_ name: String, bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    package func options(_ configure: (inout ImportOptions) -> Void = { _ in }) -> ImportOptions {
        var options = ImportOptions()
        options.user = "test"
        options.language = .en
        // A fixed "today" keeps roster move days stable; the sample days come after it, so
        // the future-day check (tested on its own) is off here.
        options.today = Day(year: 2026, month: 11, day: 10)
        options.allowFuture = true
        configure(&options)
        return options
    }

    @discardableResult
    package func run(_ paths: [String], _ configure: (inout ImportOptions) -> Void = { _ in }) throws -> ImportSummary {
        try Importer(store: store, options: options(configure)).run(paths: paths)
    }

    /// Imports the base org tree and roster.
    package func seed() throws {
        try run([try write("orgs.csv", ImportFixture.orgs), try write("learners.csv", ImportFixture.learners)])
    }

    /// The first problem of a failed import, as English text.
    package func failure(_ paths: [String], _ configure: (inout ImportOptions) -> Void = { _ in }) throws
        -> ImportFailure
    {
        do {
            try run(paths, configure)
        } catch let failure as ImportFailure {
            return failure
        } catch let problem as ImportProblem {
            return ImportFailure(problem)
        }
        Issue.record("expected the import to fail")
        return ImportFailure(problems: [])
    }

    /// Everything a user could see, to prove a failed import changed nothing.
    package func fingerprint() throws -> String {
        try readerStore().contents(of: [
            .org, .learner, .learnerMove, .points, .orgDay, .importRecord, .anomaly, .pointsItem,
        ])
    }

    package static func samplesURL() -> URL {
        // The repository's own samples/ (also what the README's examples import).
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples")
    }
}
