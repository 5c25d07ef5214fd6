import Foundation
import GRDB
import Testing

@testable import XuexiModel
@testable import XuexiStore

/// `v3-points-items`: the per-item points move from one row per learner, day and item into
/// a packed blob on the learner-day's points row, for the live rows and the undo copies.
@Suite("Store: per-item points packed on the points row")
struct PointsItemsMigrationTests {
    @Test func packedItemsRoundTrip() {
        var bytes: [UInt8] = []
        let entries: [(Int64, Int32)] = [(1, 0), (7, 30), (300, -5), (Int64(Int32.max), Int32.min), (2, Int32.max)]
        for (item, points) in entries { PackedItems.append(item: item, points: points, to: &bytes) }
        var decoded: [(Int64, Int)] = []
        bytes.withUnsafeBufferPointer { PackedItems.forEach($0) { decoded.append(($0, $1)) } }
        #expect(decoded.map(\.0) == entries.map(\.0))
        #expect(decoded.map(\.1) == entries.map { Int($0.1) })
        // A later entry for the same item replaces the earlier one, as INSERT OR REPLACE did.
        bytes.removeAll()
        PackedItems.append([(3, 10), (4, 1), (3, 12)], to: &bytes)
        decoded.removeAll()
        bytes.withUnsafeBufferPointer { PackedItems.forEach($0) { decoded.append(($0, $1)) } }
        #expect(decoded.map(\.0) == [4, 3] && decoded.map(\.1) == [1, 12])
    }

    @Test func existingItemRowsAreCarriedOver() throws {
        let queue = try DatabaseQueue()
        try StoreSchema.migrator().migrate(queue, upTo: "v2-undo")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO item (id, name) VALUES (1, '阅读文章'), (2, '视听学习'), (3, '每日答题');
                    INSERT INTO points (day, learner_id, day_points, total_points, week_points, month_points, idle_days)
                    VALUES (100, 1, 12, 500, 12, 12, 0), (100, 2, 0, 40, 0, 0, 1), (101, 1, 9, 509, 21, 21, 0);
                    INSERT INTO points_item (day, learner_id, item_id, points) VALUES
                    (100, 1, 1, 6), (100, 1, 2, 6), (100, 2, 3, 0), (101, 1, 1, 4), (101, 1, 2, 3), (101, 1, 3, 2);
                    INSERT INTO undo_points (import_id, day, learner_id, day_points, total_points)
                    VALUES (5, 101, 1, 7, 507);
                    INSERT INTO undo_points_item (import_id, day, learner_id, item_id, points)
                    VALUES (5, 101, 1, 1, 5), (5, 101, 1, 3, 2);
                    """)
        }
        try StoreSchema.migrator().migrate(queue)
        let store = XuexiStore(writer: queue, path: nil)

        let lines = try store.contents(of: [.pointsItem])
        #expect(lines == "points_item:100 1 1 6;100 1 2 6;100 2 3 0;101 1 1 4;101 1 2 3;101 1 3 2")
        let all = try store.itemPoints(from: Day(number: 100), through: Day(number: 101)) { _ in true }
        #expect(
            Dictionary(uniqueKeysWithValues: all.map { ($0.item, $0.points) }) == ["阅读文章": 10, "视听学习": 9, "每日答题": 2])
        let second = try store.itemPoints(from: Day(number: 100), through: Day(number: 100)) { $0 == 2 }
        #expect(second.map(\.item) == ["每日答题"] && second.map(\.points) == [0])
        let undo = try queue.read { db in
            try Data.fetchOne(
                db, sql: "SELECT items FROM undo_points WHERE import_id = 5 AND day = 101 AND learner_id = 1")
        }
        var undone: [(Int64, Int)] = []
        Array(try #require(undo)).withUnsafeBufferPointer { PackedItems.forEach($0) { undone.append(($0, $1)) } }
        #expect(undone.map(\.0) == [1, 3] && undone.map(\.1) == [5, 2])
        let tables = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name LIKE '%points_item%'")
        }
        #expect(tables.isEmpty)
    }
}
