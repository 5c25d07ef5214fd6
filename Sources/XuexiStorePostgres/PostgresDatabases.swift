import Foundation
import PostgresNIO
import XuexiStore

/// Throwaway databases on a development server (`scripts/pg-dev`), for the tests and the
/// benchmark: each gets a database of its own, so they cannot see one another's stores.
package enum PostgresDatabases {
    /// Creates database `name` on the server of `serverURL`; returns its URL.
    package static func create(serverURL: String, name: String) throws -> String {
        let place = try PostgresLocation(parsing: serverURL)
        let session = try PostgresSession.connect(place)
        defer { session.close() }
        try session.execute("CREATE DATABASE \(quote(name))")
        var target = place
        target.database = name
        return target.url
    }

    /// Drops database `name` and every connection to it.
    package static func drop(serverURL: String, name: String) {
        guard let place = try? PostgresLocation(parsing: serverURL),
            let session = try? PostgresSession.connect(place)
        else { return }
        defer { session.close() }
        try? session.execute("DROP DATABASE IF EXISTS \(quote(name)) WITH (FORCE)")
    }

    /// Runs `sql` (one statement) on `url` and returns the first column of each row as text.
    package static func query(url: String, _ sql: String) throws -> [String?] {
        let session = try PostgresSession.connect(try PostgresLocation(parsing: url))
        defer { session.close() }
        return try session.strings(sql)
    }
}

extension PostgresLocation {
    /// The URL again, with its password (for a child process or another database).
    package var url: String {
        var components = URLComponents()
        components.scheme = "postgresql"
        components.user = user
        components.password = password
        if let host {
            components.host = host
            components.port = port
        } else {
            components.port = port
            components.queryItems = [URLQueryItem(name: "host", value: socketFolder)]
        }
        components.path = "/" + database
        return components.string ?? display
    }
}
