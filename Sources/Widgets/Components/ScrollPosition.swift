/// Keeps a selected row on screen in a scrolling list or table: the one rule every list
/// widget shares, so the caller can store the result and scrolling stays stable.
public enum ScrollPosition {
    /// The first row to show so that `selected` is visible, moving `currentOffset` as little
    /// as possible and never leaving empty rows at the end when there are rows to fill them.
    public static func offset(selected: Int?, currentOffset: Int, visibleRows: Int, rowCount: Int) -> Int {
        guard visibleRows > 0, rowCount > 0 else { return 0 }
        var offset = min(max(0, currentOffset), max(0, rowCount - visibleRows))
        if let selected {
            let clampedSelection = min(max(0, selected), rowCount - 1)
            if clampedSelection < offset { offset = clampedSelection }
            if clampedSelection >= offset + visibleRows { offset = clampedSelection - visibleRows + 1 }
        }
        return offset
    }
}
