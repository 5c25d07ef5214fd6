import Foundation
import Logging
import NIOCore
import PostgresNIO
import XuexiStore

/// One connection to the store of record, used from ordinary threads: every command of this
/// program is synchronous, so each call waits for its query here (never on one of Swift's
/// concurrency threads, which the query itself needs). Calls are serialized.
final class PostgresSession: @unchecked Sendable {
    private(set) var connection: PostgresConnection
    let location: PostgresLocation
    private let lock = NSLock()
    /// `SET` statements made on this session, made again after a reconnection.
    var settings: [String] = []
    /// How many times the connection was opened again: session state (an advisory lock)
    /// does not survive that.
    private(set) var generation = 0
    static let logger = Logger(label: "xuexi-dash.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    private init(connection: PostgresConnection, location: PostgresLocation) {
        self.connection = connection
        self.location = location
    }

    static func connect(_ location: PostgresLocation) throws -> PostgresSession {
        PostgresSession(connection: try open(location), location: location)
    }

    private static func open(_ location: PostgresLocation) throws -> PostgresConnection {
        do {
            return try waitFor {
                try await PostgresConnection.connect(
                    configuration: location.configuration, id: Int.random(in: 1...Int.max), logger: logger)
            }
        } catch {
            throw StoreOfRecordError(location: location.display, failure: .cannotConnect(Self.describe(error)))
        }
    }

    /// Runs `body` with the connection, one caller at a time; a connection the server
    /// closed (a restart) is opened again first. Session settings are set again too.
    func run<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        if connection.isClosed {
            connection = try Self.open(location)
            generation += 1
            let settings = settings
            let connection = connection
            for statement in settings {
                _ = try? Self.waitFor {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: Self.logger).collect().count
                }
            }
        }
        let connection = connection
        do {
            return try Self.waitFor { try await body(connection) }
        } catch let error as StoreOfRecordError {
            throw error
        } catch {
            throw StoreOfRecordError(location: location.display, failure: .server(Self.describe(error)))
        }
    }

    /// A script of statements, each ending with `;` at the end of a line (`$$` bodies may
    /// hold more), run in one transaction; its own BEGIN and COMMIT lines are dropped.
    func script(_ sql: String) throws {
        try transaction(Self.statements(sql))
    }

    static func statements(_ sql: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var insideBody = false
        for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            current += line + "\n"
            if line.components(separatedBy: "$$").count % 2 == 0 { insideBody.toggle() }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !insideBody && trimmed.hasSuffix(";") {
                let statement = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !["BEGIN;", "COMMIT;"].contains(statement) { statements.append(String(statement.dropLast())) }
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { statements.append(rest) }
        return statements
    }

    /// Statements run in order in one transaction (DDL scripts: the extended protocol
    /// PostgresNIO speaks takes one statement per query).
    func transaction(_ statements: [String]) throws {
        try run { connection in
            try await connection.query("BEGIN", logger: Self.logger)
            do {
                for statement in statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: Self.logger)
                }
                try await connection.query("COMMIT", logger: Self.logger)
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: Self.logger)
                throw error
            }
        }
    }

    /// One statement with binds; its rows are dropped.
    func execute(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws {
        _ = try run { connection in
            try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: Self.logger)
                .collect().count
        }
    }

    /// The first column of each row, as text (`::text` in the query when it is not).
    func strings(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws -> [String?] {
        try run { connection in
            var values: [String?] = []
            for try await row in try await connection.query(
                PostgresQuery(unsafeSQL: sql, binds: binds), logger: Self.logger)
            {
                values.append(try row.decode(String?.self))
            }
            return values
        }
    }

    /// Closed here at the latest: PostgresNIO requires it before the connection goes.
    deinit { try? connection.close().wait() }

    func close() {
        try? connection.close().wait()
    }

    /// Waits on this thread for `body`, run as a task on `BlockingBridge.executor`: never on
    /// Swift's cooperative threads, which a caller may itself be blocking (a test, a
    /// dashboard task), and which are only two on a two-core machine.
    static func waitFor<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task(executorPreference: BlockingBridge.executor) {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }

    /// The server's own message (PSQLError hides it from `description`), else the error.
    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                let code = error.serverInfo?[.sqlState].map { " (\($0))" } ?? ""
                return message + code
            }
            if let underlying = error.underlying { return String(describing: underlying) }
            return String(describing: error.code)
        }
        return String(describing: error)
    }
}

/// Runs the tasks of `waitFor` on Dispatch's threads (a concurrent queue), apart from the
/// cooperative pool: a query's continuation then always finds a thread, however many
/// callers are blocked waiting for theirs.
final class BlockingBridge: TaskExecutor, @unchecked Sendable {
    static let executor = BlockingBridge()
    private let queue = DispatchQueue(label: "xuexi-dash.postgres", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}

final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
