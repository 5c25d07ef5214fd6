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

    /// The first grapheme shown in a field `width` columns wide so that the cursor (and the
    /// cell it highlights) is visible; text scrolls only as far as needed.
    public func firstVisibleIndex(width: Int) -> Int {
        guard width > 0 else { return cursor }
        let cursorCellWidth = cursor < characters.count ? DisplayWidth.of(character: characters[cursor]) : 1
        var start = cursor
        var used = cursorCellWidth
        while start > 0 {
            let previousWidth = DisplayWidth.of(character: characters[start - 1])
            if used + previousWidth > width { break }
            used += previousWidth
            start -= 1
        }
        return start
    }
}
