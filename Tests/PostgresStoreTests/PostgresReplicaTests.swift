import Foundation
import Testing
import XuexiCore
import XuexiImport
import XuexiModel
import XuexiStore
import XuexiStorePostgres
import XuexiTestSupport

/// The PostgreSQL store through its replicas: what one process writes, a new replica
/// fetches exactly; writes are atomic, serialized and idempotent; a command that only reads
/// never creates a store; live changes arrive through LISTEN. Against the `scripts/pg-dev`
/// server (or $XUEXI_TEST_POSTGRES_URL), each test in a database of its own.
@Suite("PostgreSQL replica", .serialized)
struct PostgresReplicaTests {
    static let village = ImportFixture.samplesURL().appendingPathComponent("village")
    static func day(_ day: Int) -> String {
        village.appendingPathComponent("daily/2026-11-\(String(format: "%02d", day)).csv").path
    }

    /// Orgs, roster and three days into a PostgreSQL fixture.
    func seeded() throws -> ImportFixture {
        let fixture = try ImportFixture(.postgres)
        try fixture.run([
            Self.village.appendingPathComponent("orgs.csv").path,
            Self.village.appendingPathComponent("learners.xlsx").path,
        ])
        try fixture.run([Self.day(7), Self.day(8), Self.day(9)])
        return fixture
    }

    @Test func aNewReplicaHoldsExactlyWhatTheWriterHolds() throws {
        let fixture = try seeded()
        let engine = AlertEngine(store: fixture.store, configuration: AppConfiguration())
        _ = try engine.evaluate(days: [Day(year: 2026, month: 11, day: 9)])
        try fixture.run([Self.day(10)])
        _ = try fixture.store.undoImport(
            try #require(fixture.store.importRecords().last?.id), cascade: false,
            parameters: AppConfiguration().aggregateParameters)
        let written = try fixture.store.everyTableContents()
        #expect(written.contains("points: "))
        #expect(try fixture.readerStore().everyTableContents() == written)
    }

    @Test func theSameFileAgainChangesNothingOnTheServer() throws {
        let fixture = try seeded()
        let database = try #require(fixture.database)
        let before = try database.query("SELECT COALESCE(max(rev), 0)::text FROM xuexi_part")
        let contents = try fixture.readerStore().everyTableContents()
        let summary = try fixture.run([Self.day(9)])
        #expect(summary.files.allSatisfy { $0.duplicateOf != nil })
        #expect(try database.query("SELECT COALESCE(max(rev), 0)::text FROM xuexi_part") == before)
        #expect(try fixture.readerStore().everyTableContents() == contents)
    }

