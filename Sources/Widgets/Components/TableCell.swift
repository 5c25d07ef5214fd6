/// What one cell of a table shows: styled text, or any widget drawn into the cell's
/// rectangle (a gauge, a sparkline).
public enum TableCell: ExpressibleByStringLiteral {
    case text(Line)
    case widget(any Widget)

    public init(stringLiteral value: String) { self = .text(Line(value)) }

    public static func text(_ text: String, style: Style = .plain) -> TableCell {
        .text(Line(text, style: style))
    }

    /// The text of the cell (empty for widgets), for sorting and searching.
    public var plainText: String {
        if case .text(let line) = self { return line.plainText }
        return ""
    }
}
