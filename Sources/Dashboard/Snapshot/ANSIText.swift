import Widgets

/// A frame as text with ANSI SGR colour codes (for `snapshot --ansi`): 256-colour and
/// truecolor sequences as the cells ask, each run of equal style written once.
public enum ANSIText {
    public static func lines(of buffer: ScreenBuffer) -> [String] {
        (0..<buffer.height).map { y in
            var line = ""
            var current: (Color, Color, TextAttributes)?
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                guard cell.width != 0 else { continue }
                let style = (cell.foreground, cell.background, cell.attributes)
                if current == nil || current! != style {
                    line += sequence(
                        foreground: cell.foreground, background: cell.background, attributes: cell.attributes)
                    current = style
                }
                line += cell.symbol
            }
            return line + "\u{1B}[0m"
        }
    }

    static func sequence(foreground: Color, background: Color, attributes: TextAttributes) -> String {
        var codes = ["0"]
        if attributes.contains(.bold) { codes.append("1") }
        if attributes.contains(.dim) { codes.append("2") }
        if attributes.contains(.italic) { codes.append("3") }
        if attributes.contains(.underline) { codes.append("4") }
        if attributes.contains(.blink) { codes.append("5") }
        if attributes.contains(.reverse) { codes.append("7") }
        codes += colorCodes(foreground, base: 38)
        codes += colorCodes(background, base: 48)
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func colorCodes(_ color: Color, base: Int) -> [String] {
        switch color {
        case .default: []
        case .indexed(let index): ["\(base)", "5", "\(index)"]
        case .rgb(let red, let green, let blue): ["\(base)", "2", "\(red)", "\(green)", "\(blue)"]
        }
    }
}
