/// One line of styled text: spans written left to right, placed by `alignment`.
public struct Line: Hashable, Sendable, ExpressibleByStringLiteral {
    public var spans: [Span]
    public var alignment: HorizontalAlignment

    public init(spans: [Span], alignment: HorizontalAlignment = .left) {
        self.spans = spans
        self.alignment = alignment
    }

    public init(_ text: String, style: Style = .plain, alignment: HorizontalAlignment = .left) {
        self.init(spans: [Span(text, style: style)], alignment: alignment)
    }

    public init(stringLiteral value: String) { self.init(value) }

    public var width: Int { spans.reduce(0) { $0 + $1.width } }
    public var plainText: String { spans.map(\.text).joined() }

    public func aligned(_ alignment: HorizontalAlignment) -> Line {
        Line(spans: spans, alignment: alignment)
    }
}
