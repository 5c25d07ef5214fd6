/// Chinese numerals in names: 一…九, 〇/零, 十, and 百千万亿 after a digit (三百, 一千零五);
/// 两 only before a unit (两百), so 两新组织 stays a word. A bare 百, 千, 万 or 亿 is text
/// (万科社区, 千岛湖), a bare 十 is ten (第十).
enum ChineseNumeral {
    static let digits: [Character: UInt64] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let units: [Character: UInt64] = ["十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000]

    static func parse(_ characters: [Character], from start: Int) -> (value: UInt64, length: Int)? {
        let run = runLength(characters, from: start)
        guard run > 0 else { return nil }
        let slice = Array(characters[start..<start + run])
        return (value(of: slice), run)
    }

    /// How many characters from `start` form one numeral (0 when none starts there).
    private static func runLength(_ characters: [Character], from start: Int) -> Int {
        guard start < characters.count else { return 0 }
        let first = characters[start]
        let next = start + 1 < characters.count ? characters[start + 1] : nil
        if first == "两" {
            guard let next, units[next] != nil else { return 0 }
        } else if first != "十" && digits[first] == nil {
            return 0
        }
        var end = start + 1
        while end < characters.count {
            let character = characters[end]
            if digits[character] != nil || units[character] != nil || character == "两" {
                end += 1
            } else {
                break
            }
        }
        return end - start
    }

    /// 二〇二四 reads digit by digit; anything with a unit reads positionally.
    private static func value(of characters: [Character]) -> UInt64 {
        if !characters.contains(where: { units[$0] != nil }) {
            return characters.reduce(0) { saturating($0, times: 10, plus: digits[$1] ?? 2) }
        }
        var total: UInt64 = 0
        var section: UInt64 = 0
        var number: UInt64 = 0
        var seenDigit = false
        for character in characters {
            if let digit = digits[character] ?? (character == "两" ? 2 : nil) {
                number = digit
                seenDigit = true
            } else if let unit = units[character] {
                if unit >= 10_000 {
                    section = saturating(section + number, times: unit, plus: 0)
                    total = total &+ section
                    section = 0
                } else {
                    // 十 with nothing before it is 一十.
                    section += (number == 0 && !seenDigit ? 1 : number) * unit
                }
                number = 0
                seenDigit = false
            }
        }
        return total &+ section &+ number
    }

    private static func saturating(_ value: UInt64, times factor: UInt64, plus addend: UInt64) -> UInt64 {
        let (product, overflowA) = value.multipliedReportingOverflow(by: factor)
        let (sum, overflowB) = product.addingReportingOverflow(addend)
        return overflowA || overflowB ? UInt64.max : sum
    }
}
