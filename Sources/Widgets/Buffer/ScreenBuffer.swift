/// The in-memory screen widgets draw into: a row-major grid of `Cell`s. A renderer writes
/// only what `diff(from:)` reports, so an unchanged frame costs the terminal nothing.
public struct ScreenBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    /// The whole buffer as a rectangle; widgets clip their drawing to it.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    // MARK: - Drawing

    /// Every cell back to a space painted with `style` over the default colours.
    public mutating func reset(style: Style = .plain) {
        var cell = Cell.blank
        cell.apply(style)
        for index in cells.indices { cells[index] = cell }
    }

    /// Fills `rect` with `symbol` (a narrow grapheme) painted with `style`.
    public mutating func fill(_ rect: Rect, symbol: String = " ", style: Style = .plain) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        let grapheme = Grapheme(symbol)
        for y in clipped.y..<clipped.bottom {
            for x in clipped.x..<clipped.right {
                put(grapheme: grapheme, width: 1, x: x, y: y, style: style)
            }
        }
    }

    /// Lays `style` over every cell of `rect` without changing the text.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty, style != .plain else { return }
        for y in clipped.y..<clipped.bottom {
            let rowStart = y * width
            for x in clipped.x..<clipped.right {
                cells[rowStart + x].apply(style)
            }
        }
    }

    /// Writes `text` on one row from (`x`, `y`), at most `maxWidth` columns (default: to the
    /// right edge). Returns the columns used. Control characters are skipped; a wide
    /// character that would cross the limit is never split.
    @discardableResult
    public mutating func write(
        _ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain, overflow: TextOverflow = .ellipsis
    ) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        if x < 0 {
            return writeClippedOnTheLeft(text, x: x, y: y, maxWidth: maxWidth, style: style)
        }
        let startX = x
        let limit = min(maxWidth ?? (width - x), width - x)
        guard limit > 0 else { return 0 }
        if let used = writeASCII(text, x: startX, y: y, limit: limit, style: style, overflow: overflow) {
            return used
        }
        let content =
            overflow == .ellipsis && DisplayWidth.of(text) > limit ? DisplayWidth.truncate(text, to: limit) : text
        var column = startX
        let end = startX + limit
        DisplayWidth.forEachGrapheme(in: content) { grapheme, graphemeWidth in
            if graphemeWidth == 0 { return true }
            if column + graphemeWidth > end {
                // A wide character that does not fit leaves a blank instead of half a glyph.
                if column < end {
                    put(grapheme: .space, width: 1, x: column, y: y, style: style)
                    column += 1
                }
                return false
            }
            put(grapheme: grapheme, width: graphemeWidth, x: column, y: y, style: style)
            column += graphemeWidth
            return true
        }
        return column - startX
    }

    /// Writes the spans of `line` from (`x`, `y`) within `maxWidth` columns, aligned by the
    /// line's alignment and cut with `…` when too wide. Returns the columns used.
    @discardableResult
    public mutating func write(_ line: Line, x: Int, y: Int, maxWidth: Int, style: Style = .plain) -> Int {
        guard maxWidth > 0 else { return 0 }
        let lineWidth = line.width
        var column = x + line.alignment.leadingPadding(contentWidth: lineWidth, availableWidth: maxWidth)
        if lineWidth <= maxWidth {
            for span in line.spans {
                column += write(
                    span.text, x: column, y: y, maxWidth: x + maxWidth - column, style: style.patched(with: span.style),
                    overflow: .clip)
            }
            return column - x
        }
        // Too wide: keep one column for the ellipsis, which takes the style of the span it cuts.
        var remaining = maxWidth - 1
        for span in line.spans {
            let spanStyle = style.patched(with: span.style)
            let spanWidth = DisplayWidth.of(span.text)
            if spanWidth <= remaining {
                column += write(span.text, x: column, y: y, maxWidth: remaining, style: spanStyle, overflow: .clip)
                remaining -= spanWidth
                continue
            }
            let used = writeClippedWithoutPadding(span.text, x: column, y: y, maxWidth: remaining, style: spanStyle)
            column += used
            column += write("…", x: column, y: y, maxWidth: 1, style: spanStyle, overflow: .clip)
            break
        }
        return column - x
    }

    /// Puts one grapheme of display `width` (1 or 2) at (`x`, `y`), repairing any wide
    /// character it overlaps so the buffer never holds half a glyph.
    public mutating func put(symbol: String, width symbolWidth: Int, x: Int, y: Int, style: Style) {
        put(grapheme: Grapheme(symbol), width: symbolWidth, x: x, y: y, style: style)
    }

    /// `put(symbol:…)` for a grapheme already in cell form (no UTF-8 conversion).
    @inline(__always)
    public mutating func put(grapheme: Grapheme, width symbolWidth: Int, x: Int, y: Int, style: Style) {
        guard x >= 0, y >= 0, y < height, x + symbolWidth <= width, symbolWidth > 0 else { return }
        let index = y * width + x
        if cells[index].width == 0, x > 0 {
            // Overwriting the right half of a wide character: its left half becomes a blank.
            cells[index - 1].grapheme = .space
            cells[index - 1].width = 1
        }
        if symbolWidth == 1, cells[index].width == 2, x + 1 < width {
            cells[index + 1].grapheme = .space
            cells[index + 1].width = 1
        }
        if symbolWidth == 2 {
            if cells[index + 1].width == 2, x + 2 < width {
                cells[index + 2].grapheme = .space
                cells[index + 2].width = 1
            }
            cells[index + 1].grapheme = .empty
            cells[index + 1].width = 0
            cells[index + 1].apply(style)
        }
        cells[index].grapheme = grapheme
        cells[index].width = UInt8(symbolWidth)
        cells[index].apply(style)
    }

    // MARK: - Diffing

    /// Cells that differ from `previous`, top to bottom, left to right; continuation cells
    /// are left out (writing the wide character covers them). A size change reports every cell.
    public func diff(from previous: ScreenBuffer) -> [CellChange] {
        guard previous.width == width, previous.height == height else { return allCells() }
        var changes: [CellChange] = []
        cells.withUnsafeBufferPointer { current in
            previous.cells.withUnsafeBufferPointer { old in
                for index in 0..<current.count where current[index].width != 0 && current[index] != old[index] {
                    changes.append(CellChange(x: index % width, y: index / width, cell: current[index]))
                }
            }
        }
        return changes
    }

    /// Every non-continuation cell, for a full redraw.
    public func allCells() -> [CellChange] {
        var changes: [CellChange] = []
        changes.reserveCapacity(cells.count)
        for index in cells.indices where cells[index].width != 0 {
            changes.append(CellChange(x: index % width, y: index / width, cell: cells[index]))
        }
        return changes
    }

    // MARK: - Reading back (tests, snapshots)

    /// The text of each row; a wide character appears once, its continuation cell is skipped.
    public func lines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where cells[y * width + x].width != 0 {
                line += cells[y * width + x].grapheme.string
            }
            return line
        }
    }

    /// All rows joined with newlines.
    public var text: String { lines().joined(separator: "\n") }

    /// One character per column chosen by `legend` (continuation cells included), so a test
    /// can spell out where colours go: `buffer.styleLines { $0.foreground == .red ? "r" : "." }`.
    public func styleLines(_ legend: (Cell) -> Character) -> [String] {
        (0..<height).map { y in
            String((0..<width).map { x in legend(cells[y * width + x]) })
        }
    }

    // MARK: - Private

    private static let ellipsis = Grapheme("…")

    /// Fast path for printable ASCII, the bulk of any frame; nil when `text` is anything else.
    private mutating func writeASCII(_ text: String, x: Int, y: Int, limit: Int, style: Style, overflow: TextOverflow)
        -> Int?
    {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        let count = utf8.count
        var column = x
        if count <= limit {
            for byte in utf8 {
                put(grapheme: Grapheme(asciiByte: byte), width: 1, x: column, y: y, style: style)
                column += 1
            }
            return count
        }
        let visible = overflow == .ellipsis ? limit - 1 : limit
        for byte in utf8.prefix(visible) {
            put(grapheme: Grapheme(asciiByte: byte), width: 1, x: column, y: y, style: style)
            column += 1
        }
        if overflow == .ellipsis {
            put(grapheme: ScreenBuffer.ellipsis, width: 1, x: column, y: y, style: style)
            column += 1
        }
        return column - x
    }

    /// Text that starts left of the buffer (a scrolled view): the part left of column 0 is
    /// cut off, and a wide character straddling the edge leaves a blank.
    private mutating func writeClippedOnTheLeft(_ text: String, x: Int, y: Int, maxWidth: Int?, style: Style) -> Int {
        let end = min(width, x + (maxWidth ?? (width - x)))
        var column = x
        DisplayWidth.forEachGrapheme(in: text) { grapheme, graphemeWidth in
            if graphemeWidth == 0 { return true }
            defer { column += graphemeWidth }
            if column + graphemeWidth > end { return false }
            if column >= 0 {
                put(grapheme: grapheme, width: graphemeWidth, x: column, y: y, style: style)
            } else if column + graphemeWidth > 0 {
                put(grapheme: .space, width: 1, x: 0, y: y, style: style)
            }
            return true
        }
        return max(0, min(column, end))
    }

    private mutating func writeClippedWithoutPadding(_ text: String, x: Int, y: Int, maxWidth: Int, style: Style) -> Int
    {
        var column = x
        DisplayWidth.forEachGrapheme(in: text) { grapheme, graphemeWidth in
            if graphemeWidth == 0 { return true }
            if column + graphemeWidth > x + maxWidth { return false }
            put(grapheme: grapheme, width: graphemeWidth, x: column, y: y, style: style)
            column += graphemeWidth
            return true
        }
        return column - x
    }
}
