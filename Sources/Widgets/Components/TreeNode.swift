/// A row of a `TreeTable` and the rows below it. `id` identifies it in the caller's
/// expanded set and selection, so they survive a data refresh.
public struct TreeNode {
    public var id: String
    public var cells: [TableCell]
    public var children: [TreeNode]
    public var style: Style

    public init(id: String, cells: [TableCell], children: [TreeNode] = [], style: Style = .plain) {
        self.id = id
        self.cells = cells
        self.children = children
        self.style = style
    }
}
