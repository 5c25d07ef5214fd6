import Widgets

/// The dialog open over the gallery, if any.
public enum GalleryOverlay: Sendable, Hashable {
    case none
    case help
    case textInput(TextInputState)
    case confirm(confirmFocused: Bool)
}
