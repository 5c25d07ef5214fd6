import Widgets

/// One row of the key table: the keys as shown to people, the keys as pressed, and what they do.
/// The help overlay, the footer and docs/KEYS.md are all made from the same table.
public struct KeyBinding: Sendable {
    /// As shown: "↑↓ j k".
    public var label: String
    public var keys: [Key]
    public var action: DashboardAction
    /// String-table key of the description.
    public var descriptionKey: DashText

    public init(_ label: String, _ keys: [Key], _ action: DashboardAction, _ descriptionKey: DashText) {
        self.label = label
        self.keys = keys
        self.action = action
        self.descriptionKey = descriptionKey
    }
}
