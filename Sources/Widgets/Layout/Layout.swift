/// Splits a rectangle into parts by constraints; a pure function so it is unit-testable.
///
/// Solving, in order: every part asks for its preferred size (`length`/`min`/`max`: n;
/// `percentage`/`ratio`: its share; `fill`: 0). When the asks exceed the space, parts shrink
/// in order of least importance: fill, percentage and ratio, length, max, min. Leftover
/// space goes to `fill` parts by weight, or, when there is none, to `min` parts equally;
/// otherwise it stays empty at the end.
public enum Layout {
    public static func split(_ rect: Rect, direction: LayoutDirection, constraints: [Constraint], spacing: Int = 0)
        -> [Rect]
    {
        let total = direction == .vertical ? rect.height : rect.width
        let sizes = sizes(total: total, constraints: constraints, spacing: spacing)
        var position = direction == .vertical ? rect.y : rect.x
        let end = position + total
        return sizes.map { size in
            let start = min(position, end)
            let clampedSize = max(0, min(size, end - start))
            position = start + clampedSize + spacing
            switch direction {
            case .vertical: return Rect(x: rect.x, y: start, width: rect.width, height: clampedSize)
            case .horizontal: return Rect(x: start, y: rect.y, width: clampedSize, height: rect.height)
            }
        }
    }

    /// The size of each part along one axis of `total` cells.
    public static func sizes(total: Int, constraints: [Constraint], spacing: Int = 0) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        let available = max(0, total - max(0, spacing) * (constraints.count - 1))
        var sizes = constraints.map { preferredSize($0, available: available) }
        let asked = sizes.reduce(0, +)
        if asked > available {
            var overflow = asked - available
            for group in shrinkOrder where overflow > 0 {
                let members = constraints.indices.filter { group(constraints[$0]) }
                overflow = shrink(&sizes, members: members, by: overflow)
            }
        } else if asked < available {
            grow(&sizes, constraints: constraints, by: available - asked)
        }
        return sizes
    }

    private static func preferredSize(_ constraint: Constraint, available: Int) -> Int {
        switch constraint {
        case .length(let size), .min(let size), .max(let size): return max(0, size)
        case .percentage(let percent): return available * min(100, max(0, percent)) / 100
        case .ratio(let numerator, let denominator):
            return denominator > 0 ? min(available, available * max(0, numerator) / denominator) : 0
        case .fill: return 0
        }
    }

    private static let shrinkOrder: [@Sendable (Constraint) -> Bool] = [
        { constraint in if case .fill = constraint { return true } else { return false } },
        { constraint in
            switch constraint {
            case .percentage, .ratio: return true
            default: return false
            }
        },
        { constraint in if case .length = constraint { return true } else { return false } },
        { constraint in if case .max = constraint { return true } else { return false } },
        { constraint in if case .min = constraint { return true } else { return false } },
    ]

    /// Takes up to `amount` cells from `members` in proportion to their sizes; returns what is left to take.
    private static func shrink(_ sizes: inout [Int], members: [Int], by amount: Int) -> Int {
        let groupTotal = members.reduce(0) { $0 + sizes[$1] }
        guard groupTotal > 0 else { return amount }
        let taken = min(amount, groupTotal)
        var remaining = taken
        for member in members {
            let share = sizes[member] * taken / groupTotal
            sizes[member] -= share
            remaining -= share
        }
        // Rounding leftovers come off the last members first, so earlier parts keep their size.
        for member in members.reversed() where remaining > 0 {
            let cut = min(remaining, sizes[member])
            sizes[member] -= cut
            remaining -= cut
        }
        return amount - taken
    }

    private static func grow(_ sizes: inout [Int], constraints: [Constraint], by amount: Int) {
        var weights: [(index: Int, weight: Int)] = constraints.enumerated().compactMap { index, constraint in
            if case .fill(let weight) = constraint { return (index, max(0, weight)) }
            return nil
        }
        if weights.isEmpty {
            weights = constraints.enumerated().compactMap { index, constraint in
                if case .min = constraint { return (index, 1) }
                return nil
            }
        }
        let totalWeight = weights.reduce(0) { $0 + $1.weight }
        guard totalWeight > 0 else { return }
        var remaining = amount
        for entry in weights {
            let share = amount * entry.weight / totalWeight
            sizes[entry.index] += share
            remaining -= share
        }
        // Rounding leftovers go to the first parts, one cell each.
        for entry in weights where remaining > 0 && entry.weight > 0 {
            sizes[entry.index] += 1
            remaining -= 1
        }
    }
}
