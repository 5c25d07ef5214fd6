/// A key press, as the terminal layer decodes it and as the dashboard and the gallery handle
/// it. It lives here, below both, so the screens never depend on the terminal layer and
/// tests can type keys.
public enum Key: Sendable, Hashable {
    /// Printable text, including Chinese characters typed through an input method.
    case character(Character)
    /// Ctrl with a letter, lowercase: Ctrl-C is `.ctrl("c")`.
    case ctrl(Character)
    /// Alt (Meta) with a key, as the terminal sends it: Esc then the key.
    case alt(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case insert, delete, backspace
    case enter, escape, tab, backTab
    /// F1…F12.
    case function(Int)

    /// Parses the names used by key scripts and `--measure-keys` ("j", "Enter", "F5", "C-c", "S-Tab").
    public init?(scriptName name: String) {
        if let named = Key.named[name] {
            self = named
        } else if name.hasPrefix("F"), let number = Int(name.dropFirst()), (1...12).contains(number) {
            self = .function(number)
        } else if name.hasPrefix("C-"), name.count == 3, let letter = name.last {
            self = .ctrl(Character(letter.lowercased()))
        } else if name.count == 1, let character = name.first {
            self = .character(character)
        } else {
            return nil
        }
    }

    private static let named: [String: Key] = [
        "Up": .up, "Down": .down, "Left": .left, "Right": .right, "Home": .home, "End": .end,
        "PageUp": .pageUp, "PgUp": .pageUp, "PageDown": .pageDown, "PgDn": .pageDown,
        "Enter": .enter, "Escape": .escape, "Esc": .escape, "Tab": .tab, "S-Tab": .backTab, "BTab": .backTab,
        "Backspace": .backspace, "BSpace": .backspace, "Delete": .delete, "DC": .delete, "Space": .character(" "),
    ]
}
