import Crypto
import Foundation

extension OutgoingMessage {
    /// SHA-256 of the unsigned body, hex: with the sequence, what a log keeps to know a message was delivered
    /// (a changed note gives new digests, so it is posted; the same note is never posted twice).
    public var digest: String {
        SHA256.hash(data: body.encoded()).map { String(format: "%02x", $0) }.joined()
    }
}
