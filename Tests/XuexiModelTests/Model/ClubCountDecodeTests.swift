import Testing

@testable import XuexiModel

/// The org table decodes `org_day.clubs` from SQLite's bytes; the String decoder is the
/// reference, so both must agree on every text, well-formed or not.
@Suite("Model: club counts decoded from bytes")
struct ClubCountDecodeTests {
    static let texts = [
        "", "10000:51:12", "10000:449:120,20000:88:24,40000:3:0", "0:0:0,5:0:0", "007:010:002",
        ",,10000:1:1,,", "10000::5:2", "10000:5", "10000:5:2:9", "1:2:3,4:5", "a:1:2,3:4:5", "10000:-5:2",
        "+1:2:3", " 1:2:3", "1:2:3 ", "999999999999999999:1:1", "9999999999999999999:1:1",
        "99999999999999999999:1:1,2:3:4", "1:2:3,", ":", ",", "中:1:2,3:4:5",
    ]

    @Test(arguments: texts)
    func bytesDecodeLikeTheString(text: String) {
        let fromBytes = Array(text.utf8).withUnsafeBufferPointer { ClubCount.decode(utf8: $0) }
        #expect(fromBytes == ClubCount.decode(text))
    }

    @Test func encodedCountsComeBack() {
        let clubs = [
            ClubCount(threshold: 10000, all: 449, party: 120), ClubCount(threshold: 20000, all: 88, party: 24),
            ClubCount(threshold: 40000, all: 0, party: 0),
        ]
        let text = ClubCount.encode(clubs)
        #expect(Array(text.utf8).withUnsafeBufferPointer { ClubCount.decode(utf8: $0) } == clubs)
        #expect(clubs[0].masses == 329)
    }
}
