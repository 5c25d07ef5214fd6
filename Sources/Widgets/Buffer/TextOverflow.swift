/// What to do with text wider than the space it is written into.
public enum TextOverflow: Sendable, Hashable {
    /// End the visible part with `…` (never splitting a wide character).
    case ellipsis
    /// Cut at the last whole grapheme that fits.
    case clip
}
