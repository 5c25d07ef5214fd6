import Foundation
import PostgresNIO

/// Where a PostgreSQL store is: `postgresql://[user[:password]@][host][:port]/database`,
/// with libpq's `?host=/socket/folder` for a Unix socket. The user defaults to `$PGUSER`,
/// then the login name; the password to `$PGPASSWORD`. A URL without a host uses the
/// server's Unix socket in /var/run/postgresql, as psql does.
public struct PostgresLocation: Sendable, Equatable {
    public var user: String
    public var password: String?
    /// A host name or address, nil for a Unix socket.
    public var host: String?
    public var port: Int
    /// The folder holding the socket file, when `host` is nil.
    public var socketFolder: String
    public var database: String

    /// True for `postgresql://` and `postgres://`.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    public init(
        user: String, password: String? = nil, host: String?, port: Int = 5432,
        socketFolder: String = "/var/run/postgresql", database: String
    ) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.socketFolder = socketFolder
        self.database = database
    }

    /// Parses `text`; throws `PostgresLocationError` naming what is wrong.
    public init(parsing text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isPostgres(text), let components = URLComponents(string: text) else {
            throw PostgresLocationError(url: text, problem: .notAURL)
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !database.isEmpty, !database.contains("/") else {
            throw PostgresLocationError(url: text, problem: .noDatabase)
        }
        let query = Dictionary(
            (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        if let mode = query["sslmode"], !["disable", "allow", "prefer"].contains(mode) {
            throw PostgresLocationError(url: text, problem: .tlsUnsupported)
        }
        let socketHost = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        let host = components.host.flatMap { $0.isEmpty ? nil : $0 }
        self.init(
            user: components.user?.removingPercentEncoding ?? environment["PGUSER"] ?? Self.loginName(environment),
            password: components.password?.removingPercentEncoding ?? environment["PGPASSWORD"],
            host: socketHost == nil ? host : nil,
            port: components.port ?? Int(environment["PGPORT"] ?? "") ?? 5432,
            socketFolder: socketHost ?? "/var/run/postgresql",
            database: database.removingPercentEncoding ?? database)
    }

    private static func loginName(_ environment: [String: String]) -> String {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return environment["USER"] ?? "postgres"
    }

    /// The URL without its password: what the header, messages and `info` show.
    public var display: String {
        let place = host.map { "\($0):\(port)" } ?? "[\(socketFolder)]:\(port)"
        return "postgresql://\(user)@\(place)/\(database)"
    }

    var configuration: PostgresConnection.Configuration {
        if let host {
            return .init(host: host, port: port, username: user, password: password, database: database, tls: .disable)
        }
        return .init(
            unixSocketPath: "\(socketFolder)/.s.PGSQL.\(port)", username: user, password: password, database: database)
    }
}

/// A `--store` URL that cannot be used, and why (exit code 3).
public struct PostgresLocationError: Error, Sendable, Equatable {
    public enum Problem: Sendable, Equatable {
        case notAURL, noDatabase, tlsUnsupported
    }
    public var url: String
    public var problem: Problem
}
