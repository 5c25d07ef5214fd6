#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streaming GB18030 → UTF-8 conversion through iconv, which keeps the shift state and lets a
/// multibyte sequence cut by a chunk boundary be completed by the next chunk.
final class GB18030Decoder {
    enum Outcome: Equatable {
        /// All input consumed.
        case done
        /// The input ends inside a multibyte sequence; the unconsumed bytes must be carried over.
        case incomplete
        /// The output buffer is full; call again with more room.
        case outputFull
        /// The byte at the consumed position is not GB18030.
        case invalid
    }

    private let descriptor: iconv_t

    init?() {
        let cd = iconv_open("UTF-8", "GB18030")
        if cd == iconv_t(bitPattern: -1) { return nil }
        descriptor = cd!
    }

    deinit {
        iconv_close(descriptor)
    }

    /// Converts as much of `input` as fits into `output`.
    func convert(
        input: UnsafeMutablePointer<UInt8>, inputCount: Int,
        output: UnsafeMutablePointer<UInt8>, outputCapacity: Int
    ) -> (consumed: Int, produced: Int, outcome: Outcome) {
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(input).assumingMemoryBound(to: CChar.self)
        var inLeft = inputCount
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(output).assumingMemoryBound(
            to: CChar.self)
        var outLeft = outputCapacity
        let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
        let consumed = inputCount - inLeft
        let produced = outputCapacity - outLeft
        if result != -1 { return (consumed, produced, .done) }
        switch errno {
        case EINVAL: return (consumed, produced, .incomplete)
        case E2BIG: return (consumed, produced, .outputFull)
        default: return (consumed, produced, .invalid)
        }
    }
}
