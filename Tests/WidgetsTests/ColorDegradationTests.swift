import Testing

@testable import Widgets

@Suite("Colour degradation")
struct ColorDegradationTests {
    @Test("xterm-256 palette values")
    func palette() {
        #expect(ColorDegradation.rgb(ofIndex: 1) == (205, 0, 0))
        #expect(ColorDegradation.rgb(ofIndex: 16) == (0, 0, 0))
        #expect(ColorDegradation.rgb(ofIndex: 196) == (255, 0, 0))
        #expect(ColorDegradation.rgb(ofIndex: 231) == (255, 255, 255))
        #expect(ColorDegradation.rgb(ofIndex: 232) == (8, 8, 8))
        #expect(ColorDegradation.rgb(ofIndex: 255) == (238, 238, 238))
    }

    @Test(
        "Truecolor to the nearest of 256 (cube or grey ramp)",
        arguments: [
            ((0xC8, 0x10, 0x2E), 160), ((0xFF, 0xD7, 0x00), 220), ((0xFF, 0xFF, 0xFF), 231), ((0, 0, 0), 16),
            ((0x30, 0x30, 0x30), 236), ((0x80, 0x80, 0x80), 244), ((0x5F, 0xAF, 0x00), 70), ((0x1C, 0x1C, 0x1C), 234),
        ] as [((UInt8, UInt8, UInt8), UInt8)])
    func to256(color: (UInt8, UInt8, UInt8), expected: UInt8) {
        #expect(ColorDegradation.nearestIndexed256((color.0, color.1, color.2)) == expected)
    }

    @Test("Every palette colour maps to itself at 256 (except the user-defined 0–15)")
    func paletteRoundTrip() {
        for index in UInt8(16)...UInt8(255) {
            let rgb = ColorDegradation.rgb(ofIndex: index)
            let back = ColorDegradation.nearestIndexed256(rgb)
            #expect(ColorDegradation.rgb(ofIndex: back) == rgb, "index \(index)")
        }
    }

    @Test(
        "Truecolor to 16 and 8 colours keeps hue: greens stay green, greys grey",
        arguments: [
            ((0xC8, 0x10, 0x2E), 1, 1), ((0xFF, 0xD7, 0x00), 11, 3), ((0xF8, 0xF8, 0xF8), 15, 7),
            ((0x1C, 0x1C, 0x1C), 0, 0), ((0x5F, 0xAF, 0xFF), 12, 4), ((0x5F, 0xD7, 0x87), 10, 2),
            ((0x87, 0x87, 0x87), 8, 7),
        ] as [((UInt8, UInt8, UInt8), UInt8, UInt8)])
    func toANSI(color: (UInt8, UInt8, UInt8), sixteen: UInt8, eight: UInt8) {
        #expect(ColorDegradation.nearestANSI16((color.0, color.1, color.2)) == sixteen)
        #expect(ColorDegradation.nearestANSI8((color.0, color.1, color.2)) == eight)
    }

    @Test("Colour degradation by depth")
    func byDepth() {
        let red = Color.rgb(0xC8, 0x10, 0x2E)
        #expect(ColorDegradation.degrade(red, to: .truecolor) == red)
        #expect(ColorDegradation.degrade(red, to: .indexed256) == .indexed(160))
        #expect(ColorDegradation.degrade(red, to: .ansi16) == .red)
        #expect(ColorDegradation.degrade(red, to: .ansi8) == .red)
        #expect(ColorDegradation.degrade(red, to: .monochrome) == .default)
        #expect(ColorDegradation.degrade(.brightRed, to: .ansi8) == .red)
        #expect(ColorDegradation.degrade(.indexed(196), to: .ansi16) == .brightRed)
        #expect(ColorDegradation.degrade(.indexed(196), to: .ansi8) == .red)
        #expect(ColorDegradation.degrade(.default, to: .ansi8) == .default)
    }

    @Test("Without colour, a background becomes reverse video")
    func monochromeReverse() {
        let header = Style(foreground: .rgb(255, 215, 0), background: .rgb(200, 16, 46), attributes: .bold)
        #expect(
            header.degraded(to: .monochrome)
                == Style(foreground: .default, background: .default, attributes: [.bold, .reverse]))
        #expect(Style(foreground: .red).degraded(to: .monochrome) == Style(foreground: .default))
        let cell = ColorDegradation.degradeCell(foreground: .white, background: .blue, attributes: [], to: .monochrome)
        #expect(cell.attributes == .reverse)
    }

    @Test("Colours that collapse into one switch the text to black or white")
    func contrast() {
        // Two dark greys that both become black on an 8-colour terminal.
        let cell = ColorDegradation.degradeCell(
            foreground: .rgb(0x40, 0x40, 0x40), background: .rgb(0x1C, 0x1C, 0x1C), attributes: [], to: .ansi8)
        #expect(cell.background == .black)
        #expect(cell.foreground == .white)
        let light = ColorDegradation.degradeCell(
            foreground: .rgb(0xE4, 0xE4, 0xE4), background: .rgb(0xFA, 0xFA, 0xFA), attributes: [], to: .ansi8)
        #expect(light.background == .white)
        #expect(light.foreground == .black)
    }

    @Test("Shipped themes stay readable on 8 colours: no role loses its text to its background")
    func themesOnEightColours() throws {
        let loader = ThemeLoader(searchDirectories: [ShippedThemeTests.themesDirectory])
        for name in ShippedThemeTests.shippedNames {
            let theme = try loader.load(nameOrPath: name)
            let base = theme[.text]
            for role in ThemeRole.allCases {
                let style = base.patched(with: theme[role])
                let cell = ColorDegradation.degradeCell(
                    foreground: style.foreground ?? .default, background: style.background ?? .default,
                    attributes: style.attributes, to: .ansi8)
                #expect(cell.foreground == .default || cell.foreground != cell.background, "\(name) \(role.rawValue)")
            }
        }
    }

    @Test("Colour depth from a terminfo colour count")
    func depthFromCount() {
        #expect(ColorDepth(colorCount: -1) == .monochrome)
        #expect(ColorDepth(colorCount: 8) == .ansi8)
        #expect(ColorDepth(colorCount: 16) == .ansi16)
        #expect(ColorDepth(colorCount: 88) == .ansi16)
        #expect(ColorDepth(colorCount: 256) == .indexed256)
        #expect(ColorDepth(colorCount: 16_777_216) == .truecolor)
    }
}
