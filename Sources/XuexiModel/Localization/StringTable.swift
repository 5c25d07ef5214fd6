import Foundation

/// The one table of UI strings, Chinese and English. Sections live in
/// `StringTable+<Area>.swift` files so each area keeps its own keys; lookups go through here.
public enum StringTable {
    public struct Entry: Sendable {
        public let zh: String
        public let en: String
        public init(_ zh: String, _ en: String) {
            self.zh = zh
            self.en = en
        }
    }

    package static let all: [String: Entry] = {
        var table: [String: Entry] = [:]
        for section in sections {
            table.merge(section) { first, _ in first }
        }
        return table
    }()

    package static var sections: [[String: Entry]] { [importStrings, cliStrings, metricStrings, dashboardStrings, readerStrings, alertStrings, reportStrings] }

    /// The text for `key` in `language`; `{0}`, `{1}`… are replaced by `arguments`.
    /// A missing key returns the key itself so a gap shows up on screen instead of crashing.
    public static func text(_ key: String, _ language: Language, _ arguments: CustomStringConvertible...) -> String {
        text(key, language, arguments: arguments)
    }

    /// The same, for callers that forward their own argument lists.
    public static func text(_ key: String, _ language: Language, arguments: [CustomStringConvertible]) -> String {
        guard let entry = all[key] else { return key }
        var text = language == .zh ? entry.zh : entry.en
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument.description)
        }
        return text
    }

    public static func hasKey(_ key: String) -> Bool { all[key] != nil }
}
