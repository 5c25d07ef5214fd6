/// A column of a `Table` or `TreeTable`: header text, width constraint and alignment.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var width: Constraint
    public var alignment: HorizontalAlignment

    public init(_ title: String, width: Constraint, alignment: HorizontalAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}
