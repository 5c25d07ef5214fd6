/// A key press, decoded from ncurses' key codes and UTF-8 text.
public enum KeyEvent: Sendable, Hashable {
    /// Printable text, including Chinese characters typed through an input method.
    case character(Character)
    /// Ctrl with a letter, as a lowercase letter: Ctrl-C is `.ctrl("c")`.
    case ctrl(Character)
    /// Alt (Meta) with a key, as the terminal sends it: Esc then the key.
    case alt(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case insert, delete, backspace
    case enter, escape, tab, backTab
    /// F1…F12.
    case function(Int)
}
