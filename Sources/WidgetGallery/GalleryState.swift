import Widgets

/// Everything the gallery remembers between frames. The executable turns keys into these
/// mutations; `WidgetGallery` draws whatever the state says.
public struct GalleryState: Sendable {
    public var language: GalleryLanguage
    public var page = 0
    public var overlay = GalleryOverlay.none
    public var focusedPane = GalleryPane.table
    public var tableSelection = 0
    public var tableScrollOffset = 0
    public var treeSelection = 0
    public var treeScrollOffset = 0
    public var expandedIDs: Set<String> = GallerySamples.initiallyExpanded
    public var listSelection = 2
    public var listScrollOffset = 0
    public var toast: (message: String, kind: Toast.Kind)?

    public init(language: GalleryLanguage) {
        self.language = language
    }

    // MARK: - Pages

    public mutating func nextPage(pageCount: Int) {
        page = pageCount > 0 ? (page + 1) % pageCount : 0
    }

    public mutating func previousPage(pageCount: Int) {
        page = pageCount > 0 ? (page - 1 + pageCount) % pageCount : 0
    }

    // MARK: - Selection

    public mutating func toggleFocusedPane() {
        focusedPane = focusedPane == .tree ? .table : .tree
    }

    /// Moves the selection of the focused pane (and of the list on the text section).
    public mutating func moveSelection(by delta: Int) {
        switch focusedPane {
        case .table:
            tableSelection = min(max(0, tableSelection + delta), GallerySamples.learners.count - 1)
        case .tree:
            let rowCount = TreeTable.visibleRows(roots: GallerySamples.organizations(), expandedIDs: expandedIDs).count
            treeSelection = min(max(0, treeSelection + delta), rowCount - 1)
        }
        listSelection = min(max(0, listSelection + delta), GallerySamples.listItems.count - 1)
    }

    /// Expands or collapses the selected tree row.
    public mutating func toggleSelectedTreeNode() {
        let rows = TreeTable.visibleRows(roots: GallerySamples.organizations(), expandedIDs: expandedIDs)
        guard treeSelection < rows.count, rows[treeSelection].hasChildren else { return }
        let id = rows[treeSelection].id
        if expandedIDs.contains(id) { expandedIDs.remove(id) } else { expandedIDs.insert(id) }
    }

    /// Keeps the scroll positions the last frame settled on, so the next frame starts there.
    public mutating func adoptScrollOffsets(from hitMap: GalleryHitMap) {
        if hitMap.tree != nil { treeScrollOffset = hitMap.treeScrollOffset }
        if hitMap.table != nil { tableScrollOffset = hitMap.tableScrollOffset }
        if hitMap.list != nil { listScrollOffset = hitMap.listScrollOffset }
    }

    public mutating func toggleLanguage() {
        language = language == .chinese ? .english : .chinese
    }
}
