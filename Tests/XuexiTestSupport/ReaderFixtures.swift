import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Fixture files and scratch files for the reader tests.
package enum ReaderFixtures {
    package static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent("Readers")
            .appendingPathComponent(name)
    }

    package static func data(_ name: String) throws -> Data {
        try Data(contentsOf: url(name))
    }
}

/// A private directory per test, removed when the value goes away.
package final class ScratchDirectory {
    package let url: URL

    package init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("xuexi-readers-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    package func file(_ name: String, bytes: [UInt8]) throws -> URL {
        let fileURL = url.appendingPathComponent(name)
        try Data(bytes).write(to: fileURL)
        return fileURL
    }

    package func file(_ name: String, text: String) throws -> URL {
        try file(name, bytes: Array(text.utf8))
    }
}

/// Peak resident memory of this process in KiB (VmHWM), and a way to restart the peak.
package enum ProcessMemory {
    package static func peakKiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        return nil
    }

    /// Writing 5 to clear_refs resets VmHWM to the current RSS (Linux ≥ 4.0).
    package static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }
}

extension Array where Element == UInt8 {
    /// GB18030 bytes of `text`, for building GBK test files.
    package static func gb18030(_ text: String) -> [UInt8] {
        let cd = iconv_open("GB18030", "UTF-8")!
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let produced = input.withUnsafeMutableBytes { inBytes in
            output.withUnsafeMutableBytes { outBytes in
                var inPointer = inBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBytes.count
                var outPointer = outBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outBytes.count
                let result = iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
                precondition(result != -1, "not convertible to GB18030")
                return outBytes.count - outLeft
            }
        }
        return Array(output.prefix(produced))
    }
}
