import Testing

@testable import Widgets

@Suite("Theme parser")
struct ThemeParserTests {
    private func parseError(_ text: String) -> ThemeError? {
        do {
            _ = try ThemeParser.parse(text, file: "broken.theme")
            return nil
        } catch {
            return error
        }
    }

    @Test("Full styles: foreground, 'on' background, attributes in any order")
    func fullStyles() throws {
        let theme = try ThemeParser.parse(
            """
            # a comment
            name = Sample 样例

            header = #ffd700 on #c8102e bold
            selection = reverse on 24
            bar.good = green   # inline comment
            text.dim = "brightblack"
            footer = on default underline
            """, file: "sample.theme")
        #expect(theme.name == "sample")
        #expect(theme.displayName == "Sample 样例")
        #expect(
            theme[.header]
                == Style(foreground: .rgb(0xFF, 0xD7, 0x00), background: .rgb(0xC8, 0x10, 0x2E), attributes: .bold))
        #expect(theme[.selection] == Style(background: .indexed(24), attributes: .reverse))
        #expect(theme[.barGood] == Style(foreground: .green))
        #expect(theme[.textDim] == Style(foreground: .brightBlack))
        #expect(theme[.footer] == Style(background: .default, attributes: .underline))
        #expect(theme[.toast] == .plain)
    }

    @Test("Facets set one part of a role and combine with a full style set before")
    func facets() throws {
        let theme = try ThemeParser.parse(
            """
            header = white
            header.bg = #C8102E
            header.attr = bold underline
            title.fg = #abc
            """, file: "facets.theme")
        #expect(
            theme[.header]
                == Style(foreground: .white, background: .rgb(0xC8, 0x10, 0x2E), attributes: [.bold, .underline]))
        #expect(theme[.title] == Style(foreground: .rgb(0xAA, 0xBB, 0xCC)))
    }

    @Test("Colour values: hex, short hex, 0–255, names, case-insensitive")
    func colours() {
        #expect(Color(themeValue: "#C8102E") == .rgb(200, 16, 46))
        #expect(Color(themeValue: "#fff") == .rgb(255, 255, 255))
        #expect(Color(themeValue: "0") == .indexed(0))
        #expect(Color(themeValue: "255") == .indexed(255))
        #expect(Color(themeValue: "BrightRed") == .brightRed)
        #expect(Color(themeValue: "grey") == .brightBlack)
        #expect(Color(themeValue: "default") == .default)
        #expect(Color(themeValue: "256") == nil)
        #expect(Color(themeValue: "#12345") == nil)
        #expect(Color(themeValue: "#gggggg") == nil)
        #expect(Color(themeValue: "redd") == nil)
    }

    @Test(
        "Every error names the file and the line",
        arguments: [
            ("text = default\nheader #fff", 2, "expected 'role = value'"),
            ("\n\n = red", 3, "missing role name"),
            ("headr = red", 1, "unknown role 'headr'"),
            ("header.fgg = red", 1, "unknown role 'header.fgg'"),
            ("header = redd", 1, "'redd' is not a colour"),
            ("header = 300", 1, "colour index 300 is out of range"),
            ("header = #12345", 1, "'#12345' is not a colour"),
            ("header = red on", 1, "'on' must be followed by a background colour"),
            ("header = red on blue on green", 1, "two background colours"),
            ("header = red blue", 1, "two foreground colours"),
            ("header.bg = red blue", 1, "expected one colour"),
            ("header.attr = bold shiny", 1, "unknown attribute 'shiny'"),
            ("header =", 1, "'header' has no value"),
            ("name =", 1, "'name' needs a value"),
            ("# ok\nheader = red\nheader = blue", 3, "'header' is already set on line 2"),
            ("header.bg = red\nheader = blue", 2, "set after one of its facets"),
        ])
    func errors(text: String, line: Int, message: String) {
        let error = parseError(text)
        #expect(error?.file == "broken.theme")
        #expect(error?.line == line)
        #expect(error?.message.contains(message) == true, "\(String(describing: error))")
        #expect(error?.description.hasPrefix("broken.theme:\(line): ") == true)
    }

    @Test("Unknown roles suggest related ones")
    func suggestions() {
        #expect(parseError("bar.ok = green")?.message.contains("'bar.good'") == true)
    }

    @Test("CRLF line endings and quoted values are accepted")
    func lenient() throws {
        let theme = try ThemeParser.parse("header = 'red'\r\nfooter = \"blue\"\r\n", file: "dos.theme")
        #expect(theme[.header].foreground == .red)
        #expect(theme[.footer].foreground == .blue)
    }

    @Test("Comments start at a # after whitespace that is not a colour")
    func comments() {
        #expect(ThemeParser.stripComment("a = #fff  # white") == "a = #fff  ")
        #expect(ThemeParser.stripComment("# whole line") == "")
        #expect(ThemeParser.stripComment("a = red # b") == "a = red ")
        #expect(ThemeParser.stripComment("a = #c8102e") == "a = #c8102e")
        #expect(ThemeParser.stripComment("a = #c8102") == "a = #c8102")
        #expect(ThemeParser.stripComment("  #c8102e at the start is a comment") == "")
    }
}
