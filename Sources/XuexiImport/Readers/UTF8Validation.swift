/// Checks raw bytes for well-formed UTF-8 without building strings, so a CSV chunk can be
/// validated once and every cell decoded afterwards without repair (String(decoding:) would
/// silently turn GBK bytes into U+FFFD).
enum UTF8Validation {
    enum Status: Equatable {
        /// Every byte belongs to a complete scalar.
        case complete
        /// The bytes after `valid` are the start of a scalar cut by the end of the range.
        case incomplete
        /// The byte at `valid` cannot start or continue a scalar.
        case invalid
    }

    /// The length of the longest well-formed prefix of `bytes[0..<count]` and why it stops.
    static func validate(_ bytes: UnsafePointer<UInt8>, count: Int) -> (valid: Int, status: Status) {
        var i = 0
        let raw = UnsafeRawPointer(bytes)
        while i < count {
            // ASCII dominates real exports: test eight bytes at a time.
            while i + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            if i >= count { break }
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                upper = 0x9F  // no UTF-16 surrogates
            case 0xF0:
                length = 4
                lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                upper = 0x8F  // nothing above U+10FFFF
            default: return (i, .invalid)
            }
            // Only the second byte has a restricted range; the rest are plain continuations.
            var k = 1
            while k < length {
                if i + k >= count { return (i, .incomplete) }
                let byte = bytes[i + k]
                let low: UInt8 = k == 1 ? lower : 0x80
                let high: UInt8 = k == 1 ? upper : 0xBF
                if byte < low || byte > high { return (i, .invalid) }
                k += 1
            }
            i += length
        }
        return (count, .complete)
    }
}
