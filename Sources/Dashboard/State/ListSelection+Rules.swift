/// The rules that keep a selection (by id) valid as its list changes, and move it.
extension ListSelection {
    /// The index of the selected id in `ids`; when it is gone, the row at the hint (clamped)
    /// becomes the selection, so a refresh or a filter moves the cursor as little as possible.
    @discardableResult
    mutating func resolve(in ids: [String]) -> Int? {
        guard !ids.isEmpty else { return nil }
        let hint = indexHint
        if isExplicit, let current = id,
            let index = (hint < ids.count && ids[hint] == current) ? hint : ids.firstIndex(of: current)
        {
            indexHint = index
            return index
        }
        let index = min(max(0, hint), ids.count - 1)
        id = ids[index]
        indexHint = index
        return index
    }

    /// Moves by `delta` rows (clamped); false when it could not move.
    @discardableResult
    mutating func move(in ids: [String], by delta: Int) -> Bool {
        guard let index = resolve(in: ids) else { return false }
        let target = min(max(0, index + delta), ids.count - 1)
        guard target != index else { return false }
        id = ids[target]
        indexHint = target
        isExplicit = true
        return true
    }

    /// The index `resolve` would return, without changing anything (for drawing).
    func resolvedIndex(in ids: [String]) -> Int? {
        var copy = self
        return copy.resolve(in: ids)
    }
}
