import GRDB

/// Moves the per-item points from one row per learner, day and item (`points_item`, and its
/// undo copy `undo_points_item`) into a packed `items` blob on each learner-day's points row
/// (`PackedItems`): a city day's ~2 million item rows were most of an import's write time
/// and two thirds of the store. Every existing item figure is carried over unchanged.
enum PointsItemsMigration {
    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE points ADD COLUMN items BLOB;
                ALTER TABLE undo_points ADD COLUMN items BLOB;
                """)
        try pack(
            db, keyColumns: 2,
            from: "SELECT day, learner_id, item_id, points FROM points_item ORDER BY day, learner_id, item_id",
            into: "UPDATE points SET items = ? WHERE day = ? AND learner_id = ?")
        try pack(
            db, keyColumns: 3,
            from: """
                SELECT import_id, day, learner_id, item_id, points FROM undo_points_item
                ORDER BY import_id, day, learner_id, item_id
                """,
            into: "UPDATE undo_points SET items = ? WHERE import_id = ? AND day = ? AND learner_id = ?")
        try db.execute(sql: "DROP TABLE points_item; DROP TABLE undo_points_item;")
    }

    /// Reads item rows in key order (the `keyColumns` columns of the key first, then item id
    /// and points) and writes each key's entries packed with `update` (blob first, then the
    /// key's columns).
    private static func pack(_ db: Database, keyColumns: Int32, from select: String, into update: String) throws {
        let read = try RawStatement(db, sql: select, cached: false)
        let write = try RawStatement(db, sql: update, cached: false)
        var key: [Int] = []
        var bytes: [UInt8] = []
        func flush() throws {
            guard !key.isEmpty else { return }
            bytes.withUnsafeBytes { write.bindBlob(1, $0) }
            for (offset, value) in key.enumerated() { write.bind(Int32(offset) + 2, value) }
            try write.step(db)
        }
        try read.forEachRow(db) { row in
            if key.isEmpty || (0..<keyColumns).contains(where: { key[Int($0)] != row.int($0) }) {
                try flush()
                key = (0..<keyColumns).map { row.int($0) }
                bytes.removeAll(keepingCapacity: true)
            }
            PackedItems.append(
                item: Int64(row.int(keyColumns)), points: Int32(clamping: row.int(keyColumns + 1)), to: &bytes)
        }
        try flush()
    }
}
