/// An org as it appears in the flattened, expanded tree.
struct VisibleOrgRow: Sendable, Equatable {
    /// Index into `OrgTreeModel.rows`.
    var index: Int
    var depth: Int
    /// For each ancestor below the top level: whether it has later siblings (draws │).
    var ancestorsContinue: [Bool]
    var isLast: Bool
    var hasChildren: Bool
    var isExpanded: Bool
}
