/// Which sides of a `Block` get a border line.
public struct Borders: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let top = Borders(rawValue: 1 << 0)
    public static let bottom = Borders(rawValue: 1 << 1)
    public static let left = Borders(rawValue: 1 << 2)
    public static let right = Borders(rawValue: 1 << 3)
    public static let all: Borders = [.top, .bottom, .left, .right]
    public static let none: Borders = []
}
