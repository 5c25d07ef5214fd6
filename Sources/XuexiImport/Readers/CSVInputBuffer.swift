#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of a CSV file as well-formed UTF-8, a chunk at a time: `bytes[start..<end]` is
/// decoded text not yet consumed by the parser. Memory stays at about two chunks plus the
/// longest record, whatever the file size.
final class CSVInputBuffer {
    static let defaultChunkSize = 1 << 20

    enum Failure: Equatable {
        case invalidUTF8
        case invalidGB18030
        /// The system error number (`FileErrorCause` says it in the UI language).
        case readError(Int32)
    }

    enum OpenError: Error, Equatable {
        case unreadable(Int32)
        case utf16
        case noConverter
    }

    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    /// First byte the parser has not consumed; the parser advances it.
    var start = 0
    /// End of decoded, valid text.
    private(set) var end = 0
    /// UTF-8 mode only: end of bytes read, past `end` when a scalar is cut by the chunk end.
    private var rawEnd = 0
    /// True once `end` is the end of the file's text: no more bytes will come.
    private(set) var finished = false
    /// Why text stops before the end of the file; the parser reports it when it gets there.
    private(set) var failure: Failure?
    let encoding: TextEncodingChoice

    private let descriptor: Int32
    private let chunkSize: Int
    private var sourceDone: Bool
    private let decoder: GB18030Decoder?
    /// GB18030 mode: bytes read but not yet converted (a cut sequence is carried here).
    private var pending: UnsafeMutablePointer<UInt8>?
    private var pendingCount = 0

    /// Opens `path` and decides the encoding from the first chunk: a UTF-8 BOM, else UTF-8 if
    /// the chunk is well-formed UTF-8, else GB18030.
    static func open(path: String, choice: TextEncodingChoice, chunkSize: Int = defaultChunkSize) throws(OpenError)
        -> CSVInputBuffer
    {
        let fd = openForReading(path)
        if fd < 0 { throw .unreadable(errno) }
        let capacity = chunkSize * 2
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        var count = 0
        var readError: Int32 = 0
        while count < chunkSize {
            let n = read(fd, bytes + count, chunkSize - count)
            if n < 0 {
                if errno == EINTR { continue }
                readError = errno
                break
            }
            if n == 0 { break }
            count += n
        }
        func fail(_ error: OpenError) -> OpenError {
            bytes.deallocate()
            close(fd)
            return error
        }
        if readError != 0 { throw fail(.unreadable(readError)) }
        let sourceDone = count < chunkSize
        let hasBOM = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let utf16BOM = count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        let encoding: TextEncodingChoice
        switch choice {
        case .utf8: encoding = .utf8
        case .gb18030: encoding = .gb18030
        case .auto:
            if utf16BOM { throw fail(.utf16) }
            if hasBOM {
                encoding = .utf8
            } else {
                let (_, status) = UTF8Validation.validate(bytes, count: count)
                let wellFormed = status == .complete || (status == .incomplete && !sourceDone)
                encoding = wellFormed ? .utf8 : .gb18030
            }
        }
        var decoder: GB18030Decoder?
        if encoding == .gb18030 {
            decoder = GB18030Decoder()
            if decoder == nil { throw fail(.noConverter) }
        }
        return CSVInputBuffer(
            descriptor: fd, bytes: bytes, capacity: capacity, count: count, chunkSize: chunkSize,
            sourceDone: sourceDone, encoding: encoding, skip: encoding == .utf8 && hasBOM ? 3 : 0, decoder: decoder)
    }

    private init(
        descriptor: Int32, bytes: UnsafeMutablePointer<UInt8>, capacity: Int, count: Int, chunkSize: Int,
        sourceDone: Bool, encoding: TextEncodingChoice, skip: Int, decoder: GB18030Decoder?
    ) {
        self.descriptor = descriptor
        self.bytes = bytes
        self.capacity = capacity
        self.chunkSize = chunkSize
        self.sourceDone = sourceDone
        self.encoding = encoding
        self.decoder = decoder
        if decoder != nil {
            // The first chunk was read into the text buffer for detection; it is raw GB18030.
            // Room for a chunk plus a carried, cut sequence (at most three bytes).
            let pending = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize + 8)
            pending.update(from: bytes, count: count)
            self.pending = pending
            pendingCount = count
            convertPending()
        } else {
            start = skip
            end = skip
            rawEnd = count
            validateNewBytes()
        }
    }

    deinit {
        close(descriptor)
        bytes.deallocate()
        pending?.deallocate()
    }

    /// Moves unconsumed text to the front and decodes more. Returns false when no more text
    /// was added: the file is finished, or `failure` says why text stops here.
    func refill() -> Bool {
        if finished || failure != nil { return false }
        if start > 0 {
            memmove(bytes, bytes + start, rawEnd - start)
            end -= start
            rawEnd -= start
            start = 0
        }
        let before = end
        while end == before && !finished && failure == nil {
            if decoder == nil {
                reserve(chunkSize)
                let n = readBytes(into: bytes + rawEnd, maximum: capacity - rawEnd)
                if n < 0 { return false }
                if n == 0 { sourceDone = true }
                rawEnd += n
                validateNewBytes()
            } else {
                if !sourceDone, let pending {
                    let n = readBytes(into: pending + pendingCount, maximum: chunkSize + 8 - pendingCount)
                    if n < 0 { return false }
                    if n == 0 { sourceDone = true }
                    pendingCount += n
                }
                convertPending()
            }
        }
        return end > before
    }

    /// The buffer's size, for tests that check memory stays bounded.
    var bufferCapacity: Int { capacity }

    private func reserve(_ room: Int) {
        if capacity - rawEnd >= room { return }
        let newCapacity = max(capacity * 2, rawEnd + room)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: bytes, count: rawEnd)
        bytes.deallocate()
        bytes = grown
        capacity = newCapacity
    }

    private func readBytes(into destination: UnsafeMutablePointer<UInt8>, maximum: Int) -> Int {
        while true {
            let n = read(descriptor, destination, maximum)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            failure = .readError(errno)
            return -1
        }
    }

    private func validateNewBytes() {
        let (valid, status) = UTF8Validation.validate(bytes + end, count: rawEnd - end)
        end += valid
        switch status {
        case .complete: break
        case .incomplete: if sourceDone { failure = .invalidUTF8 }
        case .invalid: failure = .invalidUTF8
        }
        if sourceDone && end == rawEnd && failure == nil { finished = true }
    }

    private func convertPending() {
        guard let decoder, let pending else { return }
        var offset = 0
        conversion: while offset < pendingCount {
            // Two-byte GB18030 sequences become three UTF-8 bytes; nothing grows more.
            reserve((pendingCount - offset) * 3 / 2 + 16)
            let result = decoder.convert(
                input: pending + offset, inputCount: pendingCount - offset,
                output: bytes + end, outputCapacity: capacity - end)
            offset += result.consumed
            end += result.produced
            rawEnd = end
            switch result.outcome {
            case .done: break conversion
            case .outputFull: reserve(capacity)
            case .incomplete:
                if sourceDone { failure = .invalidGB18030 }
                break conversion
            case .invalid:
                failure = .invalidGB18030
                break conversion
            }
        }
        if offset > 0 {
            memmove(pending, pending + offset, pendingCount - offset)
            pendingCount -= offset
        }
        if sourceDone && pendingCount == 0 && failure == nil { finished = true }
    }
}

/// At file scope so `open` means the C function, not a type's own `open`.
func openForReading(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_CLOEXEC)
}
