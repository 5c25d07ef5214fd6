import Widgets

/// One row of the key table: the keys as pressed, what they do, and its description. The help
/// overlay, the footer and docs/KEYS.md are all made from the same table; the label shown is
/// made from the keys themselves, so a key cannot work without being listed.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: DashboardAction
    /// String-table key of the description.
    public var descriptionKey: DashText

    public init(_ keys: [Key], _ action: DashboardAction, _ descriptionKey: DashText) {
        self.keys = keys
        self.action = action
        self.descriptionKey = descriptionKey
    }

    /// As the help shows it: "↑ ↓ k j", "PgUp PgDn ^B ^F" (short names, so two columns fit 80).
    public var label: String { keys.map(KeyBinding.shortName(of:)).joined(separator: " ") }

    /// The help's short name: ^B for Ctrl-B, ⌫ for Backspace, S-Tab for Shift-Tab.
    public static func shortName(of key: Key) -> String {
        switch key {
        case .ctrl(let letter): "^" + letter.uppercased()
        case .backspace: "⌫"
        case .backTab: "S-Tab"
        default: name(of: key)
        }
    }

    /// A key's name as the help and docs/KEYS.md write it.
    public static func name(of key: Key) -> String {
        switch key {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .ctrl(let letter): "Ctrl-" + letter.uppercased()
        case .alt(let letter): "Alt-" + String(letter)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .insert: "Ins"
        case .delete: "Del"
        case .backspace: "Backspace"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .function(let number): "F\(number)"
        }
    }
}
