import Foundation
import Testing
import XuexiImport

/// The import record's digest: swift-crypto's SHA-256 streamed over a file in 1 MiB chunks.
@Suite struct FileDigestTests {
    @Test func aFileLargerThanOneChunkHashesLikeItsBytes() throws {
        var bytes = Data(count: (1 << 20) + 12_345)
        for index in bytes.indices { bytes[index] = UInt8(truncatingIfNeeded: index &* 31 &+ 7) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("digest-\(UUID().uuidString).bin")
        try bytes.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try FileDigest.sha256(ofFile: url) == FileDigest.sha256(of: bytes))
        #expect(
            FileDigest.sha256(of: Data("abc".utf8))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
