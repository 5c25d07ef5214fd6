/// Toneless pinyin (ü written v) of Chinese characters from a committed table of the most
/// frequent reading of every CJK Unified Ideograph (scripts/generate-pinyin-table, from
/// pypinyin), so sorting and search give the same answer on every machine without ICU.
/// People's names read their surname as a surname: 单 shan, 曾 zeng, 尉迟 yuchi.
public enum PinyinIndex {
    /// The reading of `scalar`, or nil for anything but a CJK Unified Ideograph with a reading.
    public static func syllable(of scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        guard value >= PinyinTable.first, value <= PinyinTable.last else { return nil }
        let index = Int(PinyinTable.indices[Int(value - PinyinTable.first)])
        return index == 0 ? nil : PinyinTable.syllables[index - 1]
    }

    /// The reading of a one-scalar character (nil for a composed one or a non-ideograph).
    public static func syllable(of character: Character) -> String? {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else { return nil }
        return syllable(of: scalar)
    }

    /// One reading per character of `text` (nil where there is none). With `personName`,
    /// the leading surname reads as a surname (单 shan, not dan).
    public static func syllables(of text: String, personName: Bool = false) -> [String?] {
        let characters = Array(text)
        var result = characters.map { syllable(of: $0) }
        if personName, let surname = surnameReading(of: characters) {
            for (offset, reading) in surname.enumerated() { result[offset] = reading }
        }
        return result
    }

    /// Full pinyin of `text`, syllables joined without spaces ("tiantianshequ"); characters
    /// without a reading are kept as they are.
    public static func pinyin(of text: String, personName: Bool = false) -> String {
        zip(Array(text), syllables(of: text, personName: personName))
            .map { character, reading in reading ?? String(character).lowercased() }
            .joined()
    }

    /// The surname readings of a name that starts with a surname read differently as a
    /// surname (compound ones first: 万俟 moqi before 万 wan).
    public static func surnameReading(of characters: [Character]) -> [String]? {
        // Most names start with no such surname: one set lookup instead of building a key.
        guard let first = characters.first, surnameFirsts.contains(first) else { return nil }
        if characters.count >= 2, let compound = compoundSurnames[String(characters[0...1])] {
            return compound
        }
        if let first = characters.first, let single = singleSurnames[first] { return [single] }
        return nil
    }

    /// Surnames whose surname reading is not the character's most frequent one.
    static let singleSurnames: [Character: String] = [
        "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "朴": "piao",
        "盖": "ge", "缪": "miao", "翟": "zhai", "覃": "qin", "种": "chong", "乐": "yue", "员": "yun",
        "秘": "bi", "折": "she", "召": "shao", "柏": "bai", "薄": "bo", "句": "gou", "藏": "zang",
        "都": "du", "沈": "shen", "任": "ren", "繁": "po", "郇": "huan", "祭": "zhai", "隗": "wei",
        "冼": "xian", "佴": "nai", "尉": "wei", "长": "chang", "车": "che", "重": "chong", "便": "pian",
        "能": "nai", "宁": "ning", "褚": "chu", "那": "na", "燕": "yan", "相": "xiang", "华": "hua",
    ]

    /// The characters a surname read differently can start with.
    static let surnameFirsts = Set(singleSurnames.keys).union(compoundSurnames.keys.compactMap(\.first))

    /// Compound surnames, read as a whole.
    static let compoundSurnames: [String: [String]] = [
        "尉迟": ["yu", "chi"], "万俟": ["mo", "qi"], "长孙": ["zhang", "sun"], "单于": ["chan", "yu"],
        "澹台": ["tan", "tai"], "令狐": ["ling", "hu"], "欧阳": ["ou", "yang"], "上官": ["shang", "guan"],
        "司马": ["si", "ma"], "诸葛": ["zhu", "ge"], "皇甫": ["huang", "fu"], "夏侯": ["xia", "hou"],
        "慕容": ["mu", "rong"], "宇文": ["yu", "wen"], "公孙": ["gong", "sun"], "东方": ["dong", "fang"],
    ]
}

/// The decoded table: one syllable number (1-based, 0 = none) per ideograph.
enum PinyinTable {
    static let indices: [UInt16] = {
        var digit = [UInt8: UInt16]()
        for (offset, byte) in alphabet.utf8.enumerated() { digit[byte] = UInt16(offset) }
        var result = [UInt16]()
        result.reserveCapacity(Int(last - first) + 1)
        var high: UInt16?
        for byte in encoded.utf8 {
            guard let value = digit[byte] else { continue }  // the literal's line breaks
            if let pending = high {
                result.append(pending * 64 + value)
                high = nil
            } else {
                high = value
            }
        }
        return result
    }()
}
