/// Orders names as people read them. Units: runs of Arabic or Chinese numerals compare by
/// value (第二 < 第十 < 第十一, 党支部00005 < 党支部00012, 第五学习小组 < 第十二学习小组),
/// everything else by pinyin. People: by the pinyin of each character in turn, the surname
/// read as a surname, characters with the same reading kept together (张 before 章 always).
public enum NaturalOrder {
    /// Sort key of an organisation's name.
    public static func unitKey(_ name: String) -> NaturalSortKey {
        NaturalSortKey(tokens: tokens(Array(name), readings: nil, chineseNumerals: true), raw: name)
    }

    /// Sort key of a person's name.
    public static func personKey(_ name: String) -> NaturalSortKey {
        let characters = Array(name)
        let readings = PinyinIndex.surnameReading(of: characters)
        return NaturalSortKey(tokens: tokens(characters, readings: readings, chineseNumerals: false), raw: name)
    }

    /// `areInIncreasingOrder` for unit names (`names.sorted(by: NaturalOrder.units)`).
    public static func units(_ lhs: String, _ rhs: String) -> Bool { unitKey(lhs) < unitKey(rhs) }

    /// `areInIncreasingOrder` for people's names.
    public static func people(_ lhs: String, _ rhs: String) -> Bool { personKey(lhs) < personKey(rhs) }

    private static func tokens(_ characters: [Character], readings: [String]?, chineseNumerals: Bool)
        -> [NaturalSortKey.Token]
    {
        var result: [NaturalSortKey.Token] = []
        result.reserveCapacity(characters.count)
        var index = 0
        while index < characters.count {
            if let number = ArabicNumeral.parse(characters, from: index) {
                result.append(.number(number.value, digits: number.length))
                index += number.length
                continue
            }
            if chineseNumerals, let number = ChineseNumeral.parse(characters, from: index) {
                result.append(.number(number.value, digits: number.length))
                index += number.length
                continue
            }
            let character = characters[index]
            let scalar = character.unicodeScalars.first?.value ?? 0
            if let readings, index < readings.count {
                result.append(.text(readings[index], scalar))
            } else if let reading = PinyinIndex.syllable(of: character) {
                result.append(.text(reading, scalar))
            } else if character.isLetter {
                let lower = character.lowercased()
                result.append(.text(lower, lower.unicodeScalars.first?.value ?? scalar))
            } else {
                result.append(.text("", scalar))  // punctuation and symbols before letters
            }
            index += 1
        }
        return result
    }
}

/// A name's precomputed order: compute it once per row, then sort by it.
public struct NaturalSortKey: Comparable, Hashable, Sendable {
    enum Token: Comparable, Hashable, Sendable {
        /// Numbers come before text; equal values with fewer digits first (5 before 005).
        case number(UInt64, digits: Int)
        /// A reading (pinyin, a lowercase letter, or "" for symbols) and the scalar that
        /// keeps homophones apart and in a fixed order.
        case text(String, UInt32)
    }

    let tokens: [Token]
    /// The name itself: the final tie-break, so different names never compare equal.
    public let raw: String

    public static func < (lhs: NaturalSortKey, rhs: NaturalSortKey) -> Bool {
        if lhs.tokens != rhs.tokens { return lhs.tokens.lexicographicallyPrecedes(rhs.tokens) }
        return lhs.raw.unicodeScalars.lexicographicallyPrecedes(rhs.raw.unicodeScalars)
    }
}

enum ArabicNumeral {
    /// A run of decimal digits (ASCII or full-width) at `start`, its value saturating.
    static func parse(_ characters: [Character], from start: Int) -> (value: UInt64, length: Int)? {
        var value: UInt64 = 0
        var index = start
        while index < characters.count, let digit = digitValue(characters[index]) {
            let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = times.addingReportingOverflow(UInt64(digit))
            value = overflowA || overflowB ? UInt64.max : sum
            index += 1
        }
        return index > start ? (value, index - start) : nil
    }

    private static func digitValue(_ character: Character) -> Int? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }
}
