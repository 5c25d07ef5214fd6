/// Colour pairs allocated on first use and reused after: ncurses needs a numbered pair for
/// every foreground/background combination, and terminals have a limited number of them.
struct ColorPairCache {
    struct Key: Hashable {
        var foreground: Int16
        var background: Int16
    }

    private var pairs: [Key: Int16] = [:]
    private var nextPair: Int32 = 1
    /// Highest pair number usable (ncurses' COLOR_PAIRS - 1, at most what a `short` holds).
    let capacity: Int32
    /// Tells ncurses about a new pair; false when it refused.
    let allocate: (Int16, Int16, Int16) -> Bool

    init(capacity: Int32, allocate: @escaping (_ pair: Int16, _ foreground: Int16, _ background: Int16) -> Bool) {
        self.capacity = min(capacity, Int32(Int16.max))
        self.allocate = allocate
    }

    /// The pair for these colours (-1 = terminal default); 0 (default colours) when the
    /// terminal has run out of pairs, which keeps text readable rather than failing.
    mutating func pair(foreground: Int16, background: Int16) -> Int16 {
        if foreground == -1 && background == -1 { return 0 }
        let key = Key(foreground: foreground, background: background)
        if let pair = pairs[key] { return pair }
        guard nextPair <= capacity else { return 0 }
        let pair = Int16(nextPair)
        guard allocate(pair, foreground, background) else { return 0 }
        nextPair += 1
        pairs[key] = pair
        return pair
    }

    var allocatedCount: Int { pairs.count }
}
