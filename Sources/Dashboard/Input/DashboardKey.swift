/// A key press as the dashboard sees it. The executable translates the terminal's key events
/// into these, so the dashboard never depends on the terminal layer and tests can type keys.
public enum DashboardKey: Sendable, Hashable {
    /// Printable text, including Chinese characters typed through an input method.
    case character(Character)
    /// Ctrl with a letter, lowercase: Ctrl-C is `.ctrl("c")`.
    case ctrl(Character)
    case alt(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case insert, delete, backspace
    case enter, escape, tab, backTab
    /// F1…F12.
    case function(Int)

    /// Parses the names used by key scripts and `--measure-keys` ("j", "Enter", "F5", "C-c", "S-Tab").
    public init?(scriptName name: String) {
        switch name {
        case "Up": self = .up
        case "Down": self = .down
        case "Left": self = .left
        case "Right": self = .right
        case "Home": self = .home
        case "End": self = .end
        case "PageUp", "PgUp": self = .pageUp
        case "PageDown", "PgDn": self = .pageDown
        case "Enter": self = .enter
        case "Escape", "Esc": self = .escape
        case "Tab": self = .tab
        case "S-Tab", "BTab": self = .backTab
        case "Backspace", "BSpace": self = .backspace
        case "Delete", "DC": self = .delete
        case "Space": self = .character(" ")
        default:
            if name.hasPrefix("F"), let number = Int(name.dropFirst()), (1...12).contains(number) {
                self = .function(number)
            } else if name.hasPrefix("C-"), name.count == 3, let letter = name.last {
                self = .ctrl(Character(letter.lowercased()))
            } else if name.count == 1, let character = name.first {
                self = .character(character)
            } else {
                return nil
            }
        }
    }
}
