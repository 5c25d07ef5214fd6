/// Reads the theme text format described in Themes/README.md:
///
///     # comment
///     name = Party Red
///     header = #ffd700 on #c8102e bold      # foreground, "on" background, attributes
///     header.bg = #c8102e                    # or one facet: .fg, .bg, .attr
///
/// Every problem is a `ThemeError` naming the file and the 1-based line.
public enum ThemeParser {
    public static func parse(_ text: String, file: String) throws(ThemeError) -> Theme {
        var displayName: String?
        var styles: [ThemeRole: Style] = [:]
        var firstLineOfKey: [String: Int] = [:]

        // Character-wise, "\r\n" is one newline, so split on any newline, not on "\n".
        for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
        {
            let lineNumber = offset + 1
            func failure(_ message: String) -> ThemeError { ThemeError(file: file, line: lineNumber, message: message) }

            let line = stripComment(String(rawLine)).trimmingWhitespace()
            if line.isEmpty { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw failure("expected 'role = value', found '\(line)'")
            }
            let key = String(line[..<equals]).trimmingWhitespace().lowercased()
            let value = unquote(String(line[line.index(after: equals)...]).trimmingWhitespace())
            guard !key.isEmpty else { throw failure("missing role name before '='") }
            if let first = firstLineOfKey[key] {
                throw failure("'\(key)' is already set on line \(first)")
            }
            firstLineOfKey[key] = lineNumber

            switch key {
            case "name":
                guard !value.isEmpty else { throw failure("'name' needs a value") }
                displayName = value
                continue
            case "description":
                continue
            default:
                break
            }
            guard !value.isEmpty else { throw failure("'\(key)' has no value") }

            if let role = ThemeRole(rawValue: key) {
                if firstLineOfKey.keys.contains(where: { $0.hasPrefix(key + ".") && ThemeRole(rawValue: $0) == nil }) {
                    throw failure("'\(key)' is set after one of its facets; set the whole style first")
                }
                styles[role] = try parseStyle(value, failure: failure)
                continue
            }
            guard let dot = key.lastIndex(of: "."), let role = ThemeRole(rawValue: String(key[..<dot])) else {
                throw failure("unknown role '\(key)'\(suggestion(for: key))")
            }
            var style = styles[role] ?? .plain
            switch key[key.index(after: dot)...] {
            case "fg":
                style.foreground = try parseSingleColor(value, failure: failure)
            case "bg":
                style.background = try parseSingleColor(value, failure: failure)
            case "attr":
                var attributes: TextAttributes = []
                for token in value.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                    guard let attribute = TextAttributes(themeName: String(token)) else {
                        throw failure(
                            "unknown attribute '\(token)' (use bold, dim, italic, underline, reverse, blink or none)")
                    }
                    attributes.formUnion(attribute)
                }
                style.attributes = attributes
            default:
                throw failure("unknown role '\(key)'\(suggestion(for: key))")
            }
            styles[role] = style
        }
        return Theme(name: fileStem(file), displayName: displayName, styles: styles)
    }

    /// `[foreground] [on background] [attribute...]`, in any order.
    static func parseStyle(_ value: String, failure: (String) -> ThemeError) throws(ThemeError) -> Style {
        let tokens = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var style = Style()
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.lowercased() == "on" {
                guard index + 1 < tokens.count else { throw failure("'on' must be followed by a background colour") }
                guard style.background == nil else { throw failure("two background colours in '\(value)'") }
                style.background = try parseSingleColor(tokens[index + 1], failure: failure)
                index += 2
                continue
            }
            if let attribute = TextAttributes(themeName: token) {
                style.attributes.formUnion(attribute)
            } else {
                let color = try parseSingleColor(token, failure: failure)
                guard style.foreground == nil else {
                    throw failure("two foreground colours in '\(value)'; write 'FOREGROUND on BACKGROUND'")
                }
                style.foreground = color
            }
            index += 1
        }
        return style
    }

    static func parseSingleColor(_ token: String, failure: (String) -> ThemeError) throws(ThemeError) -> Color {
        if let color = Color(themeValue: token) { return color }
        if token.contains(" ") || token.contains("\t") {
            throw failure("expected one colour, found '\(token)'")
        }
        if token.hasPrefix("#") {
            throw failure("'\(token)' is not a colour: write #rrggbb or #rgb with hex digits")
        }
        if let number = Int(token) {
            throw failure("colour index \(number) is out of range 0–255")
        }
        throw failure(
            "'\(token)' is not a colour (#rrggbb, #rgb, 0–255, or a name: red, brightred, gray, default…) nor an attribute (bold, dim, italic, underline, reverse, blink)"
        )
    }

    /// A `#` starts a comment at the start of a line, or after whitespace when whitespace
    /// or the line end follows it, so `bar.good = green  # healthy` works and `#c8102e`
    /// (or a mistyped `#c8102`) is read as a colour.
    static func stripComment(_ line: String) -> String {
        if line.drop(while: { $0 == " " || $0 == "\t" }).first == "#" { return "" }
        var previous: Character = " "
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "#", previous == " " || previous == "\t" {
                let next = line.index(after: index)
                if next == line.endIndex || line[next] == " " || line[next] == "\t" {
                    return String(line[..<index])
                }
            }
            previous = character
            index = line.index(after: index)
        }
        return line
    }

    private static func unquote(_ value: String) -> String {
        if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
            return String(value.dropFirst().dropLast())
        }
        return value
    }

    private static func suggestion(for key: String) -> String {
        let stem = key.split(separator: ".").first.map(String.init) ?? key
        let related = ThemeRole.allCases.map(\.rawValue).filter { $0.hasPrefix(stem) }
        if related.isEmpty { return " (see Themes/README.md for the list of roles)" }
        return " (did you mean \(related.map { "'\($0)'" }.joined(separator: ", "))?)"
    }

    private static func fileStem(_ file: String) -> String {
        let lastComponent = file.split(separator: "/").last.map(String.init) ?? file
        if lastComponent.hasSuffix(".theme") { return String(lastComponent.dropLast(6)) }
        return lastComponent
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" || first == "\r" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice = slice.dropLast() }
        return String(slice)
    }
}
