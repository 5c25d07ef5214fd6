import Widgets

/// The dashboard's keys: SPEC §8 plus htop's function keys. The same table drives the key
/// handling, the `?` overlay and docs/KEYS.md, so they never disagree.
public enum KeyBindings {
    public static let all: [KeyBinding] = [
        KeyBinding([.up, .down, .character("k"), .character("j")], .moveDown, DashText.keyMove),
        KeyBinding([.pageUp, .pageDown, .ctrl("b"), .ctrl("f")], .pageDown, DashText.keyPage),
        KeyBinding([.home, .end, .character("g"), .character("G")], .moveToTop, DashText.keyEnds),
        KeyBinding([.left, .right, .character("h"), .character("l")], .expandOrRight, DashText.keyLeftRight),
        KeyBinding([.character(" ")], .toggleExpand, DashText.keyToggle),
        KeyBinding([.character("e"), .function(5)], .expandAll, DashText.keyExpandAll),
        KeyBinding([.enter], .open, DashText.keyOpen),
        KeyBinding([.escape, .backspace], .back, DashText.keyBack),
        KeyBinding([.tab, .backTab], .nextPane, DashText.keyPanes),
        KeyBinding([.character("["), .character("]"), .function(7), .function(8)], .nextDay, DashText.keyDay),
        KeyBinding([.character(".")], .latestDay, DashText.keyLatest),
        KeyBinding(
            [.character("d"), .character("w"), .character("m"), .character("y")], .period(.day), DashText.keyPeriod),
        KeyBinding([.character("s"), .function(6), .character(">")], .nextSort, DashText.keySort),
        KeyBinding([.character("S"), .character("<")], .reverseSort, DashText.keyReverse),
        KeyBinding([.character("f"), .function(4)], .cycleFilter, DashText.keyFilter),
        KeyBinding([.character("/"), .function(3)], .search, DashText.keySearch),
        KeyBinding([.character("a"), .function(9)], .acknowledge, DashText.keyAck),
        KeyBinding([.character("z")], .snooze, DashText.keySnooze),
        KeyBinding([.character("c")], .copyNote, DashText.keyCopy),
        KeyBinding([.character("x")], .exportReport, DashText.keyExport),
        KeyBinding([.character("t")], .cycleTheme, DashText.keyTheme),
        KeyBinding([.function(2)], .settings, DashText.keySettings),
        KeyBinding([.character("L")], .toggleLanguage, DashText.keyLanguage),
        KeyBinding([.character("M")], .toggleMouse, DashText.keyMouse),
        KeyBinding([.character("r"), .ctrl("l")], .refresh, DashText.keyRefresh),
        KeyBinding([.character("?"), .function(1)], .help, DashText.keyHelp),
        KeyBinding([.character("q"), .function(10), .ctrl("c"), .ctrl("d")], .quit, DashText.keyQuit),
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
        case .character("c"): .copyNote
        case .character("x"): .exportReport
        case .character("r"), .ctrl("l"): .refresh
        case .character("?"), .function(1): .help
        case .character("q"), .function(10), .ctrl("c"), .ctrl("d"): .quit
        default: nil
        }
    }
}
