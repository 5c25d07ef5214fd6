/// How many colours a terminal shows. Ordered, so `min` picks the poorer of two.
public enum ColorDepth: Int, Comparable, Sendable, CaseIterable, CustomStringConvertible {
    /// No colour at all (NO_COLOR, `--colors none`, dumb terminals): attributes only.
    case monochrome = 0
    case ansi8 = 8
    case ansi16 = 16
    case indexed256 = 256
    case truecolor = 16_777_216

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The depth a terminal reporting `count` colours (terminfo `colors`) can show.
    public init(colorCount count: Int) {
        switch count {
        case 16_777_216...: self = .truecolor
        case 256...: self = .indexed256
        case 16...: self = .ansi16
        case 8...: self = .ansi8
        default: self = .monochrome
        }
    }

    public var description: String {
        switch self {
        case .monochrome: return "none"
        case .ansi8: return "8"
        case .ansi16: return "16"
        case .indexed256: return "256"
        case .truecolor: return "truecolor"
        }
    }
}
