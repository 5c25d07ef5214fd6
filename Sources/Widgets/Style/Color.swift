/// A colour as a theme or widget asks for it; the terminal layer degrades it to what the
/// terminal can show (see `ColorDepth` and `ColorDegradation`).
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// An xterm palette index: 0–7 standard, 8–15 bright, 16–231 cube, 232–255 greys.
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)

    public static let black = Color.indexed(0)
    public static let red = Color.indexed(1)
    public static let green = Color.indexed(2)
    public static let yellow = Color.indexed(3)
    public static let blue = Color.indexed(4)
    public static let magenta = Color.indexed(5)
    public static let cyan = Color.indexed(6)
    public static let white = Color.indexed(7)
    public static let brightBlack = Color.indexed(8)
    public static let brightRed = Color.indexed(9)
    public static let brightGreen = Color.indexed(10)
    public static let brightYellow = Color.indexed(11)
    public static let brightBlue = Color.indexed(12)
    public static let brightMagenta = Color.indexed(13)
    public static let brightCyan = Color.indexed(14)
    public static let brightWhite = Color.indexed(15)

    /// Names accepted in theme files, in palette order (index = position for the first 16).
    public static let namedColors: [(name: String, color: Color)] = [
        ("black", .black), ("red", .red), ("green", .green), ("yellow", .yellow),
        ("blue", .blue), ("magenta", .magenta), ("cyan", .cyan), ("white", .white),
        ("brightblack", .brightBlack), ("brightred", .brightRed), ("brightgreen", .brightGreen),
        ("brightyellow", .brightYellow), ("brightblue", .brightBlue), ("brightmagenta", .brightMagenta),
        ("brightcyan", .brightCyan), ("brightwhite", .brightWhite),
        ("gray", .brightBlack), ("grey", .brightBlack), ("default", .default),
    ]

    /// Parses `#rrggbb`, `#rgb`, `0`–`255` or a colour name (case-insensitive); nil when none fits.
    public init?(themeValue: String) {
        let value = themeValue.lowercased()
        if value.hasPrefix("#") {
            let digits = Array(value.dropFirst())
            guard digits.allSatisfy({ $0.isHexDigit }) else { return nil }
            func channel(_ text: String) -> UInt8? { UInt8(text, radix: 16) }
            switch digits.count {
            case 6:
                guard let red = channel(String(digits[0...1])), let green = channel(String(digits[2...3])),
                    let blue = channel(String(digits[4...5]))
                else { return nil }
                self = .rgb(red, green, blue)
            case 3:
                guard let red = channel(String([digits[0], digits[0]])),
                    let green = channel(String([digits[1], digits[1]])),
                    let blue = channel(String([digits[2], digits[2]]))
                else { return nil }
                self = .rgb(red, green, blue)
            default:
                return nil
            }
            return
        }
        if let number = Int(value) {
            guard (0...255).contains(number) else { return nil }
            self = .indexed(UInt8(number))
            return
        }
        guard let named = Color.namedColors.first(where: { $0.name == value }) else { return nil }
        self = named.color
    }
}
