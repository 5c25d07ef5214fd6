/// One terminal cell: a grapheme with its colours and attributes. A wide grapheme fills its
/// own cell (width 2) and the next one, which becomes a continuation (width 0, empty symbol).
/// A plain value with no references, so buffers copy and compare at memory speed.
public struct Cell: Hashable, Sendable {
    public var grapheme: Grapheme
    /// 1 or 2 for a cell that starts a grapheme; 0 for the right half of a wide one.
    public var width: UInt8
    public var foreground: Color
    public var background: Color
    public var attributes: TextAttributes

    public init(
        grapheme: Grapheme, width: UInt8 = 1, foreground: Color = .default, background: Color = .default,
        attributes: TextAttributes = []
    ) {
        self.grapheme = grapheme
        self.width = width
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public init(
        symbol: String, width: UInt8 = 1, foreground: Color = .default, background: Color = .default,
        attributes: TextAttributes = []
    ) {
        self.init(
            grapheme: Grapheme(symbol), width: width, foreground: foreground, background: background,
            attributes: attributes)
    }

    /// A space in the terminal's default colours.
    public static let blank = Cell(grapheme: .space)

    /// The grapheme as text ("" for a continuation cell).
    public var symbol: String {
        get { grapheme.string }
        set { grapheme = Grapheme(newValue) }
    }

    public var isContinuation: Bool { width == 0 }

    /// The cell's colours and attributes as a `Style` (every field set).
    public var style: Style { Style(foreground: foreground, background: background, attributes: attributes) }

    /// Lays `style` over the cell: set colours replace, attributes add up.
    @inline(__always)
    public mutating func apply(_ style: Style) {
        if let color = style.foreground { foreground = color }
        if let color = style.background { background = color }
        if !style.attributes.isEmpty { attributes.formUnion(style.attributes) }
    }
}