    @Test func aCommandThatOnlyReadsCreatesNoStore() throws {
        let database = try PostgresTestServer.Database()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-pg-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: StoreOfRecordError(location: try display(database.url), failure: .noStore)) {
            try PostgresReplica.openStore(
                url: database.url, create: false, environment: ["XUEXI_DASH_REPLICA_DIR": directory.path])
        }
        #expect(try database.query("SELECT count(*)::text FROM pg_tables WHERE schemaname = 'public'") == ["0"])
    }

    @Test func twoClerksWritesFollowOneAnother() throws {
        let fixture = try seeded()
        let database = try #require(fixture.database)
        let second = try PostgresReplica.openStore(
            url: database.url, create: false,
            environment: ["XUEXI_DASH_REPLICA_DIR": fixture.directory.path + "/second"])
        // The second clerk's replica is behind; its write first catches up, then adds its day.
        try fixture.run([Self.day(10)])
        _ = try Importer(store: second, options: fixture.options()).run(paths: [Self.day(11)])
        try fixture.run([Self.day(12)])
        let days = try fixture.readerStore().importRecords().flatMap(\.daysTouched)
        #expect(days.suffix(3) == ["2026-11-10", "2026-11-11", "2026-11-12"])
        #expect(try second.everyTableContents() != fixture.store.everyTableContents())
        let reader = try fixture.readerStore().everyTableContents()
        #expect(try fixture.store.everyTableContents() == reader)
    }

    @Test func aWriteTheServerRefusesIsPutBackAndSaidInTheUILanguage() throws {
        let fixture = try seeded()
        let database = try #require(fixture.database)
        let role = "sec_" + database.name.suffix(8)
        _ = try RoleGrants.grant(url: database.url, role: role, orgCode: "O1", password: nil)
        let secretary = try PostgresReplica.openStore(
            url: database.url(asRole: role), create: false,
            environment: ["XUEXI_DASH_REPLICA_DIR": fixture.directory.path + "/secretary"])
        #expect(secretary.replication?.isScoped == true)
        var refusal: (any Error)?
        do { try secretary.setDemoSignature("x") } catch { refusal = error }
        let error = try #require(refusal as? StoreOfRecordError)
        guard case .server(let why) = error.failure else {
            Issue.record("expected a refusal, got \(error)")
            return
        }
        #expect(why.contains("row-level security"), "\(why)")
        #expect(ErrorMessage.text(for: error, language: .zh).contains("拒绝了这次操作"))
        #expect(try secretary.demoSignature() == nil)
        #expect(try database.query("SELECT count(*)::text FROM meta WHERE key = 'demo.signature'") == ["0"])
    }

    @Test func anotherProcesssWriteArrivesThroughListen() throws {
        let fixture = try seeded()
        let database = try #require(fixture.database)
        let configuration = AppConfiguration()
        _ = try AlertEngine(store: fixture.store, configuration: configuration).evaluate(
            days: [Day(year: 2026, month: 11, day: 9)])
        let watcher = try PostgresReplica.openStore(
            url: database.url, create: false,
            environment: ["XUEXI_DASH_REPLICA_DIR": fixture.directory.path + "/watcher"])
        watcher.followStoreOfRecord()
        // Only once LISTEN is in place: the listener's first catch-up would bring an earlier change too.
        let replica = try #require(watcher.replication as? PostgresReplica)
        let waiting = Date()
        while !replica.listening.withLock({ $0 }) && Date().timeIntervalSince(waiting) < 20 {
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(replica.listening.withLock { $0 })
        let id = try #require(try watcher.alertRecords(.unresolved).first?.id)
        let version = try watcher.dataVersion()
        let started = Date()
        _ = try AlertEngine(store: fixture.store, configuration: configuration).acknowledge(
            id: id, note: "已电话联系", by: "clerk")
        var seen: String?
        // No timing asserted here (the 2 s of the acceptance is checked end to end in tmux):
        // the change must arrive, by LISTEN, since nothing else in this process pulls.
        while Date().timeIntervalSince(started) < 20 {
            seen = try watcher.alertRecord(id: id)?.acknowledgedBy
            if seen != nil { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(seen == "clerk")
        #expect(try watcher.dataVersion() != version)
    }

    @Test func aStoreMadeByOtherTablesIsRefusedBeforeAnyWrite() throws {
        let fixture = try seeded()
        let database = try #require(fixture.database)
        _ = try database.query("UPDATE xuexi_store SET value = value || 'x' WHERE key = 'schema' RETURNING key")
        do {
            _ = try fixture.readerStore()
            Issue.record("expected a refusal")
        } catch let error as StoreOfRecordError {
            guard case .schemaMismatch = error.failure else {
                Issue.record("\(error)")
                return
            }
        }
    }

    @Test func aSecretaryAcknowledgesInTheirSubtreeAndNothingElse() throws {
        let fixture = try seeded()
        let database = try #require(fixture.database)
        _ = try AlertEngine(store: fixture.store, configuration: AppConfiguration()).evaluate(
            days: [Day(year: 2026, month: 11, day: 9)])
        let role = "sec_" + database.name.suffix(8)
        let granted = try RoleGrants.grant(url: database.url, role: role, orgCode: "O1", password: nil)
        #expect(granted.units == 5 && granted.learners == 374)
        let secretary = try PostgresReplica.openStore(
            url: database.url(asRole: role), create: false,
            environment: ["XUEXI_DASH_REPLICA_DIR": fixture.directory.path + "/secretary"])
        let tree = try secretary.figuresContext().tree
        #expect(tree.rootIndices.map { tree.orgs[$0].code } == ["O1"])
        #expect(tree.count == 5)
        let mine = try secretary.alertRecords(.all)
        #expect(!mine.isEmpty)
        let subtree = Set(tree.orgs.map(\.id))
        #expect(mine.allSatisfy { $0.orgId.map(subtree.contains) == true })
        // What the office sees and the secretary does not.
        let others = try fixture.store.alertRecords(.all).filter { $0.orgId.map { !subtree.contains($0) } == true }
        #expect(!others.isEmpty)
        let id = try #require(mine.first?.id)
        _ = try AlertEngine(store: secretary, configuration: AppConfiguration()).acknowledge(
            id: id, note: "已督促", by: "secretary")
        #expect(try fixture.readerStore().alertRecord(id: id)?.acknowledgedBy == "secretary")
        // Directly, as psql would: rows outside the subtree are not there to change.
        let changed = try PostgresDatabases.query(
            url: database.url(asRole: role),
            "WITH c AS (UPDATE alert SET note = 'x' WHERE org_id NOT IN (SELECT id FROM org) RETURNING 1) SELECT count(*)::text FROM c"
        )
        #expect(changed == ["0"])
        #expect(throws: UnknownOrganization.self) {
            _ = try RoleGrants.grant(url: database.url, role: role, orgCode: "NOPE", password: nil)
        }
        #expect(!RoleGrants.isValidRole("Robert'); DROP TABLE learner;--"))
    }

    func display(_ url: String) throws -> String { try PostgresLocation(parsing: url).display }
}
