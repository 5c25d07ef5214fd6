/// The text and cursor of a one-line input, edited by grapheme: Backspace removes a whole
/// Chinese character or an accented letter, and the cursor never sits inside one.
public struct TextInputState: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Graphemes before the cursor, 0…characters.count.
    public private(set) var cursor: Int

    public init(text: String = "", cursor: Int? = nil) {
        characters = Array(text)
        self.cursor = min(max(0, cursor ?? characters.count), characters.count)
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Display columns before the cursor (where a terminal cursor would be drawn).
    public var cursorColumn: Int {
        characters[..<cursor].reduce(0) { $0 + DisplayWidth.of(character: $1) }
    }

    /// Inserts typed or pasted text at the cursor. Text is re-segmented so a combining mark
    /// typed after a letter joins it instead of standing alone.
    public mutating func insert(_ newText: String) {
        let filtered = newText.filter { character in
            !character.unicodeScalars.allSatisfy { $0.value < 0x20 || $0.value == 0x7F }
        }
        guard !filtered.isEmpty else { return }
        let before = String(characters[..<cursor]) + filtered
        let after = String(characters[cursor...])
        characters = Array(before + after)
        cursor = min(before.count, characters.count)
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    /// Ctrl-W: removes the spaces before the cursor, then the word before them. A run of
    /// Chinese characters counts as one word, as it does in shells.
    public mutating func deleteWordBackward() {
        while cursor > 0, characters[cursor - 1] == " " { deleteBackward() }
        while cursor > 0, characters[cursor - 1] != " " { deleteBackward() }
    }

    /// Ctrl-U: everything before the cursor.
    public mutating func deleteToStart() {
        characters.removeFirst(cursor)
        cursor = 0
    }

    public mutating func clear() {
        characters = []
        cursor = 0
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveToStart() { cursor = 0 }
    public mutating func moveToEnd() { cursor = characters.count }

    /// The first grapheme shown in a field `width` columns wide (see `layout(width:)`).
    public func firstVisibleIndex(width: Int) -> Int { layout(width: width).start }

    /// What a field `width` columns wide shows: from `start`, with a mark in the first
    /// column when text is hidden on the left and in the last when it is hidden on the right.
    public struct Layout: Hashable, Sendable {
        public var start: Int
        public var marksLeft: Bool
        public var marksRight: Bool
    }

    /// Widths are display cells (CJK 2, combining marks 0, emoji 2), never characters. The
    /// cursor is always shown; the end of the text is shown whenever the cursor is within a
    /// field's width of it (so typing at the end keeps what was typed in view), and the
    /// start whenever the cursor is within a field's width of that.
    public func layout(width: Int) -> Layout {
        let widths = characters.map(DisplayWidth.of(character:))
        let cursorCell = cursor < characters.count ? max(1, widths[cursor]) : 1
        let total = widths.reduce(0, +) + (cursor == characters.count ? 1 : 0)
        guard width > 0 else { return Layout(start: cursor, marksLeft: false, marksRight: false) }
        guard total > width else { return Layout(start: 0, marksLeft: false, marksRight: false) }
        guard width >= 3 else {
            return Layout(
                start: start(endingAt: cursor, room: width - cursorCell, widths), marksLeft: false, marksRight: false)
        }
        if widths[..<cursor].reduce(0, +) + cursorCell <= width - 1 {
            return Layout(start: 0, marksLeft: false, marksRight: true)
        }
        let endCell = cursor == characters.count ? 1 : 0
        let tailStart = start(endingAt: characters.count, room: width - 1 - endCell, widths)
        if cursor >= tailStart { return Layout(start: tailStart, marksLeft: true, marksRight: false) }
        return Layout(
            start: start(endingAt: cursor, room: width - 2 - cursorCell, widths), marksLeft: true, marksRight: true)
    }

    /// The smallest index from which the graphemes before `end` fit in `room` cells.
    private func start(endingAt end: Int, room: Int, _ widths: [Int]) -> Int {
        var start = end
        var used = 0
        while start > 0, used + widths[start - 1] <= room {
            used += widths[start - 1]
            start -= 1
        }
        return start
    }
}
