/// A tree node as it appears in the flattened, expanded tree: its depth and the guide
/// characters (├─ └─ │) drawn before its first cell.
public struct VisibleTreeRow {
    public var node: TreeNode
    public var depth: Int
    public var guide: String
    public var hasChildren: Bool
    public var isExpanded: Bool

    public var id: String { node.id }
}
