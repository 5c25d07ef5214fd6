/// Contact-list search: a query of characters, codes, full pinyin (`tiantian`, `zhangwei`),
/// initials (`ttsq`, `zw`) or a mix (`张w`, `zhangw`) against a name and its code. Scores
/// rank, best first: exact code, name or code prefix, pinyin from the name's start (initials
/// before full pinyin), pinyin inside the name, characters inside the name, code inside.
public struct PinyinSearchKey: Sendable, Hashable {
    public enum Tier: Int, Comparable, Sendable {
        case codeContains = 1
        case characterContains, fullPinyinContains, initialsContains
        case fullPinyinFromStart, initialsFromStart, prefix, exactCode

        public static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let name: String
    public let code: String?
    let characters: [Character]
    /// Readings of each character (a surname's surname reading added to its usual one).
    let readings: [[String]]

    /// Builds the key once per candidate; `personName` adds surname readings (单 shan and dan).
    public init(name: String, code: String? = nil, personName: Bool = false) {
        self.name = name
        self.code = code
        let characters = Array(name.lowercased())
        self.characters = characters
        var readings = characters.map { PinyinIndex.syllable(of: $0).map { [$0] } ?? [] }
        if personName, let surname = PinyinIndex.surnameReading(of: characters) {
            for (offset, reading) in surname.enumerated() where !readings[offset].contains(reading) {
                readings[offset].insert(reading, at: 0)
            }
        }
        self.readings = readings
    }

    /// The match's tier, or nil when `query` does not match.
    public func tier(for query: String) -> Tier? {
        score(for: query).flatMap { Tier(rawValue: ($0 + 999) / 1000) }
    }

    /// Higher is better; nil when `query` does not match. Within a tier, earlier and
    /// tighter matches in shorter names score higher.
    public func score(for query: String) -> Int? {
        let needle = Self.normalize(query)
        guard !needle.isEmpty else { return nil }
        let text = String(characters)
        let lowerCode = code?.lowercased()
        if let lowerCode, lowerCode == needle { return Self.score(.exactCode, offset: 0, length: characters.count) }
        if text.hasPrefix(needle) || lowerCode?.hasPrefix(needle) == true {
            return Self.score(.prefix, offset: 0, length: characters.count)
        }
        let query = Array(needle)
        for start in characters.indices {
            guard let kind = match(query, 0, start) else { continue }
            let tier: Tier =
                start == 0
                ? (kind == .initials ? .initialsFromStart : .fullPinyinFromStart)
                : (kind == .initials ? .initialsContains : .fullPinyinContains)
            if kind != .literal { return Self.score(tier, offset: start, length: characters.count) }
        }
        if let range = text.range(of: needle) {
            let offset = text.distance(from: text.startIndex, to: range.lowerBound)
            return Self.score(.characterContains, offset: offset, length: characters.count)
        }
        if let lowerCode, lowerCode.contains(needle) {
            return Self.score(.codeContains, offset: 0, length: characters.count)
        }
        return nil
    }

    /// Lowercased, without the spaces and apostrophes people type between syllables (xi'an).
    static func normalize(_ query: String) -> String {
        String(query.lowercased().filter { $0 != " " && $0 != "'" && $0 != "’" })
    }

    private static func score(_ tier: Tier, offset: Int, length: Int) -> Int {
        tier.rawValue * 1000 - min(999, offset * 50 + length)
    }

    enum Kind: Comparable {
        case literal, initials, full
    }

    /// Matches `query[qi...]` against consecutive characters from `ci`; the strongest kind
    /// used (a full syllable makes the match "full", any initial without one "initials").
    private func match(_ query: [Character], _ qi: Int, _ ci: Int) -> Kind? {
        if qi == query.count { return .literal }
        guard ci < characters.count else { return nil }
        if query[qi] == characters[ci], let rest = match(query, qi + 1, ci + 1) { return rest }
        let remaining = query.count - qi
        for reading in readings[ci] {
            let syllable = Array(reading)
            // The last syllable may be half typed: "zhangw" finds 张伟.
            if remaining <= syllable.count, Array(query[qi...]) == Array(syllable[0..<remaining]) {
                return remaining == 1 ? .initials : .full
            }
            if remaining > syllable.count, Array(query[qi..<qi + syllable.count]) == syllable,
                match(query, qi + syllable.count, ci + 1) != nil
            {
                return .full
            }
            if query[qi] == syllable[0], let rest = match(query, qi + 1, ci + 1) {
                return max(rest, .initials)
            }
            // zh, ch and sh typed as initials (zhw for 张伟).
            if syllable.count > 2, syllable[1] == "h", remaining > 2, query[qi] == syllable[0], query[qi + 1] == "h",
                let rest = match(query, qi + 2, ci + 1)
            {
                return max(rest, .initials)
            }
        }
        return nil
    }
}

extension PinyinSearchKey {
    /// One-off scoring (build a `PinyinSearchKey` per candidate when searching many).
    public static func score(query: String, name: String, code: String? = nil, personName: Bool = false) -> Int? {
        PinyinSearchKey(name: name, code: code, personName: personName).score(for: query)
    }
}
