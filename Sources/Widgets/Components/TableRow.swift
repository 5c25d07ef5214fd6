/// One row of a `Table`: its cells, in column order, and an optional style for the whole row.
public struct TableRow {
    public var cells: [TableCell]
    public var style: Style

    public init(_ cells: [TableCell], style: Style = .plain) {
        self.cells = cells
        self.style = style
    }
}
