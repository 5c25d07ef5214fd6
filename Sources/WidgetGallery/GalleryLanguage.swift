import Widgets

/// The language of the gallery's own labels (sample data is always bilingual).
public enum GalleryLanguage: Sendable, Hashable {
    case chinese
    case english

    /// Picks the Chinese or English form.
    func pick(_ chinese: String, _ english: String) -> String {
        self == .chinese ? chinese : english
    }
}
