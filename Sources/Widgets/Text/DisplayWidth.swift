/// Terminal column widths with `wcwidth` semantics (CJK = 2, combining = 0), from our own
/// table so the answer is the same in tests, under any locale, on any libc.
public enum DisplayWidth {
    /// Columns a single Unicode scalar occupies: 0, 1 or 2. Control characters count as 0.
    @inline(__always)
    public static func of(scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }
        if value < 0x0300 { return 1 }
        // The common blocks first, so Chinese text and box drawing skip the table search.
        if value >= 0x4E00 && value <= 0x9FFF { return 2 }
        if value >= 0x2500 && value <= 0x25FC { return 1 }
        return ofUncommon(value)
    }

    private static func ofUncommon(_ value: UInt32) -> Int {
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
        if scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x200D }) { return 2 }
        return width
    }

    /// Columns `text` occupies when written on one line.
    public static func of(_ text: String) -> Int {
        var width = 0
        var simple = true
        for byte in text.utf8 {
            if byte >= 0x80 {
                simple = false
                break
            }
            if byte >= 0x20 && byte < 0x7F { width += 1 }
        }
        if simple { return width }
        width = 0
        simple = true
        for scalar in text.unicodeScalars {
            guard isStandalone(scalar) else {
                simple = false
                break
            }
            width += of(scalar: scalar)
        }
        if simple { return width }
        width = 0
        for character in text { width += of(character: character) }
        return width
    }

    /// `text` cut to at most `width` columns, ending in `ellipsis` when something was cut.
    /// A wide character is never split: when it would straddle the limit it goes, whole.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let ellipsisWidth = of(ellipsis)
        if ellipsisWidth > width { return String(repeating: ".", count: width) }
        let budget = width - ellipsisWidth
        var used = 0
        if text.unicodeScalars.allSatisfy(isStandalone) {
            let scalars = text.unicodeScalars
            var cut = scalars.startIndex
            while cut < scalars.endIndex {
                let scalarWidth = of(scalar: scalars[cut])
                if used + scalarWidth > budget { break }
                used += scalarWidth
                cut = scalars.index(after: cut)
            }
            return String(scalars[..<cut]) + ellipsis
        }
        var cut = text.startIndex
        while cut < text.endIndex {
            let characterWidth = of(character: text[cut])
            if used + characterWidth > budget { break }
            used += characterWidth
            cut = text.index(after: cut)
        }
        return String(text[..<cut]) + ellipsis
    }

    /// `text` truncated (with `ellipsis`) or padded with spaces to exactly `width` columns.
    public static func fit(
        _ text: String, to width: Int, alignment: HorizontalAlignment = .left, ellipsis: String = "…"
    ) -> String {
        guard width > 0 else { return "" }
        let truncated = truncate(text, to: width, ellipsis: ellipsis)
        let used = of(truncated)
        let leading = alignment.leadingPadding(contentWidth: used, availableWidth: width)
        let trailing = width - used - leading
        return String(repeating: " ", count: leading) + truncated + String(repeating: " ", count: trailing)
    }

    /// Calls `body` with each grapheme of `text` and its width until `body` returns false.
    /// Text made only of scalars that never join their neighbours (ASCII, CJK, kana, Hangul
    /// syllables, box drawing…) is walked scalar by scalar, which is several times faster
    /// than Swift's grapheme breaking; anything else takes the exact path.
    public static func forEachGrapheme(in text: String, _ body: (Grapheme, Int) -> Bool) {
        if text.unicodeScalars.allSatisfy(isStandalone) {
            for scalar in text.unicodeScalars {
                let grapheme = scalar.value < 0x80 ? Grapheme(asciiByte: UInt8(scalar.value)) : Grapheme(scalar: scalar)
                if !body(grapheme, of(scalar: scalar)) { return }
            }
            return
        }
        for character in text {
            if !body(Grapheme(character), of(character: character)) { return }
        }
    }

    /// True for scalars that form a grapheme cluster on their own whatever surrounds them:
    /// no combining marks, joiners, selectors, jamo, regional indicators or prepends.
    @inline(__always)
    static func isStandalone(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x0300 { return value >= 0x20 && (value < 0x7F || value >= 0xA0) }
        if value >= 0x4E00 && value < 0xA000 { return true }
        switch value {
        case 0x0370..<0x0483, 0x2010..<0x2028, 0x2030..<0x205F, 0x2100..<0x2300, 0x2500..<0x2600,
            0x2800..<0x2900, 0x3000..<0x302A, 0x3041..<0x3097, 0x30A0..<0x3100, 0xAC00..<0xD7A4,
            0xF900..<0xFB00, 0xFE30..<0xFE50, 0xFF01..<0xFF61, 0xFFE0..<0xFFE7:
            return true
        default:
            return false
        }
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }
}
