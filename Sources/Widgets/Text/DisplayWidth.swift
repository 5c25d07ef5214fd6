/// Terminal column widths with `wcwidth` semantics (CJK = 2, combining = 0), from our own
/// table so the answer is the same in tests, under any locale, on any libc.
public enum DisplayWidth {
    /// Columns a single Unicode scalar occupies: 0, 1 or 2. Control characters count as 0.
    public static func of(scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }
        if value < 0x0300 { return 1 }
        if DisplayWidthTable.contains(value, in: DisplayWidthTable.zero) { return 0 }
        if value >= 0x1100, DisplayWidthTable.contains(value, in: DisplayWidthTable.wide) { return 2 }
        return 1
    }

    /// Columns a grapheme cluster occupies: its base scalar's width, widened to 2 by an
    /// emoji presentation selector (U+FE0F), a zero-width-joiner sequence or a flag pair.
    public static func of(character: Character) -> Int {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        guard let second = iterator.next() else { return of(scalar: first) }
        var width = of(scalar: first)
        if width == 0 {
            width = of(scalar: second)
        }
        if width == 2 { return 2 }
        if isRegionalIndicator(first) && isRegionalIndicator(second) { return 2 }
        for scalar in scalars where scalar.value == 0xFE0F || scalar.value == 0x200D {
            return 2
        }
        return width
    }

    /// Columns `text` occupies when written on one line.
    public static func of(_ text: String) -> Int {
        var width = 0
        var isASCII = true
        for byte in text.utf8 {
            if byte >= 0x80 {
                isASCII = false
                break
            }
            if byte >= 0x20 && byte < 0x7F { width += 1 }
        }
        if isASCII { return width }
        width = 0
        for character in text { width += of(character: character) }
        return width
    }

    /// `text` cut to at most `width` columns, ending in `ellipsis` when something was cut.
    /// A wide character is never split: when it would straddle the limit it goes, whole.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let fullWidth = of(text)
        if fullWidth <= width { return text }
        let ellipsisWidth = of(ellipsis)
        if ellipsisWidth > width { return String(repeating: ".", count: width) }
        let budget = width - ellipsisWidth
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = of(character: character)
            if used + characterWidth > budget { break }
            result.append(character)
            used += characterWidth
        }
        return result + ellipsis
    }

    /// `text` truncated (with `ellipsis`) or padded with spaces to exactly `width` columns.
    public static func fit(_ text: String, to width: Int, alignment: HorizontalAlignment = .left, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let truncated = truncate(text, to: width, ellipsis: ellipsis)
        let used = of(truncated)
        let leading = alignment.leadingPadding(contentWidth: used, availableWidth: width)
        let trailing = width - used - leading
        return String(repeating: " ", count: leading) + truncated + String(repeating: " ", count: trailing)
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }
}
