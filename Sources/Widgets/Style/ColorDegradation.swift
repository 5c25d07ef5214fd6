/// Maps colours to the nearest one a poorer terminal has: truecolor → xterm-256 → 16 → 8,
/// and to attributes only when there is no colour. Pure functions, so the tables are testable.
public enum ColorDegradation {
    public typealias RGB = (red: UInt8, green: UInt8, blue: UInt8)

    /// xterm's default values for the 16 system colours (terminals may differ; this is the
    /// reference every nearest-colour mapping compares against).
    public static let systemPalette: [RGB] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ]

    /// The six channel levels of the 6×6×6 cube at indices 16–231.
    public static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// RGB of an xterm-256 palette index.
    public static func rgb(ofIndex index: UInt8) -> RGB {
        switch index {
        case 0..<16:
            return systemPalette[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
        default:
            let level = UInt8(8 + 10 * (Int(index) - 232))
            return (level, level, level)
        }
    }

    /// Nearest index in 16–255 (the system colours 0–15 are left out: users recolour them).
    public static func nearestIndexed256(_ color: RGB) -> UInt8 {
        func nearestLevel(_ channel: UInt8) -> Int {
            var best = 0
            for (position, level) in cubeLevels.enumerated()
            where abs(Int(level) - Int(channel)) < abs(Int(cubeLevels[best]) - Int(channel)) {
                best = position
            }
            return best
        }
        let red = nearestLevel(color.red)
        let green = nearestLevel(color.green)
        let blue = nearestLevel(color.blue)
        let cubeIndex = UInt8(16 + 36 * red + 6 * green + blue)
        let average = (Int(color.red) + Int(color.green) + Int(color.blue)) / 3
        let greyStep = min(23, max(0, (average - 3) / 10))
        let greyIndex = UInt8(232 + greyStep)
        return distance(color, rgb(ofIndex: greyIndex)) < distance(color, rgb(ofIndex: cubeIndex))
            ? greyIndex : cubeIndex
    }

    /// The 16-colour equivalent: greys by lightness, other colours by hue, bright when light.
    /// Nearest-by-distance is wrong here: the 16 colours are so sparse that a soft green's
    /// nearest neighbour is grey, and a "good" bar must stay green.
    public static func nearestANSI16(_ color: RGB) -> UInt8 {
        let (maximum, minimum) = extremes(color)
        let lightness = (maximum + minimum) / 2
        if maximum - minimum < 40 {
            switch lightness {
            case ..<64: return 0
            case ..<160: return 8
            case ..<232: return 7
            default: return 15
            }
        }
        let base = hueIndex(color)
        return lightness >= 140 || maximum >= 250 ? base + 8 : base
    }

    /// The 8-colour equivalent: greys become black or white, other colours go by hue.
    public static func nearestANSI8(_ color: RGB) -> UInt8 {
        let (maximum, minimum) = extremes(color)
        if maximum - minimum < 40 { return (maximum + minimum) / 2 < 96 ? 0 : 7 }
        return hueIndex(color)
    }

    private static func extremes(_ color: RGB) -> (maximum: Int, minimum: Int) {
        let channels = [Int(color.red), Int(color.green), Int(color.blue)]
        return (channels.max() ?? 0, channels.min() ?? 0)
    }

    /// Palette index (1–6) of the hue sector: red, yellow, green, cyan, blue, magenta.
    private static func hueIndex(_ color: RGB) -> UInt8 {
        let red = Double(color.red)
        let green = Double(color.green)
        let blue = Double(color.blue)
        let maximum = max(red, green, blue)
        let chroma = maximum - min(red, green, blue)
        var hue: Double
        if maximum == red {
            hue = 60 * ((green - blue) / chroma)
        } else if maximum == green {
            hue = 60 * ((blue - red) / chroma + 2)
        } else {
            hue = 60 * ((red - green) / chroma + 4)
        }
        if hue < 0 { hue += 360 }
        // Sectors follow what eyes call each colour rather than equal 60° slices: yellow is
        // narrow and green wide, so chartreuse "good" bars stay green.
        switch hue {
        case ..<25, 330...: return 1
        case ..<75: return 3
        case ..<165: return 2
        case ..<200: return 6
        case ..<270: return 4
        default: return 5
        }
    }

    /// "Redmean" weighted distance: cheap, and closer to what eyes see than plain RGB distance.
    static func distance(_ first: RGB, _ second: RGB) -> Int {
        let meanRed = (Int(first.red) + Int(second.red)) / 2
        let red = Int(first.red) - Int(second.red)
        let green = Int(first.green) - Int(second.green)
        let blue = Int(first.blue) - Int(second.blue)
        return (((512 + meanRed) * red * red) >> 8) + 4 * green * green + (((767 - meanRed) * blue * blue) >> 8)
    }

    /// `color` as a terminal of `depth` shows it; `.default` stays default, monochrome has no colour.
    public static func degrade(_ color: Color, to depth: ColorDepth) -> Color {
        switch (color, depth) {
        case (.default, _), (_, .truecolor): return color
        case (_, .monochrome): return .default
        case (.rgb(let red, let green, let blue), .indexed256): return .indexed(nearestIndexed256((red, green, blue)))
        case (.indexed, .indexed256): return color
        case (.rgb(let red, let green, let blue), .ansi16): return .indexed(nearestANSI16((red, green, blue)))
        case (.indexed(let index), .ansi16): return index < 16 ? color : .indexed(nearestANSI16(rgb(ofIndex: index)))
        case (.rgb(let red, let green, let blue), .ansi8): return .indexed(nearestANSI8((red, green, blue)))
        case (.indexed(let index), .ansi8):
            if index < 8 { return color }
            if index < 16 { return .indexed(index - 8) }
            return .indexed(nearestANSI8(rgb(ofIndex: index)))
        }
    }

    /// Cell colours and attributes for a terminal of `depth`. Two rules keep text readable:
    /// without colour a background becomes reverse video (so selections and headers still show),
    /// and when two different colours collapse into one, the text switches to black or white.
    public static func degradeCell(
        foreground: Color, background: Color, attributes: TextAttributes, to depth: ColorDepth
    ) -> (foreground: Color, background: Color, attributes: TextAttributes) {
        if depth == .truecolor { return (foreground, background, attributes) }
        if depth == .monochrome {
            var monochromeAttributes = attributes
            if background != .default { monochromeAttributes.insert(.reverse) }
            return (.default, .default, monochromeAttributes)
        }
        var newForeground = degrade(foreground, to: depth)
        let newBackground = degrade(background, to: depth)
        if newForeground == newBackground, newForeground != .default, foreground != background,
            case .indexed(let index) = newBackground
        {
            newForeground = isLight(rgb(ofIndex: index)) ? .black : .brightWhite
            if depth == .ansi8, newForeground == .brightWhite { newForeground = .white }
        }
        return (newForeground, newBackground, attributes)
    }

    /// `style` for a terminal of `depth`, with the same rules as `degradeCell`; unset colours stay unset.
    public static func degrade(_ style: Style, to depth: ColorDepth) -> Style {
        if depth == .truecolor { return style }
        if depth == .monochrome {
            var attributes = style.attributes
            if let background = style.background, background != .default { attributes.insert(.reverse) }
            return Style(
                foreground: style.foreground.map { _ in .default }, background: style.background.map { _ in .default },
                attributes: attributes)
        }
        let cell = degradeCell(
            foreground: style.foreground ?? .default, background: style.background ?? .default,
            attributes: style.attributes, to: depth)
        return Style(
            foreground: style.foreground == nil ? nil : cell.foreground,
            background: style.background == nil ? nil : cell.background,
            attributes: cell.attributes
        )
    }

    static func isLight(_ color: RGB) -> Bool {
        // Rec. 601 luma, in integer arithmetic.
        (299 * Int(color.red) + 587 * Int(color.green) + 114 * Int(color.blue)) / 1000 > 140
    }
}
