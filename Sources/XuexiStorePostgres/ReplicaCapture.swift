import Foundation
import GRDB
import PostgresNIO
import XuexiStore

/// Notes which parts of which tables this process's writes change: temporary triggers on
/// the store's write connection (a pull writes through another connection, so what it
/// fetches is never sent back), into a temporary table that rolls back with the write.
enum ReplicaCapture {
    /// The temporary table noting `table`'s changed parts. A table cut by a NOT NULL
    /// integer (`points` by day…) gets its own, keyed by the rowid: its trigger fires for
    /// each of a city day's 570,000 rows, and a rowid lookup measured a third of the time of
    /// the shared (table, part) index.
    static func dirtyTable(_ table: MirrorTable) -> String? {
        guard table.partType == .integer, table.columns.first(where: { $0.name == table.part })?.notNull == true else {
            return nil
        }
        return "replica_dirty_" + table.name
    }

    static func install(on store: XuexiStore, tables: [MirrorTable]) throws {
        try store.writeConnection.writeWithoutTransaction { db in
            try db.execute(
                sql: "CREATE TEMP TABLE IF NOT EXISTS replica_dirty (tbl TEXT NOT NULL, part, UNIQUE (tbl, part))")
            for table in tables {
                let name = quote(table.name)
                let part = quote(table.part)
                let own = dirtyTable(table)
                if let own { try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS \(own) (part INTEGER PRIMARY KEY)") }
                func note(_ row: String) -> String {
                    if let own { return "INSERT OR IGNORE INTO \(own) VALUES (\(row).\(part));" }
                    return "INSERT OR IGNORE INTO replica_dirty VALUES ('\(table.name)', \(row).\(part));"
                }
                try db.execute(
                    sql: """
                        CREATE TEMP TRIGGER IF NOT EXISTS "replica_\(table.name)_insert" AFTER INSERT ON main.\(name)
                        BEGIN \(note("NEW")) END;
                        CREATE TEMP TRIGGER IF NOT EXISTS "replica_\(table.name)_update" AFTER UPDATE ON main.\(name)
                        BEGIN \(note("OLD")) \(note("NEW")) END;
                        CREATE TEMP TRIGGER IF NOT EXISTS "replica_\(table.name)_delete" AFTER DELETE ON main.\(name)
                        BEGIN \(note("OLD")) END;
                        """)
            }
        }
    }

    /// The changed parts by table, each as `PartKey` text.
    static func parts(_ store: XuexiStore, tables: [MirrorTable]) throws -> [String: [String]] {
        try store.writeConnection.writeWithoutTransaction { db in
            var parts: [String: Set<String>] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT tbl, part FROM temp.replica_dirty") {
                parts[row["tbl"], default: []].insert(PartKey.text(row["part"] as DatabaseValue))
            }
            for table in tables {
                guard let own = dirtyTable(table) else { continue }
                for part in try Int64.fetchAll(db, sql: "SELECT part FROM temp.\(own)") {
                    parts[table.name, default: []].insert(String(part))
                }
            }
            return parts.mapValues { $0.sorted() }
        }
    }

    static func clear(_ store: XuexiStore, tables: [MirrorTable]) throws {
        try store.writeConnection.writeWithoutTransaction { db in
            try db.execute(sql: "DELETE FROM temp.replica_dirty")
            for table in tables {
                if let own = dirtyTable(table) { try db.execute(sql: "DELETE FROM temp.\(own)") }
            }
        }
    }
}

/// A part's key as `xuexi_part` stores it: the column's value as text, `\N` for NULL.
enum PartKey {
    static let null = "\\N"

    static func text(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return null
        case .int64(let int): return String(int)
        case .double(let double): return String(Int64(double))
        case .string(let string): return string
        case .blob(let data): return String(decoding: data, as: UTF8.self)
        }
    }

    /// The SQL condition selecting `parts` of `table` (for both SQLite and PostgreSQL), with
    /// one parameter: a JSON array for SQLite, an array for PostgreSQL.
    static func sqliteFilter(_ table: MirrorTable, _ parts: [String]) -> (sql: String, json: String) {
        let values = parts.filter { $0 != null }
        let json: String =
            table.partType == .integer
            ? "[" + values.joined(separator: ",") + "]"
            : String(decoding: try! JSONEncoder().encode(values), as: UTF8.self)
        var sql = "\(quote(table.part)) IN (SELECT value FROM json_each(?))"
        if parts.contains(null) { sql = "(\(sql) OR \(quote(table.part)) IS NULL)" }
        return (sql, json)
    }

    /// The same condition for PostgreSQL, as `$1`, with its bind: the parts as an array.
    static func postgresFilter(_ table: MirrorTable, _ parts: [String]) -> (sql: String, binds: PostgresBindings) {
        let values = parts.filter { $0 != null }
        var binds = PostgresBindings()
        let cast: String
        if table.partType == .integer {
            binds.append(values.compactMap { Int64($0) })
            cast = "bigint[]"
        } else {
            binds.append(values)
            cast = "text[]"
        }
        var sql = "\(quote(table.part)) = ANY($1::\(cast))"
        if parts.contains(null) { sql = "(\(sql) OR \(quote(table.part)) IS NULL)" }
        return (sql, binds)
    }
}
