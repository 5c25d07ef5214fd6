/// One line of a `LineChart`: evenly spaced values, oldest first.
public struct ChartSeries: Sendable {
    public var name: String
    public var values: [Double]
    public var style: Style

    public init(name: String, values: [Double], style: Style) {
        self.name = name
        self.values = values
        self.style = style
    }
}
