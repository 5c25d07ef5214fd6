/// One grapheme cluster stored inline as up to 15 bytes of UTF-8. Unlike `String`, it is a
/// plain value with no reference inside, so a buffer of 12 000 cells is filled, compared
/// and freed without a retain or release per cell: that is what keeps a frame cheap.
public struct Grapheme: Hashable, Sendable, CustomStringConvertible {
    /// Bytes 0–7 of the UTF-8.
    private var low: UInt64
    /// Bytes 8–14 of the UTF-8 in the low 56 bits, the byte count in the top 8.
    private var high: UInt64

    /// Longer clusters (long emoji sequences) are stored as U+FFFD.
    public static let maximumUTF8Count = 15

    /// The empty grapheme: the right half of a wide character.
    public static let empty = Grapheme(low: 0, high: 0)
    public static let space = Grapheme(asciiByte: 0x20)

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// A single printable ASCII byte (the fast path for most text).
    @inline(__always)
    public init(asciiByte: UInt8) {
        low = UInt64(asciiByte)
        high = 1 << 56
    }

    public init(scalar: Unicode.Scalar) {
        var low: UInt64 = 0
        var count = 0
        UTF8.encode(scalar) { byte in
            low |= UInt64(byte) << (8 * UInt64(count))
            count += 1
        }
        self.low = low
        high = UInt64(count) << 56
    }

    /// The UTF-8 of `text` (meant to be one grapheme cluster).
    public init(_ text: String) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0
        for byte in text.utf8 {
            if count == Grapheme.maximumUTF8Count {
                self = Grapheme(scalar: "\u{FFFD}")
                return
            }
            if count < 8 {
                low |= UInt64(byte) << (8 * UInt64(count))
            } else {
                high |= UInt64(byte) << (8 * UInt64(count - 8))
            }
            count += 1
        }
        self.low = low
        self.high = high | (UInt64(count) << 56)
    }

    public init(_ character: Character) {
        self.init(String(character))
    }

    public var utf8Count: Int { Int(high >> 56) }
    public var isEmpty: Bool { utf8Count == 0 }

    /// The grapheme as a `String` (small strings of up to 15 bytes need no allocation).
    public var string: String {
        let count = utf8Count
        if count == 1 { return String(Character(Unicode.Scalar(UInt8(truncatingIfNeeded: low)))) }
        var bytes = (low.littleEndian, (high & 0x00FF_FFFF_FFFF_FFFF).littleEndian)
        return withUnsafeBytes(of: &bytes) { raw in
            String(decoding: UnsafeRawBufferPointer(rebasing: raw.prefix(count)), as: UTF8.self)
        }
    }

    public var description: String { string }
}
