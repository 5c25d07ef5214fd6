import Testing
import Widgets

@testable import TerminalKit

@Suite("Colour capability")
struct ColorCapabilityTests {
    @Test(
        "--colors wins over everything, NO_COLOR over the rest",
        arguments: [
            ([:], ColorMode.none, ColorDepth.monochrome),
            (["NO_COLOR": "1", "TERM": "xterm-256color"], .twoHundredFiftySix, .indexed256),
            (["TERM": "xterm"], .truecolor, .truecolor),
            (["TERM": "xterm-256color"], .eight, .ansi8),
        ] as [([String: String], ColorMode, ColorDepth)])
    func override(environment: [String: String], mode: ColorMode, depth: ColorDepth) {
        #expect(ColorCapability.requestedDepth(environment: environment, override: mode) == depth)
    }

    @Test(
        "The environment asks for a depth, or leaves it to terminfo",
        arguments: [
            (["NO_COLOR": "1", "TERM": "xterm-256color", "COLORTERM": "truecolor"], ColorDepth?.some(.monochrome)),
            (["NO_COLOR": "", "TERM": "xterm"], nil),
            (["TERM": "dumb"], .monochrome),
            ([:], .monochrome),
            (["TERM": "xterm", "COLORTERM": "truecolor"], .truecolor),
            (["TERM": "screen", "COLORTERM": "24bit"], .truecolor),
            (["TERM": "screen-256color"], .indexed256),
            (["TERM": "linux"], nil),
        ] as [([String: String], ColorDepth?)])
    func environment(environment: [String: String], depth: ColorDepth?) {
        #expect(ColorCapability.requestedDepth(environment: environment, override: nil) == depth)
    }

    @Test("Frames are drawn in the request capped by terminfo; truecolor as 256")
    func renderDepth() {
        #expect(ColorCapability.renderDepth(requested: nil, terminfoColors: 256) == .indexed256)
        #expect(ColorCapability.renderDepth(requested: nil, terminfoColors: 8) == .ansi8)
        #expect(ColorCapability.renderDepth(requested: .truecolor, terminfoColors: 16_777_216) == .indexed256)
        #expect(ColorCapability.renderDepth(requested: .indexed256, terminfoColors: 8) == .ansi8)
        #expect(ColorCapability.renderDepth(requested: .ansi8, terminfoColors: 256) == .ansi8)
        #expect(ColorCapability.renderDepth(requested: .monochrome, terminfoColors: 256) == .monochrome)
        #expect(ColorCapability.renderDepth(requested: nil, terminfoColors: -1) == .monochrome)
    }

    @Test("A 256-colour request upgrades TERM within its family only")
    func upgrade() {
        #expect(ColorCapability.upgradedTerminalType(for: "screen", requested: .truecolor) == "screen-256color")
        #expect(ColorCapability.upgradedTerminalType(for: "xterm", requested: .indexed256) == "xterm-256color")
        #expect(ColorCapability.upgradedTerminalType(for: "xterm-256color", requested: .indexed256) == nil)
        #expect(ColorCapability.upgradedTerminalType(for: "xterm", requested: nil) == nil)
        #expect(ColorCapability.upgradedTerminalType(for: "xterm", requested: .ansi8) == nil)
        #expect(ColorCapability.upgradedTerminalType(for: "linux", requested: .truecolor) == nil)
    }

    @Test("--colors spellings")
    func colorModeArguments() {
        #expect(ColorMode(argument: "none") == ColorMode.none)
        #expect(ColorMode(argument: "8") == .eight)
        #expect(ColorMode(argument: "256") == .twoHundredFiftySix)
        #expect(ColorMode(argument: "TrueColor") == .truecolor)
        #expect(ColorMode(argument: "24bit") == .truecolor)
        #expect(ColorMode(argument: "many") == nil)
    }

    @Test("Colour pairs are allocated once per combination and reused")
    func pairCache() {
        var allocations: [(Int16, Int16, Int16)] = []
        var cache = ColorPairCache(capacity: 3) { pair, foreground, background in
            allocations.append((pair, foreground, background))
            return true
        }
        #expect(cache.pair(foreground: -1, background: -1) == 0)
        #expect(cache.pair(foreground: 1, background: -1) == 1)
        #expect(cache.pair(foreground: 2, background: 4) == 2)
        #expect(cache.pair(foreground: 1, background: -1) == 1)
        #expect(cache.pair(foreground: 3, background: 3) == 3)
        // Out of pairs: default colours rather than a failure.
        #expect(cache.pair(foreground: 5, background: 6) == 0)
        #expect(allocations.count == 3)
        #expect(cache.allocatedCount == 3)
    }

    @Test("A refused pair is not cached")
    func refusedPair() {
        var cache = ColorPairCache(capacity: 10) { _, _, _ in false }
        #expect(cache.pair(foreground: 1, background: 2) == 0)
        #expect(cache.allocatedCount == 0)
    }

    @Test("Deadlines count down and stop at zero")
    func deadlines() {
        #expect(MonotonicDeadline(millisecondsFromNow: 60_000).remainingMilliseconds() > 59_000)
        #expect(MonotonicDeadline(millisecondsFromNow: -5).remainingMilliseconds() == 0)
    }
}
