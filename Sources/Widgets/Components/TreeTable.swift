/// A table whose rows form a tree: children show under an expanded parent, indented with
/// guides (├─ └─ │) and a ▾/▸ marker. Expansion and selection belong to the caller, by id.
public struct TreeTable: Widget {
    public var columns: [TableColumn]
    public var roots: [TreeNode]
    public var expandedIDs: Set<String>
    /// Index into `visibleRows()`.
    public var selectedRow: Int?
    public var scrollOffset: Int
    public var sortColumn: Int?
    public var sortAscending: Bool
    public var focused: Bool
    public var theme: Theme

    public init(
        columns: [TableColumn], roots: [TreeNode], expandedIDs: Set<String>,
        selectedRow: Int? = nil, scrollOffset: Int = 0, sortColumn: Int? = nil, sortAscending: Bool = true,
        focused: Bool = true, theme: Theme = .default
    ) {
        self.columns = columns
        self.roots = roots
        self.expandedIDs = expandedIDs
        self.selectedRow = selectedRow
        self.scrollOffset = scrollOffset
        self.sortColumn = sortColumn
        self.sortAscending = sortAscending
        self.focused = focused
        self.theme = theme
    }

    /// The rows on screen, top to bottom, with their guides.
    public func visibleRows() -> [VisibleTreeRow] {
        TreeTable.visibleRows(roots: roots, expandedIDs: expandedIDs, glyphs: theme.glyphs)
    }

    /// Flattens the expanded part of a tree. Top-level nodes get no guide; deeper nodes get
    /// one segment per ancestor (│ while that ancestor has later siblings) and ├─ or └─.
    public static func visibleRows(roots: [TreeNode], expandedIDs: Set<String>, glyphs: Glyphs = .unicode)
        -> [VisibleTreeRow]
    {
        var rows: [VisibleTreeRow] = []
        func visit(_ nodes: [TreeNode], depth: Int, ancestorsContinue: [Bool]) {
            for (index, node) in nodes.enumerated() {
                let isLast = index == nodes.count - 1
                var guide = ""
                if depth > 0 {
                    for continues in ancestorsContinue.dropFirst() {
                        guide += continues ? glyphs.treePipe : glyphs.treeSpace
                    }
                    guide += isLast ? glyphs.treeLastBranch : glyphs.treeBranch
                }
                let isExpanded = !node.children.isEmpty && expandedIDs.contains(node.id)
                rows.append(
                    VisibleTreeRow(
                        node: node, depth: depth, guide: guide, hasChildren: !node.children.isEmpty,
                        isExpanded: isExpanded))
                if isExpanded {
                    visit(node.children, depth: depth + 1, ancestorsContinue: ancestorsContinue + [!isLast])
                }
            }
        }
        visit(roots, depth: 0, ancestorsContinue: [])
        return rows
    }

    /// The table `render` draws: use it for `rowIndex(atY:in:)` and `effectiveScrollOffset(in:)`.
    public func table(for rows: [VisibleTreeRow]) -> Table {
        let glyphs = theme.glyphs
        let guideStyle = theme[.treeGuide]
        return Table(
            columns: columns, rowCount: rows.count,
            row: { index in
                let visible = rows[index]
                var cells = visible.node.cells
                if case .text(let line)? = cells.first {
                    let marker =
                        visible.hasChildren
                        ? (visible.isExpanded ? glyphs.expanded : glyphs.collapsed)
                        : (visible.depth > 0 ? glyphs.leaf : glyphs.treeSpace)
                    cells[0] = .text(Line(spans: [Span(visible.guide + marker, style: guideStyle)] + line.spans))
                }
                return TableRow(cells, style: visible.node.style)
            },
            selectedRow: selectedRow, scrollOffset: scrollOffset, sortColumn: sortColumn, sortAscending: sortAscending,
            focused: focused, theme: theme
        )
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        table(for: visibleRows()).render(in: area, buffer: &buffer)
    }
}
