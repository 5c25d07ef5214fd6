import Foundation
import XuexiModel

/// The small part of TOML that `config.toml` uses: `[section]` headers, `key = value` with
/// strings, integers, floats and booleans, and `#` comments. Hand-written because TOMLKit
/// (the usual choice) depends on a package this machine's package mirror lacks; the format
/// is documented in the default config (`xuexi-dash config --default`).
public enum TOMLSubset {
    public enum Value: Equatable, Sendable {
        case string(String)
        case integer(Int)
        case float(Double)
        case bool(Bool)
        /// `[10000, 20000]`: a list of whole numbers (the only arrays the config needs).
        case integers([Int])
    }

    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// One `key = value` line: the full "section.key", its value and its line number.
    public struct Entry: Equatable, Sendable {
        public var key: String
        public var value: Value
        public var line: Int
    }

    /// Parses `text` into "section.key" → value.
    public static func parse(_ text: String, file: String) throws -> [String: Value] {
        Dictionary(try entries(text, file: file).map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// Parses `text` into its entries in file order, each with its own line (a key given
    /// twice is an error at its second line).
    public static func entries(_ text: String, file: String, language: Language = .en) throws -> [Entry] {
        var result: [Entry] = []
        var seen: [String: Int] = [:]
        var section = ""
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = stripComment(String(rawLine)).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    throw ParseError(file: file, line: lineNumber, message: ConfigText.syntaxSection.text(language))
                }
                section = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw ParseError(file: file, line: lineNumber, message: ConfigText.syntaxKeyValue.text(language))
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            let rawValue = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." })
            else {
                throw ParseError(file: file, line: lineNumber, message: ConfigText.syntaxBareKey.text(language))
            }
            guard let value = parseValue(rawValue) else {
                throw ParseError(
                    file: file, line: lineNumber,
                    message: ConfigText.syntaxValue.text(language, rawValue))
            }
            let fullKey = section.isEmpty ? key : "\(section).\(key)"
            if let first = seen[fullKey] {
                throw ParseError(
                    file: file, line: lineNumber, message: ConfigText.syntaxDuplicate.text(language, fullKey, first))
            }
            seen[fullKey] = lineNumber
            result.append(Entry(key: fullKey, value: value, line: lineNumber))
        }
        return result
    }

    static func stripComment(_ line: String) -> String {
        var inString = false
        var previous: Character = " "
        for (offset, character) in line.enumerated() {
            if character == "\"" && previous != "\\" { inString.toggle() }
            if character == "#" && !inString { return String(line.prefix(offset)) }
            previous = character
        }
        return line
    }

    static func parseValue(_ text: String) -> Value? {
        if text.hasPrefix("[") && text.hasSuffix("]") {
            let items = text.dropFirst().dropLast().split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
            }.filter { !$0.isEmpty }
            let numbers = items.compactMap { Int($0) }
            return numbers.count == items.count ? .integers(numbers) : nil
        }
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
            let inner = text.dropFirst().dropLast()
            return .string(
                inner.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\"))
        }
        let digits = text.replacingOccurrences(of: "_", with: "")
        if let integer = Int(digits) { return .integer(integer) }
        if let float = Double(digits) { return .float(float) }
        return nil
    }
}
