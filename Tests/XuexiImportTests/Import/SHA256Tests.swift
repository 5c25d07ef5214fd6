import Foundation
import Testing

@testable import XuexiCore
@testable import XuexiImport

@Suite("SHA-256")
struct SHA256Tests {
    @Test func knownVectors() {
        #expect(SHA256Digest.hex(of: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256Digest.hex(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        )
        #expect(
            SHA256Digest.hex(of: Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func chunkedUpdatesMatchOneShot() {
        var random = SeededRandom(seed: 7)
        let bytes = Data((0..<100_003).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        var digest = SHA256Digest()
        var offset = 0
        for size in [1, 63, 64, 65, 1000, 4096] where offset < bytes.count {
            let end = min(bytes.count, offset + size)
            digest.update(bytes[offset..<end])
            offset = end
        }
        digest.update(bytes[offset...])
        #expect(digest.finalize() == SHA256Digest.hex(of: bytes))
    }
}
