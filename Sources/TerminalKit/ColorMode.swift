import Widgets

/// The `--colors none|8|256|truecolor` choice: overrides what the environment suggests.
public enum ColorMode: String, Sendable, CaseIterable {
    case none
    case eight = "8"
    case twoHundredFiftySix = "256"
    case truecolor

    /// Accepts the flag spellings plus a few common synonyms (`16`, `24bit`, `mono`).
    public init?(argument: String) {
        switch argument.lowercased() {
        case "none", "mono", "monochrome", "0": self = .none
        case "8", "16": self = .eight
        case "256": self = .twoHundredFiftySix
        case "truecolor", "24bit", "rgb": self = .truecolor
        default: return nil
        }
    }

    /// The colour depth this mode asks for.
    public var requestedDepth: ColorDepth {
        switch self {
        case .none: return .monochrome
        case .eight: return .ansi8
        case .twoHundredFiftySix: return .indexed256
        case .truecolor: return .truecolor
        }
    }
}
