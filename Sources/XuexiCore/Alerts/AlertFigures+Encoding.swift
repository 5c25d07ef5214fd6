import Foundation

extension AlertEngine {
    /// The figures as stored: JSON with sorted keys, no escaped slashes. A city evaluation
    /// writes megabytes of figures (~50,000 inactive learners, thousands of member units),
    /// which JSONEncoder took ~80 ms of a 100 ms budget to write, so they are written here:
    /// the text is byte for byte what JSONEncoder writes for the same value
    /// (AlertFiguresEncodingTests). What this writer does not handle (anomaly rows, numbers
    /// JSONEncoder would write in exponent form) goes through JSONEncoder as before.
    static func encode(_ figures: AlertFigures, with encoder: JSONEncoder? = nil) throws -> String {
        String(decoding: try encodeUTF8(figures, with: encoder), as: UTF8.self)
    }

    /// `encode` as UTF-8 bytes (what the store writes).
    static func encodeUTF8(_ figures: AlertFigures, with encoder: JSONEncoder? = nil) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256 + (figures.learners?.count ?? 0) * 160 + (figures.members?.count ?? 0) * 180)
        if appendJSON(figures, to: &bytes) { return bytes }
        return Array(try (encoder ?? figuresEncoder()).encode(figures))
    }

    /// Appends `figures` as JSONEncoder writes them with sorted keys (absent optionals left
    /// out); false, with `bytes` in an unspecified state, for values it leaves to JSONEncoder.
    static func appendJSON(_ figures: AlertFigures, to bytes: inout [UInt8]) -> Bool {
        guard figures.anomalies == nil else { return false }
        // The buffer moves into the writer and back (a copy would make nesting quadratic).
        var object = JSONObjectWriter()
        swap(&object.bytes, &bytes)
        object.bytes.append(UInt8(ascii: "{"))
        defer {
            object.bytes.append(UInt8(ascii: "}"))
            swap(&object.bytes, &bytes)
        }
        // Keys in the byte order JSONEncoder's `.sortedKeys` uses.
        object.int("active", figures.active)
        object.int("anomalyCount", figures.anomalyCount)
        object.int("childCount", figures.childCount)
        object.string("childType", figures.childType)
        object.int("childrenHolding", figures.childrenHolding)
        object.string("day", figures.day)
        object.double("drop", figures.drop)
        object.int("expected", figures.expected)
        object.string("file", figures.file)
        object.bool("holdsItself", figures.holdsItself)
        object.int("hoursSinceImport", figures.hoursSinceImport)
        object.int("importId", figures.importId.map(Int.init))
        object.int("inactiveDays", figures.inactiveDays)
        object.string("lastDataDay", figures.lastDataDay)
        object.string("lastImportAt", figures.lastImportAt)
        object.string("learnerId", figures.learnerId)
        object.string("learnerName", figures.learnerName)
        if let learners = figures.learners {
            object.key("learners")
            object.bytes.append(UInt8(ascii: "["))
            for (position, learner) in learners.enumerated() {
                if position > 0 { object.bytes.append(UInt8(ascii: ",")) }
                appendJSON(learner, to: &object.bytes)
            }
            object.bytes.append(UInt8(ascii: "]"))
        }
        object.int("limitHours", figures.limitHours)
        if let members = figures.members {
            object.key("members")
            object.bytes.append(UInt8(ascii: "["))
            for (position, member) in members.enumerated() {
                if position > 0 { object.bytes.append(UInt8(ascii: ",")) }
                guard appendJSON(member, to: &object.bytes) else { return false }
            }
            object.bytes.append(UInt8(ascii: "]"))
        }
        object.bool("missingDay", figures.missingDay)
        object.bool("provisional", figures.provisional)
        object.double("rate", figures.rate)
        object.int("referenceDays", figures.referenceDays)
        object.double("referenceMean", figures.referenceMean)
        object.int("registered", figures.registered)
        object.string("requiredDay", figures.requiredDay)
        object.int("shortfall", figures.shortfall)
        object.bool("storeUnchanged", figures.storeUnchanged)
        object.double("threshold", figures.threshold)
        return object.handled
    }

    /// One member unit as JSONEncoder writes it with sorted keys.
    static func appendJSON(_ member: AlertMember, to bytes: inout [UInt8]) -> Bool {
        appendLiteral(#"{"depth":"#, to: &bytes)
        appendDecimal(member.depth, to: &bytes)
        appendLiteral(#","figures":"#, to: &bytes)
        guard appendJSON(member.figures, to: &bytes) else { return false }
        appendLiteral(#","orgCode":"#, to: &bytes)
        appendJSON(member.orgCode, to: &bytes)
        appendLiteral(#","orgName":"#, to: &bytes)
        appendJSON(member.orgName, to: &bytes)
        if let orgType = member.orgType {
            appendLiteral(#","orgType":"#, to: &bytes)
            appendJSON(orgType, to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
        return true
    }

    /// One learner as JSONEncoder writes it with sorted keys: absent optionals are left out.
    static func appendJSON(_ learner: InactiveLearner, to bytes: inout [UInt8]) {
        appendLiteral(#"{"inactiveDays":"#, to: &bytes)
        appendDecimal(learner.inactiveDays, to: &bytes)
        appendLiteral(#","learnerId":"#, to: &bytes)
        appendJSON(learner.learnerId, to: &bytes)
        if let mentorId = learner.mentorId {
            appendLiteral(#","mentorId":"#, to: &bytes)
            appendJSON(mentorId, to: &bytes)
        }
        if let mentorName = learner.mentorName {
            appendLiteral(#","mentorName":"#, to: &bytes)
            appendJSON(mentorName, to: &bytes)
        }
        appendLiteral(#","name":"#, to: &bytes)
        appendJSON(learner.name, to: &bytes)
        appendLiteral(#","orgCode":"#, to: &bytes)
        appendJSON(learner.orgCode, to: &bytes)
        appendLiteral(#","orgName":"#, to: &bytes)
        appendJSON(learner.orgName, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    /// A JSON string as JSONEncoder writes it without escaping slashes: quote, backslash and
    /// control characters escaped (the short forms where JSON has them), all else as UTF-8.
    static func appendJSON(_ string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        defer { bytes.append(UInt8(ascii: "\"")) }
        // Names almost never need escaping: copy them whole, straight from the string's storage.
        let copied: Bool? = string.utf8.withContiguousStorageIfAvailable { utf8 in
            for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                return false
            }
            bytes.append(contentsOf: utf8)
            return true
        }
        if copied == true { return }
        if copied == nil,
            !string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
        {
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

    /// A key or punctuation, copied from the binary (appending a literal's `utf8` view goes
    /// through the generic sequence path, which was a quarter of the writer's time).
    @inline(__always)
    static func appendLiteral(_ text: StaticString, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
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

/// Writes one JSON object's members in the order given, leaving out nil values.
private struct JSONObjectWriter {
    var bytes: [UInt8] = []
    private var first = true
    /// False once a value was met that JSONEncoder writes differently from this writer.
    private(set) var handled = true

    mutating func key(_ name: StaticString) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        bytes.append(UInt8(ascii: "\""))
        AlertEngine.appendLiteral(name, to: &bytes)
        AlertEngine.appendLiteral(#"":"#, to: &bytes)
    }

    mutating func int(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        AlertEngine.appendDecimal(value, to: &bytes)
    }

    mutating func string(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        AlertEngine.appendJSON(value, to: &bytes)
    }

    mutating func bool(_ name: StaticString, _ value: Bool?) {
        guard let value else { return }
        key(name)
        bytes += (value ? "true" : "false").utf8
    }

    /// Shortest round-trip digits, as JSONEncoder writes them ("0.4", "1" for 1.0); values it
    /// would write with an exponent, or refuse (NaN, infinity), are left to JSONEncoder.
    mutating func double(_ name: StaticString, _ value: Double?) {
        guard let value else { return }
        var text = value.description
        guard value.isFinite, !text.utf8.contains(UInt8(ascii: "e")) else {
            handled = false
            return
        }
        if text.hasSuffix(".0") { text.removeLast(2) }
        key(name)
        bytes += text.utf8
    }
}
