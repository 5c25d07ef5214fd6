import GRDB

/// Learner code → learner id, for mapping every row of an import.
///
/// An open-addressing table over codes packed into two 64-bit words (codes of up to 16
/// UTF-8 bytes: 学员编号 like L0000001 and the console's 12-digit userIds), with a Dictionary
/// only for longer codes. Measured on the city day (570,000 rows): building a
/// `[String: Int]` from SQLite and looking every row up cost ~250 ms of the 1 s budget;
/// this table builds straight from SQLite's bytes and looks up without hashing a String.
public struct LearnerCodeIndex: Sendable {
    private struct Slot {
        var low: UInt64
        var high: UInt64
        var length: Int32  // 0 = empty
        var id: Int32
    }

    private var slots: [Slot]
    private var mask: Int
    private var longCodes: [String: Int] = [:]
    public private(set) var count = 0

    public init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(low: 0, high: 0, length: 0, id: 0), count: size)
        mask = size - 1
    }

    /// Packs up to 16 bytes little-endian into two words; nil for longer input.
    @inline(__always)
    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
        guard bytes.count <= 16 else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for index in 0..<min(8, bytes.count) { low |= UInt64(bytes[index]) << (8 * UInt64(index)) }
        if bytes.count > 8 {
            for index in 8..<bytes.count { high |= UInt64(bytes[index]) << (8 * UInt64(index - 8)) }
        }
        return (low, high)
    }

    @inline(__always)
    private static func hash(_ low: UInt64, _ high: UInt64, _ length: Int) -> Int {
        var h = low &* 0x9E37_79B9_7F4A_7C15 ^ (high &+ UInt64(length)) &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 29
        return Int(truncatingIfNeeded: h)
    }

    public mutating func insert(_ code: String, id: Int) {
        var code = code
        code.withUTF8 { insert(bytes: $0, id: id) }
    }

    mutating func insert(bytes: UnsafeBufferPointer<UInt8>, id: Int) {
        guard let (low, high) = LearnerCodeIndex.pack(bytes), !bytes.isEmpty else {
            longCodes[String(decoding: bytes, as: UTF8.self)] = id
            count += 1
            return
        }
        if (count + 1) * 2 > slots.count { grow() }
        var position = LearnerCodeIndex.hash(low, high, bytes.count) & mask
        while slots[position].length != 0 {
            if slots[position].low == low && slots[position].high == high && Int(slots[position].length) == bytes.count
            {
                slots[position].id = Int32(id)
                return
            }
            position = (position + 1) & mask
        }
        slots[position] = Slot(low: low, high: high, length: Int32(bytes.count), id: Int32(id))
        count += 1
    }

    public func id(of code: String) -> Int? {
        var code = code
        return code.withUTF8 { id(bytes: $0) }
    }

    func id(bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let (low, high) = LearnerCodeIndex.pack(bytes), !bytes.isEmpty else {
            return longCodes[String(decoding: bytes, as: UTF8.self)]
        }
        var position = LearnerCodeIndex.hash(low, high, bytes.count) & mask
        while slots[position].length != 0 {
            if slots[position].low == low && slots[position].high == high && Int(slots[position].length) == bytes.count
            {
                return Int(slots[position].id)
            }
            position = (position + 1) & mask
        }
        return nil
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(low: 0, high: 0, length: 0, id: 0), count: old.count * 2)
        mask = slots.count - 1
        for slot in old where slot.length != 0 {
            var position = LearnerCodeIndex.hash(slot.low, slot.high, Int(slot.length)) & mask
            while slots[position].length != 0 { position = (position + 1) & mask }
            slots[position] = slot
        }
    }

    /// Every learner of the store.
    static func load(_ db: Database) throws -> LearnerCodeIndex {
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM learner") ?? 0
        var index = LearnerCodeIndex(capacity: max(16, total + total / 4))
        let query = try RawStatement(db, sql: "SELECT code, id FROM learner")
        try query.forEachRow(db) { row in
            row.withTextBytes(0) { index.insert(bytes: $0, id: row.int(1)) }
        }
        return index
    }

    public var isEmpty: Bool { count == 0 }
}
