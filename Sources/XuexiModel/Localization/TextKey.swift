/// Chinese and English text for one key. Both are required by the initializer, so a key
/// can never lack a language; `{0}`, `{1}`… are the places of the arguments.
public struct TextEntry: Sendable, Equatable {
    public let zh: String
    public let en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(_ language: Language) -> String { language == .zh ? zh : en }

    /// Joins the tables a key type keeps in several files; a key defined twice stops the
    /// program at its first lookup (and in the test that reads every table).
    public static func merged<Key: Hashable>(_ tables: [[Key: TextEntry]]) -> [Key: TextEntry] {
        tables.reduce(into: [:]) { result, table in
            result.merge(table) { _, _ in preconditionFailure("a text key is defined twice") }
        }
    }
}

/// A typed text key: each target owns an enum of its keys (`DashText`, `CLIText`,
/// `ImportText`, …) and a table with an entry for every case, so a misspelt key does not
/// compile and a test checks that no case lacks its entry.
public protocol TextKey: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    static var entries: [Self: TextEntry] { get }
}

extension TextKey {
    /// The text in `language` with `{0}`, `{1}`… replaced by `arguments`.
    public func text(_ language: Language, _ arguments: any CustomStringConvertible...) -> String {
        text(language, arguments: arguments)
    }

    public func text(_ language: Language, arguments: [any CustomStringConvertible]) -> String {
        guard let entry = Self.entries[self] else {
            // Unreachable while the key-table test passes; the id beats a crash on screen.
            assertionFailure("no text for \(rawValue)")
            return rawValue
        }
        var text = entry.text(language)
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument.description)
        }
        return text
    }
}

/// Lookups through one name, for call sites that read better as a function call.
public enum StringTable {
    public static func text<Key: TextKey>(
        _ key: Key, _ language: Language, _ arguments: any CustomStringConvertible...
    ) -> String {
        key.text(language, arguments: arguments)
    }

    public static func text<Key: TextKey>(
        _ key: Key, _ language: Language, arguments: [any CustomStringConvertible]
    ) -> String {
        key.text(language, arguments: arguments)
    }
}
