import Foundation

extension AlertEngine {
    /// The figures as stored: JSON with sorted keys, no escaped slashes. A city's inactive
    /// learners are ~50,000 entries (megabytes), which JSONEncoder took ~190 ms to write, so
    /// that list is written here and spliced in where JSONEncoder puts the key: the text is
    /// byte for byte what JSONEncoder writes for the whole value (AlertFiguresEncodingTests).
    static func encode(_ figures: AlertFigures, with encoder: JSONEncoder? = nil) throws -> String {
        let encoder = encoder ?? figuresEncoder()
        guard let learners = figures.learners, !learners.isEmpty else {
            return String(decoding: try encoder.encode(figures), as: UTF8.self)
        }
        var rest = figures
        rest.learners = []
        let text = String(decoding: try encoder.encode(rest), as: UTF8.self)
        // Keys and string values are escaped, so the bare key occurs only where it is the key;
        // learners sort before every key that could nest another list of learners.
        let placeholder = #""learners":[]"#
        guard let range = text.range(of: placeholder) else {
            return String(decoding: try encoder.encode(figures), as: UTF8.self)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + learners.count * 160)
        bytes += text[..<range.lowerBound].utf8
        bytes += #""learners":["#.utf8
        for (position, learner) in learners.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            appendJSON(learner, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
        bytes += text[range.upperBound...].utf8
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One learner as JSONEncoder writes it with sorted keys: absent optionals are left out.
    static func appendJSON(_ learner: InactiveLearner, to bytes: inout [UInt8]) {
        bytes += #"{"inactiveDays":"#.utf8
        appendDecimal(learner.inactiveDays, to: &bytes)
        bytes += #","learnerId":"#.utf8
        appendJSON(learner.learnerId, to: &bytes)
        if let mentorId = learner.mentorId {
            bytes += #","mentorId":"#.utf8
            appendJSON(mentorId, to: &bytes)
        }
        if let mentorName = learner.mentorName {
            bytes += #","mentorName":"#.utf8
            appendJSON(mentorName, to: &bytes)
        }
        bytes += #","name":"#.utf8
        appendJSON(learner.name, to: &bytes)
        bytes += #","orgCode":"#.utf8
        appendJSON(learner.orgCode, to: &bytes)
        bytes += #","orgName":"#.utf8
        appendJSON(learner.orgName, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    /// A JSON string as JSONEncoder writes it without escaping slashes: quote, backslash and
    /// control characters escaped (the short forms where JSON has them), all else as UTF-8.
    static func appendJSON(_ string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        defer { bytes.append(UInt8(ascii: "\"")) }
        // Names almost never need escaping: copy them whole.
        guard string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
        else {
            bytes += string.utf8
            return
        }
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += #"\""#.utf8
            case UInt8(ascii: "\\"): bytes += #"\\"#.utf8
            case 0x08: bytes += #"\b"#.utf8
            case 0x0C: bytes += #"\f"#.utf8
            case 0x0A: bytes += #"\n"#.utf8
            case 0x0D: bytes += #"\r"#.utf8
            case 0x09: bytes += #"\t"#.utf8
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += #"\u00"#.utf8
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
    }

    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        guard value >= 0, value < 1000 else {
            bytes += String(value).utf8
            return
        }
        if value >= 100 { bytes.append(UInt8(ascii: "0") + UInt8(value / 100)) }
        if value >= 10 { bytes.append(UInt8(ascii: "0") + UInt8(value / 10 % 10)) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
