/// Word wrapping for styled lines: Latin text breaks at spaces, CJK text between any two
/// characters (as Chinese typesetting does), and a word longer than the width is cut hard.
public enum TextWrapper {
    private struct Piece {
        let character: Character
        let width: Int
        let spanIndex: Int
        var isSpace: Bool { character == " " }
    }

    /// `line` split into lines of at most `width` columns, each keeping its spans' styles.
    public static func wrap(_ line: Line, width: Int) -> [Line] {
        guard width > 0 else { return [] }
        var pieces: [Piece] = []
        for (spanIndex, span) in line.spans.enumerated() {
            for character in span.text {
                let characterWidth = DisplayWidth.of(character: character)
                if characterWidth > 0 {
                    pieces.append(Piece(character: character, width: characterWidth, spanIndex: spanIndex))
                }
            }
        }
        if pieces.isEmpty { return [Line(spans: [], alignment: line.alignment)] }

        var segments: [Range<Int>] = []
        var start = 0
        var usedWidth = 0
        var lastBreak: Int?
        var index = 0
        while index < pieces.count {
            let piece = pieces[index]
            if usedWidth + piece.width > width && index > start {
                // A space that overflows is itself the break; otherwise go back to the last one.
                let breakAt = piece.isSpace ? index : (lastBreak.map { $0 > start ? $0 : index } ?? index)
                segments.append(start..<breakAt)
                start = breakAt
                while start < pieces.count && pieces[start].isSpace { start += 1 }
                // Re-measure what moved to the new line and where it may break again.
                usedWidth = 0
                lastBreak = nil
                if start >= index {
                    index = start
                    continue
                }
                for moved in start..<index {
                    usedWidth += pieces[moved].width
                    if pieces[moved].isSpace || pieces[moved].width == 2 { lastBreak = moved + 1 }
                }
                continue
            }
            if piece.width == 2 && index > start { lastBreak = index }
            usedWidth += piece.width
            if piece.isSpace || piece.width == 2 { lastBreak = index + 1 }
            index += 1
        }
        if start < pieces.count { segments.append(start..<pieces.count) }

        return segments.map { segment in
            var end = segment.upperBound
            while end > segment.lowerBound && pieces[end - 1].isSpace { end -= 1 }
            var spans: [Span] = []
            var currentSpan = -1
            for pieceIndex in segment.lowerBound..<end {
                let piece = pieces[pieceIndex]
                if piece.spanIndex != currentSpan {
                    spans.append(Span("", style: line.spans[piece.spanIndex].style))
                    currentSpan = piece.spanIndex
                }
                spans[spans.count - 1].text.append(piece.character)
            }
            return Line(spans: spans, alignment: line.alignment)
        }
    }
}
