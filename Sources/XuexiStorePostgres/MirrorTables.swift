import GRDB
import XuexiStore

/// Who may read a table's rows at the store of record (row-level security).
enum RowScope: Sendable, Equatable {
    /// Every role of the store: item names, import records, store settings.
    case everyone
    /// The org rows of the role's subtree.
    case orgItself
    /// Rows whose `column` holds an org of the role's subtree.
    case org(String)
    /// Rows whose `column` holds a learner the role may see.
    case learner(String)
    /// Whole-store rows (store-wide leaderboards, the console's ranking, undo images,
    /// robot deliveries): only roles granted the root.
    case wholeStoreOnly
}

/// A SQLite table as PostgreSQL holds it: the same name, columns and primary key, plus the
/// column that cuts it into the parts a write replaces whole (`points` by day, `learner`
/// by org…): the replica sends and fetches changed parts, never single rows.
struct MirrorTable: Sendable, Equatable {
    enum ColumnType: String, Sendable {
        case integer = "bigint"
        case real = "double precision"
        case text = "text"
        case blob = "bytea"
    }
    struct Column: Sendable, Equatable {
        var name: String
        var type: ColumnType
        var notNull: Bool
        var primaryKeyPosition: Int
    }

    var name: String
    var part: String
    var scope: RowScope
    var columns: [Column]

    var partType: ColumnType { columns.first { $0.name == part }!.type }
    var quotedColumns: String { columns.map { quote($0.name) }.joined(separator: ", ") }

    /// Each table of the schema, how it is cut and who reads it. A table missing here makes
    /// `MirrorTable.all` fail, so a new migration cannot forget its PostgreSQL twin.
    static let layout: [(name: String, part: String, scope: RowScope)] = [
        ("meta", "key", .everyone),
        ("org", "id", .orgItself),
        ("learner", "org_id", .org("org_id")),
        ("learner_move", "learner_id", .learner("learner_id")),
        ("points", "day", .learner("learner_id")),
        ("leaderboard_top", "day", .wholeStoreOnly),
        ("item", "id", .everyone),
        ("org_day", "day", .org("org_id")),
        ("org_cum", "day", .org("org_id")),
        ("import_record", "id", .everyone),
        ("import_day", "import_id", .everyone),
        ("anomaly", "import_id", .learner("learner_id")),
        ("console_ranking", "day", .wholeStoreOnly),
        ("alert", "org_id", .org("org_id")),
        ("notify_delivery", "id", .wholeStoreOnly),
        ("notify_part", "target", .wholeStoreOnly),
        ("notify_alert", "target", .wholeStoreOnly),
        ("undo_points", "import_id", .wholeStoreOnly),
        ("undo_anomaly", "import_id", .wholeStoreOnly),
        ("undo_console_ranking", "import_id", .wholeStoreOnly),
        ("undo_org", "import_id", .wholeStoreOnly),
        ("undo_learner", "import_id", .wholeStoreOnly),
        ("undo_learner_move", "import_id", .wholeStoreOnly),
        ("undo_alert", "import_id", .wholeStoreOnly),
    ]

    /// SQLite's own tables and the replica's bookkeeping, which stay local.
    static let localOnly: Set<String> = ["grdb_migrations", "replica_state", "sqlite_sequence", "sqlite_stat1"]

    /// The tables of the SQLite schema in `db`, described for PostgreSQL, in layout order.
    static func all(_ db: Database) throws -> [MirrorTable] {
        let names = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        let known = Set(layout.map(\.name))
        if let stray = names.first(where: { !known.contains($0) && !localOnly.contains($0) }) {
            throw MirrorLayoutError(table: stray)
        }
        return try layout.filter { names.contains($0.name) }.map { entry in
            let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(\(quote(entry.name)))").map { row in
                Column(
                    name: row["name"], type: columnType(row["type"]), notNull: row["notnull"],
                    primaryKeyPosition: row["pk"])
            }
            return MirrorTable(name: entry.name, part: entry.part, scope: entry.scope, columns: columns)
        }
    }

    /// The tables of this program's schema (a fresh in-memory store's).
    static func current() throws -> [MirrorTable] {
        try XuexiStore.inMemory().writeConnection.read { try all($0) }
    }

    private static func columnType(_ declared: String) -> ColumnType {
        let upper = declared.uppercased()
        if upper.contains("INT") { return .integer }
        if upper.contains("REAL") || upper.contains("FLOA") || upper.contains("DOUB") { return .real }
        if upper.contains("BLOB") { return .blob }
        return .text
    }

    /// `CREATE TABLE` in PostgreSQL's dialect.
    var createStatement: String {
        var lines = columns.map { column in
            "    \(quote(column.name)) \(column.type.rawValue)\(column.notNull ? " NOT NULL" : "")"
        }
        let key = columns.filter { $0.primaryKeyPosition > 0 }.sorted { $0.primaryKeyPosition < $1.primaryKeyPosition }
        if !key.isEmpty { lines.append("    PRIMARY KEY (\(key.map { quote($0.name) }.joined(separator: ", ")))") }
        var sql = "CREATE TABLE \(quote(name)) (\n\(lines.joined(separator: ",\n"))\n);\n"
        if key.first?.name != part {
            sql += "CREATE INDEX \(quote(name + "_part")) ON \(quote(name)) (\(quote(part)));\n"
        }
        return sql
    }

    /// The table's columns, one line each: stored in the store so a program with other
    /// tables notices before it writes.
    var signature: String {
        name + "(" + columns.map { "\($0.name) \($0.type.rawValue)" }.joined(separator: ", ") + ")"
    }
}

struct MirrorLayoutError: Error, CustomStringConvertible {
    var table: String
    var description: String { "table \(table) has no PostgreSQL layout (MirrorTable.layout)" }
}

/// An identifier quoted for PostgreSQL (and SQLite): `user` and `position` are keywords there.
func quote(_ identifier: String) -> String {
    "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
