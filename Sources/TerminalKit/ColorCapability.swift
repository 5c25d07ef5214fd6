import Widgets

/// Decides how many colours to use from the environment, the user's `--colors` choice and
/// what terminfo says, in that order of authority. Pure, so every rule is testable.
public enum ColorCapability {
    /// What the environment asks for before terminfo is consulted; nil means "what terminfo says".
    /// `--colors` wins over NO_COLOR (a flag is more specific than the environment), NO_COLOR
    /// over everything else; COLORTERM=truecolor/24bit and a `-256color` TERM mean at least 256.
    public static func requestedDepth(environment: [String: String], override: ColorMode?) -> ColorDepth? {
        if let override { return override.requestedDepth }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { return .monochrome }
        if let colorTerm = environment["COLORTERM"]?.lowercased(), colorTerm == "truecolor" || colorTerm == "24bit" {
            return .truecolor
        }
        if term.contains("256color") { return .indexed256 }
        return nil
    }

    /// The depth frames are drawn in: the request capped by what the terminal entry has, and
    /// truecolor drawn as the nearest xterm-256 colours (ncurses cannot address 24-bit colour
    /// on ordinary terminal entries).
    public static func renderDepth(requested: ColorDepth?, terminfoColors: Int) -> ColorDepth {
        let available = min(ColorDepth(colorCount: terminfoColors), .indexed256)
        guard let requested else { return available }
        return min(requested, available)
    }

    /// A richer entry of the same terminal family when more colours are asked for than TERM
    /// offers (TERM=screen inside tmux, TERM=xterm over SSH): same keys, 256 colours.
    public static func upgradedTerminalType(for term: String, requested: ColorDepth?) -> String? {
        guard let requested, requested >= .indexed256, !term.isEmpty, !term.contains("256color") else { return nil }
        guard !term.hasPrefix("linux"), !term.hasPrefix("vt"), term != "dumb" else { return nil }
        return term + "-256color"
    }
}
