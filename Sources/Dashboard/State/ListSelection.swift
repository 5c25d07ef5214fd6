/// A list's selection, kept by id so it survives refreshes, sorting and filtering, with the
/// row it was last on (where to land if that item disappears) and the scroll offset.
public struct ListSelection: Sendable, Equatable {
    public var id: String?
    public var indexHint = 0
    public var scrollOffset = 0
    /// False until the user picks a row: an untouched list keeps its first row selected
    /// (a live leaderboard should not scroll away after whoever led at start-up).
    public var isExplicit = false

    public init(id: String? = nil) {
        self.id = id
        isExplicit = id != nil
    }

    /// The user picked `id` (keys, a click, a search result).
    public mutating func select(_ id: String) {
        self.id = id
        isExplicit = true
    }
}
