import Widgets

/// Which pane of the tables section takes Up/Down.
public enum GalleryPane: Sendable, Hashable {
    case tree
    case table
}
