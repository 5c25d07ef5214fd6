/// A list's selection, kept by id so it survives refreshes, sorting and filtering, with the
/// row it was last on (where to land if that item disappears) and the scroll offset.
public struct ListSelection: Sendable, Equatable {
    public var id: String?
    public var indexHint = 0
    public var scrollOffset = 0

    public init(id: String? = nil) {
        self.id = id
    }
}
