import Widgets

/// Where the interactive widgets of the last frame were, so a click can be mapped to them
/// without laying the screen out again.
public struct GalleryHitMap {
    var tabsArea = Rect.zero
    var tabs: Tabs?
    var treeArea = Rect.zero
    var tree: Table?
    var tableArea = Rect.zero
    var table: Table?
    var listArea = Rect.zero
    var list: List?

    public init() {}

    /// Scroll offsets the last frame used; keep them so scrolling does not jump.
    public var treeScrollOffset: Int { tree?.effectiveScrollOffset(in: treeArea) ?? 0 }
    public var tableScrollOffset: Int { table?.effectiveScrollOffset(in: tableArea) ?? 0 }
    public var listScrollOffset: Int { list?.effectiveScrollOffset(in: listArea) ?? 0 }

    public func target(x: Int, y: Int) -> GalleryClickTarget? {
        if let tabs, tabsArea.contains(x: x, y: y), let index = tabs.tabIndex(atX: x, in: tabsArea) {
            return .page(index)
        }
        if let tree, treeArea.contains(x: x, y: y), let row = tree.rowIndex(atY: y, in: treeArea) {
            return .treeRow(row)
        }
        if let table, tableArea.contains(x: x, y: y), let row = table.rowIndex(atY: y, in: tableArea) {
            return .tableRow(row)
        }
        if let list, listArea.contains(x: x, y: y) {
            let row = list.effectiveScrollOffset(in: listArea) + (y - listArea.y)
            return row < list.items.count ? .listRow(row) : nil
        }
        return nil
    }
}
