import Widgets

/// The dashboard's keys: SPEC §8 plus htop's function keys. The same table drives the key
/// handling, the `?` overlay and docs/KEYS.md, so they never disagree.
public enum KeyBindings {
    public static let all: [KeyBinding] = [
        KeyBinding("↑↓ k j", [.up, .down, .character("k"), .character("j")], .moveDown, DashText.keyMove),
        KeyBinding("PgUp PgDn", [.pageUp, .pageDown, .ctrl("b"), .ctrl("f")], .pageDown, DashText.keyPage),
        KeyBinding("Home End", [.home, .end, .character("g"), .character("G")], .moveToTop, DashText.keyEnds),
        KeyBinding("←→ h l", [.left, .right, .character("h"), .character("l")], .expandOrRight, DashText.keyLeftRight),
        KeyBinding("Space", [.character(" ")], .toggleExpand, DashText.keyToggle),
        KeyBinding("e F5", [.character("e"), .function(5)], .expandAll, DashText.keyExpandAll),
        KeyBinding("Enter", [.enter], .open, DashText.keyOpen),
        KeyBinding("Esc ⌫", [.escape, .backspace], .back, DashText.keyBack),
        KeyBinding("Tab S-Tab", [.tab, .backTab], .nextPane, DashText.keyPanes),
        KeyBinding(
            "[ ] F7 F8", [.character("["), .character("]"), .function(7), .function(8)], .nextDay, DashText.keyDay),
        KeyBinding(".", [.character(".")], .latestDay, DashText.keyLatest),
        KeyBinding(
            "d w m y", [.character("d"), .character("w"), .character("m"), .character("y")], .period(.day),
            DashText.keyPeriod),
        KeyBinding("s F6", [.character("s"), .function(6), .character(">")], .nextSort, DashText.keySort),
        KeyBinding("S", [.character("S"), .character("<")], .reverseSort, DashText.keyReverse),
        KeyBinding("f F4", [.character("f"), .function(4)], .cycleFilter, DashText.keyFilter),
        KeyBinding("/ F3", [.character("/"), .function(3)], .search, DashText.keySearch),
        KeyBinding("a F9", [.character("a"), .function(9)], .acknowledge, DashText.keyAck),
        KeyBinding("z", [.character("z")], .snooze, DashText.keySnooze),
        KeyBinding("t", [.character("t")], .cycleTheme, DashText.keyTheme),
        KeyBinding("F2", [.function(2)], .settings, DashText.keySettings),
        KeyBinding("L", [.character("L")], .toggleLanguage, DashText.keyLanguage),
        KeyBinding("M", [.character("M")], .toggleMouse, DashText.keyMouse),
        KeyBinding("r C-l", [.character("r"), .ctrl("l")], .refresh, DashText.keyRefresh),
        KeyBinding("? F1", [.character("?"), .function(1)], .help, DashText.keyHelp),
        KeyBinding("q F10", [.character("q"), .function(10), .ctrl("c")], .quit, DashText.keyQuit),
    ]

    /// The action of a key on the dashboard's screens (not inside a text field).
    public static func action(for key: Key) -> DashboardAction? {
        switch key {
        case .up, .character("k"): .moveUp
        case .down, .character("j"): .moveDown
        case .pageUp, .ctrl("b"): .pageUp
        case .pageDown, .ctrl("f"): .pageDown
        case .home, .character("g"): .moveToTop
        case .end, .character("G"): .moveToBottom
        case .left, .character("h"): .collapseOrLeft
        case .right, .character("l"): .expandOrRight
        case .character(" "): .toggleExpand
        case .character("e"), .function(5): .expandAll
        case .enter: .open
        case .escape, .backspace: .back
        case .tab: .nextPane
        case .backTab: .previousPane
        case .character("["), .function(7): .previousDay
        case .character("]"), .function(8): .nextDay
        case .character("."): .latestDay
        case .character("d"): .period(.day)
        case .character("w"): .period(.week)
        case .character("m"): .period(.month)
        case .character("y"): .period(.year)
        case .character("s"), .character(">"), .function(6): .nextSort
        case .character("S"), .character("<"): .reverseSort
        case .character("f"), .function(4): .cycleFilter
        case .character("/"), .function(3): .search
        case .character("a"), .function(9): .acknowledge
        case .character("z"): .snooze
        case .character("t"): .cycleTheme
        case .function(2): .settings
        case .character("L"): .toggleLanguage
        case .character("M"): .toggleMouse
        case .character("r"), .ctrl("l"): .refresh
        case .character("?"), .function(1): .help
        case .character("q"), .function(10), .ctrl("c"), .ctrl("d"): .quit
        default: nil
        }
    }
}
