import XuexiCore

/// The alerts pane: which states are listed (`f`) and the selected alert (by id).
public struct AlertsPaneState: Sendable {
    public var filter = AlertStateFilter.active
    public var selection = ListSelection()
    /// Groups (`rule@depth`) and alerts (by id) opened with Space or →.
    public var expanded: Set<String> = []

    public init() {}

    /// The order `f` walks through.
    static let filterCycle: [AlertStateFilter] = [.active, .open, .acknowledged, .snoozed, .resolved, .all]
}
