import Testing

@testable import XuexiCore
@testable import XuexiModel
@testable import XuexiStore

@Suite("Learner code index")
struct LearnerCodeIndexTests {
    @Test func findsEveryCodeItWasGivenAndNothingElse() {
        var index = LearnerCodeIndex(capacity: 4)
        var codes: [String] = []
        for number in 0..<5_000 { codes.append(String(format: "L%07d", number)) }
        codes += ["", "1", "607220856676", "1234567890123456", "12345678901234567", "张伟", "学员编号很长很长的编号"]
        for (id, code) in codes.enumerated() { index.insert(code, id: id + 1) }
        for (id, code) in codes.enumerated() { #expect(index.id(of: code) == id + 1, "\(code)") }
        #expect(index.id(of: "L9999999") == nil)
        #expect(index.id(of: "123456789012345") == nil)
        #expect(index.id(of: "L000000") == nil)
        #expect(index.count == codes.count)
        index.insert("L0000001", id: 42)
        #expect(index.id(of: "L0000001") == 42)
        #expect(index.count == codes.count)
    }
}
