import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The C heap of this process, for long-running processes (`watch`, `demo --live`, a
/// dashboard) that must stay flat: glibc keeps freed pages of its arenas (one per thread that
/// ever allocated) instead of returning them, so resident memory ratchets up after every
/// large import even when nothing is still allocated. The functions are looked up at run time
/// (`malloc.h` is not part of Swift's Glibc module); elsewhere they do nothing.
public enum ProcessMemory {
    /// What the allocator holds, in bytes, from `malloc_info`.
    public struct Heap: Sendable, Equatable {
        /// Obtained from the system for the arenas, plus large blocks mapped on their own.
        public var system: Int
        /// Free inside the arenas (kept by the allocator, counted in RSS once touched).
        public var free: Int
        /// Allocated and not yet freed.
        public var inUse: Int { system - free }
    }

    /// Returns the free pages of every arena to the system (`malloc_trim(0)`); true when some
    /// memory was given back.
    @discardableResult
    public static func returnFreePages() -> Bool {
        #if canImport(Glibc)
            typealias Trim = @convention(c) (Int) -> Int32
            guard let symbol = dlsym(nil, "malloc_trim") else { return false }
            return unsafeBitCast(symbol, to: Trim.self)(0) != 0
        #else
            return false
        #endif
    }

    /// The allocator's totals, or nil when they cannot be read.
    public static func heap() -> Heap? {
        #if canImport(Glibc)
            typealias Info = @convention(c) (Int32, UnsafeMutablePointer<FILE>?) -> Int32
            guard let symbol = dlsym(nil, "malloc_info") else { return nil }
            var buffer: UnsafeMutablePointer<CChar>?
            var size = 0
            guard let stream = open_memstream(&buffer, &size) else { return nil }
            let status = unsafeBitCast(symbol, to: Info.self)(0, stream)
            fclose(stream)
            defer { free(buffer) }
            guard status == 0, let buffer else { return nil }
            return parse(String(cString: buffer))
        #else
            return nil
        #endif
    }

    /// Reads the process-wide totals that follow the last `</heap>` of `malloc_info`'s XML.
    static func parse(_ xml: String) -> Heap? {
        guard let range = xml.range(of: "</heap>", options: .backwards) else { return nil }
        var values: [String: Int] = [:]
        for line in xml[range.upperBound...].split(separator: "\n") {
            let fields = line.split(separator: "\"")
            guard fields.count >= 2, line.contains("type=") else { continue }
            let tag = line.hasPrefix("<total") ? "total" : line.hasPrefix("<system") ? "system" : "other"
            let size = fields.firstIndex { $0.hasSuffix("size=") }.flatMap {
                fields.indices.contains($0 + 1) ? Int(fields[$0 + 1]) : nil
            }
            if let size { values["\(tag).\(fields[1])"] = size }
        }
        guard let current = values["system.current"] else { return nil }
        let mapped = values["total.mmap"] ?? 0
        return Heap(system: current + mapped, free: (values["total.fast"] ?? 0) + (values["total.rest"] ?? 0))
    }
}
