/// A learner-day's per-item points (阅读文章, 视听学习, …) packed into the `items` blob of
/// its `points` row: for each item, its id and then its points, each a LEB128 varint (points
/// zigzag-encoded, so a negative correction survives). A city day carries ~2 million item
/// figures: as rows of their own (`points_item`, keyed by day, learner and item) they were
/// most of an import's write time and two thirds of the store; packed beside the day's
/// points row they cost a few bytes and no extra B-tree entries.
enum PackedItems {
    /// Appends one item's entry.
    @inline(__always)
    static func append(item: Int64, points: Int32, to bytes: inout [UInt8]) {
        appendVarint(UInt64(bitPattern: item), to: &bytes)
        let value = Int64(points)
        appendVarint(UInt64(bitPattern: (value << 1) ^ (value >> 63)), to: &bytes)
    }

    @inline(__always)
    private static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Calls `body` with each entry's item id and points, in stored order; stops at a
    /// truncated entry (a blob this code did not write).
    static func forEach(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (_ item: Int64, _ points: Int) -> Void) {
        var offset = 0
        while offset < bytes.count {
            guard let item = readVarint(bytes, &offset), let zigzag = readVarint(bytes, &offset) else { return }
            let points = Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
            body(Int64(bitPattern: item), Int(points))
        }
    }

    @inline(__always)
    private static func readVarint(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: inout Int) -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count && shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    /// Appends the entries of one row, a later entry for the same item replacing an earlier
    /// one (as the one-row-per-item table's `INSERT OR REPLACE` did).
    static func append(_ entries: [(item: Int64, points: Int32)], to bytes: inout [UInt8]) {
        for (position, entry) in entries.enumerated()
        where !entries[(position + 1)...].contains(where: { $0.item == entry.item }) {
            append(item: entry.item, points: entry.points, to: &bytes)
        }
    }
}
