import Widgets

/// What a mouse click on the gallery landed on.
public enum GalleryClickTarget: Sendable, Hashable {
    case page(Int)
    case treeRow(Int)
    case tableRow(Int)
    case listRow(Int)
}
