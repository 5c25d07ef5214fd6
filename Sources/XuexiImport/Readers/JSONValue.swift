/// A parsed JSON value that keeps numbers as their literal text, so 18-digit ids survive
/// exactly (JSONSerialization would route them through Double).
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    struct SyntaxError: Error, Equatable {
        enum Reason: Equatable {
            case unexpectedEnd
            case unexpectedCharacter(String)
            case trailingText
            case notUTF8
        }

        var reason: Reason
        /// 1-based line of the offending character.
        var line: Int
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        var parser = JSONByteParser(bytes: bytes)
        return try parser.parseDocument()
    }
}

private struct JSONByteParser {
    let bytes: [UInt8]
    var index = 0
    var depth = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    mutating func parseDocument() throws(JSONValue.SyntaxError) -> JSONValue {
        let value = try parseValue()
        skipWhitespace()
        if index < bytes.count { throw error(.trailingText) }
        return value
    }

    private func line(at position: Int) -> Int {
        var line = 1
        for byte in bytes[..<min(position, bytes.count)] where byte == 0x0A { line += 1 }
        return line
    }

    private func error(_ reason: JSONValue.SyntaxError.Reason) -> JSONValue.SyntaxError {
        JSONValue.SyntaxError(reason: reason, line: line(at: index))
    }

    private func unexpected() -> JSONValue.SyntaxError {
        guard index < bytes.count else { return error(.unexpectedEnd) }
        // Show the whole character, not one byte of it.
        var end = index + 1
        while end < bytes.count && end - index < 4 && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return error(.unexpectedCharacter(String(decoding: bytes[index..<end], as: UTF8.self)))
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws(JSONValue.SyntaxError) -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else { throw error(.unexpectedEnd) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw unexpected()
        }
    }

    private mutating func parseLiteral(_ word: String, _ value: JSONValue) throws(JSONValue.SyntaxError) -> JSONValue {
        for byte in word.utf8 {
            guard index < bytes.count else { throw error(.unexpectedEnd) }
            guard bytes[index] == byte else { throw unexpected() }
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(JSONValue.SyntaxError) -> JSONValue {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        var digits = 0
        while index < bytes.count, case UInt8(ascii: "0")...UInt8(ascii: "9") = bytes[index] {
            index += 1
            digits += 1
        }
        if digits == 0 { throw unexpected() }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            digits = 0
            while index < bytes.count, case UInt8(ascii: "0")...UInt8(ascii: "9") = bytes[index] {
                index += 1
                digits += 1
            }
            if digits == 0 { throw unexpected() }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
                index += 1
            }
            digits = 0
            while index < bytes.count, case UInt8(ascii: "0")...UInt8(ascii: "9") = bytes[index] {
                index += 1
                digits += 1
            }
            if digits == 0 { throw unexpected() }
        }
        return .number(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    private mutating func parseString() throws(JSONValue.SyntaxError) -> String {
        index += 1
        var result: [UInt8] = []
        var segment = index
        while true {
            guard index < bytes.count else { throw error(.unexpectedEnd) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                result.append(contentsOf: bytes[segment..<index])
                index += 1
                break
            }
            if byte < 0x20 { throw unexpected() }
            if byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            result.append(contentsOf: bytes[segment..<index])
            index += 1
            guard index < bytes.count else { throw error(.unexpectedEnd) }
            let escaped = bytes[index]
            index += 1
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): result.append(escaped)
            case UInt8(ascii: "b"): result.append(0x08)
            case UInt8(ascii: "f"): result.append(0x0C)
            case UInt8(ascii: "n"): result.append(0x0A)
            case UInt8(ascii: "r"): result.append(0x0D)
            case UInt8(ascii: "t"): result.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try parseHex4()
                if (0xD800...0xDBFF).contains(scalar), index + 1 < bytes.count,
                    bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                {
                    index += 2
                    let low = try parseHex4()
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        result.append(contentsOf: [0xEF, 0xBF, 0xBD])
                        scalar = low
                    }
                }
                let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                result.append(contentsOf: Array(String(character).utf8))
            default:
                index -= 1
                throw unexpected()
            }
            segment = index
        }
        guard let text = String(validating: result, as: UTF8.self) else { throw error(.notUTF8) }
        return text
    }

    private mutating func parseHex4() throws(JSONValue.SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw error(.unexpectedEnd) }
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw unexpected()
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private mutating func parseArray() throws(JSONValue.SyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            items.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(items)
            }
            throw unexpected()
        }
    }

    private mutating func parseObject() throws(JSONValue.SyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd) }
            guard bytes[index] == UInt8(ascii: "\"") else { throw unexpected() }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd) }
            guard bytes[index] == UInt8(ascii: ":") else { throw unexpected() }
            index += 1
            members[key] = try parseValue()
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(members)
            }
            throw unexpected()
        }
    }

    /// Deeply nested input would otherwise overflow the stack.
    private mutating func enter() throws(JSONValue.SyntaxError) {
        depth += 1
        if depth > 512 { throw unexpected() }
    }
}
