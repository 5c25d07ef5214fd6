/// How much of a row or column one part of a layout asks for.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (shrunk only when nothing else is left to shrink).
    case length(Int)
    /// This share of the space, 0–100.
    case percentage(Int)
    /// numerator/denominator of the space.
    case ratio(Int, Int)
    /// At least this many cells; takes a share of the leftover space when no `fill` is present.
    case min(Int)
    /// At most this many cells; asks for exactly that much when there is room.
    case max(Int)
    /// The leftover space, shared among fills in proportion to their weights.
    case fill(Int)
}
