extension LineChart {
    /// The cell columns of each run of NaN values, for a series spread over `dotWidth` braille
    /// dot columns: the cells between the last dot before the run and the first after it,
    /// keeping only those `isFree` (no line drawn through their bottom row).
    static func gapColumns(values: [Double], dotWidth: Int, isFree: (Int) -> Bool) -> [ClosedRange<Int>] {
        guard values.contains(where: \.isNaN), dotWidth > 0 else { return [] }
        let count = values.count
        func dotX(_ index: Int) -> Int { count == 1 ? 0 : index * (dotWidth - 1) / (count - 1) }
        var result: [ClosedRange<Int>] = []
        var index = 0
        while index < count {
            guard values[index].isNaN else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < count, values[end + 1].isNaN { end += 1 }
            let leftDot = index > 0 ? dotX(index - 1) + 1 : 0
            let rightDot = end < count - 1 ? dotX(end + 1) - 1 : dotWidth - 1
            if leftDot <= rightDot {
                let free = (leftDot / 2...rightDot / 2).filter(isFree)
                result += runs(of: free)
            }
            index = end + 1
        }
        return result
    }

    /// Consecutive integers grouped into ranges ([1, 2, 3, 7] → [1...3, 7...7]).
    static func runs(of columns: [Int]) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        for column in columns {
            if let last = result.last, last.upperBound + 1 == column {
                result[result.count - 1] = last.lowerBound...column
            } else {
                result.append(column...column)
            }
        }
        return result
    }

    /// A dotted mark along the bottom of each gap, and the gap label in the middle row of the
    /// widest gaps it fits in, so a missing day reads as "no data", not as a broken line.
    func renderGaps(_ gaps: [ClosedRange<Int>], in plot: Rect, buffer: inout ScreenBuffer) {
        guard !gaps.isEmpty, !plot.isEmpty else { return }
        let mark = Grapheme(glyphs.chartGap)
        for gap in gaps {
            for column in gap where column < plot.width {
                buffer.put(grapheme: mark, width: 1, x: plot.x + column, y: plot.bottom - 1, style: gapStyle)
            }
            guard let gapLabel, plot.height >= 3 else { continue }
            let labelWidth = DisplayWidth.of(gapLabel)
            guard labelWidth <= gap.count, gap.upperBound < plot.width else { continue }
            let x = plot.x + gap.lowerBound + (gap.count - labelWidth) / 2
            buffer.write(gapLabel, x: x, y: plot.y + (plot.height - 1) / 2, maxWidth: labelWidth, style: gapStyle)
        }
    }
}
