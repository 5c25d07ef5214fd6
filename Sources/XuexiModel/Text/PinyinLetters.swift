/// Letters (a–z) and digits of a name and code as bit sets, read straight from UTF-8 bytes,
/// so a roster search can drop most learners before it builds a `PinyinSearchKey`.
///
/// Every way `PinyinSearchKey` matches a query uses each ASCII letter or digit of the query
/// from the code, from the lowercased name, or from a reading of one of its characters (a
/// surname reading too), and a match starts with a letter a reading starts with, a letter
/// of the name or one of the code. The sets are therefore never smaller than what a match
/// needs: a learner they reject cannot match. Text the sets cannot describe (any non-ASCII
/// character without a reading in the table) gives full sets and is always scored.
public enum PinyinLetters {
    /// Bits 0–25 are a–z, 26–35 are 0–9.
    public typealias Mask = UInt64
    public static let all: Mask = (1 << 36) - 1

    /// The letters every match of `query` needs, and the one it starts with (0 when none).
    public static func required(by query: String) -> (letters: Mask, first: Mask) {
        var letters: Mask = 0
        // Only one-scalar ASCII characters: anything else compares by canonical equivalence.
        for character in PinyinSearchKey.normalize(query) where character.unicodeScalars.count == 1 {
            letters |= bit(character.unicodeScalars.first!)
        }
        // The first character `XuexiStore.mayMatch` looks at: spaces and apostrophes skipped.
        let first = query.lowercased().unicodeScalars.first { $0 != " " && $0 != "'" }
        return (letters, first.map(bit) ?? 0)
    }

    /// The letters of a name and a code given as UTF-8 (`letters`), those a match can start
    /// with (`starts`), and those of `starts` that certainly start one (`sure`: from the code,
    /// the name's own letters or a character's usual reading, not from a surname's); `letters`
    /// and `starts` full and `sure` empty when the text has a character they cannot describe.
    public static func masks(name: UnsafeBufferPointer<UInt8>, code: UnsafeBufferPointer<UInt8>) -> (
        letters: Mask, starts: Mask, sure: Mask
    ) {
        var letters: Mask = 0
        for byte in code {
            guard byte < 0x80 else { return (all, all, 0) }
            letters |= asciiBit(byte)
        }
        var starts = letters
        var surnameStarts: Mask = 0
        var index = 0
        var isFirst = true
        while index < name.count {
            let byte = name[index]
            if byte < 0x80 {
                letters |= asciiBit(byte)
                starts |= asciiBit(byte)
                index += 1
                isFirst = false
                continue
            }
            // The table's ideographs (U+4E00–U+9FFF) are all three bytes long.
            guard byte & 0xF0 == 0xE0, index + 2 < name.count else { return (all, all, 0) }
            let value = UInt32(byte & 0x0F) << 12 | UInt32(name[index + 1] & 0x3F) << 6 | UInt32(name[index + 2] & 0x3F)
            guard value >= PinyinTable.first, value <= PinyinTable.last else { return (all, all, 0) }
            let syllable = Int(PinyinTable.indices[Int(value - PinyinTable.first)])
            guard syllable > 0 else { return (all, all, 0) }
            letters |= syllableMasks[syllable - 1].letters
            starts |= syllableMasks[syllable - 1].first
            if isFirst, let surname = surnameMasks[value] {
                letters |= surname.letters
                surnameStarts = surname.first
            }
            isFirst = false
            index += 3
        }
        return (letters, starts | surnameStarts, starts)
    }

    static func bit(_ scalar: Unicode.Scalar) -> Mask {
        scalar.value < 0x80 ? asciiBit(UInt8(scalar.value)) : 0
    }

    @inline(__always) static func asciiBit(_ byte: UInt8) -> Mask {
        switch byte {
        case 0x61...0x7A: 1 << Mask(byte - 0x61)
        case 0x41...0x5A: 1 << Mask(byte - 0x41)
        case 0x30...0x39: 1 << Mask(26 + byte - 0x30)
        default: 0
        }
    }

    private static func masks(of readings: [String]) -> (letters: Mask, first: Mask) {
        var letters: Mask = 0
        var first: Mask = 0
        for reading in readings {
            for byte in reading.utf8 { letters |= asciiBit(byte) }
            if let initial = reading.utf8.first { first |= asciiBit(initial) }
        }
        return (letters, first)
    }

    private static let syllableMasks: [(letters: Mask, first: Mask)] = PinyinTable.syllables.map { masks(of: [$0]) }

    /// By a name's first scalar: every surname reading (single or compound) a name starting
    /// with it may take, more than any one name needs.
    private static let surnameMasks: [UInt32: (letters: Mask, first: Mask)] = {
        var result: [UInt32: (letters: Mask, first: Mask)] = [:]
        func add(_ scalar: Unicode.Scalar?, _ readings: [String]) {
            guard let scalar else { return }
            let masks = masks(of: readings)
            let old = result[scalar.value] ?? (0, 0)
            result[scalar.value] = (old.letters | masks.letters, old.first | masks.first)
        }
        for (character, reading) in PinyinIndex.singleSurnames { add(character.unicodeScalars.first, [reading]) }
        for (surname, readings) in PinyinIndex.compoundSurnames { add(surname.unicodeScalars.first, readings) }
        return result
    }()
}
