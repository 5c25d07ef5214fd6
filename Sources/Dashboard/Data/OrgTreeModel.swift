import XuexiCore
import XuexiModel

/// The org table of a scope and period as a tree: parent and children by row index, so the
/// pane can flatten just the expanded part, sort siblings, and filter to the notice list.
public struct OrgTreeModel: Sendable {
    public let table: OrgTable
    /// Each org's change against the previous period (week, month, year views); nil by day.
    public let comparison: ReportComparison?
    /// Each org's shortest unique path below the scope (`OrgTree.unitNames`), as reports name it.
    public let names: UnitNames
    let parent: [Int]
    let children: [[Int]]
    let roots: [Int]
    let indexByCode: [String: Int]

    public var rows: [OrgFigures] { table.rows }

    public init(table: OrgTable, comparison: ReportComparison? = nil, names: UnitNames? = nil) {
        self.table = table
        self.comparison = comparison
        self.names = names ?? UnitNames(labels: [:])
        var indexByCode: [String: Int] = [:]
        indexByCode.reserveCapacity(table.rows.count)
        for (index, row) in table.rows.enumerated() { indexByCode[row.code] = index }
        var parent = [Int](repeating: -1, count: table.rows.count)
        var children = [[Int]](repeating: [], count: table.rows.count)
        var roots: [Int] = []
        for (index, row) in table.rows.enumerated() {
            if let code = row.parentCode, let parentIndex = indexByCode[code] {
                parent[index] = parentIndex
                children[parentIndex].append(index)
            } else {
                roots.append(index)
            }
        }
        self.parent = parent
        self.children = children
        self.roots = roots
        self.indexByCode = indexByCode
    }

    public func row(code: String) -> OrgFigures? { indexByCode[code].map { table.rows[$0] } }

    /// The name that tells `code` apart from every other unit of the scope.
    public func label(code: String) -> String {
        names.label(code, fallback: row(code: code)?.name ?? code)
    }

    /// Row indices from the top of the tree down to `index`.
    func path(to index: Int) -> [Int] {
        var chain: [Int] = []
        var current = index
        while current >= 0 {
            chain.append(current)
            current = parent[current]
        }
        return chain.reversed()
    }

    /// Siblings of `index` (itself included), ranked as Metrics ranks them.
    func siblings(of index: Int) -> [Int] {
        let group = parent[index] >= 0 ? children[parent[index]] : roots
        return group.sorted { a, b in
            switch (rows[a].rank, rows[b].rank) {
            case let (rankA?, rankB?): return rankA < rankB
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
    }

    /// The expanded part of the tree in display order. With a filter, only orgs that match or
    /// have a matching descendant are shown, all opened so the matches are visible.
    func visibleRows(
        expanded: Set<String>, sort: OrgSortKey, ascending: Bool, filter: OrgFilter,
        floor: Double, target: Double
    ) -> [VisibleOrgRow] {
        var keep: [Bool]?
        if filter != .all {
            let limit = filter == .belowFloor ? floor : target
            var marks = [Bool](repeating: false, count: rows.count)
            for index in stride(from: rows.count - 1, through: 0, by: -1) {
                if let rate = rows[index].activityRate, rate < limit { marks[index] = true }
                if marks[index], parent[index] >= 0 { marks[parent[index]] = true }
            }
            keep = marks
        }
        var result: [VisibleOrgRow] = []
        func visit(_ nodes: [Int], depth: Int, ancestorsContinue: [Bool]) {
            let shown = keep.map { marks in nodes.filter { marks[$0] } } ?? nodes
            let ordered = sorted(shown, by: sort, ascending: ascending)
            for (position, index) in ordered.enumerated() {
                let isLast = position == ordered.count - 1
                let hasChildren =
                    !children[index].isEmpty && (keep.map { marks in children[index].contains { marks[$0] } } ?? true)
                let isExpanded = hasChildren && (keep != nil || expanded.contains(rows[index].code))
                result.append(
                    VisibleOrgRow(
                        index: index, depth: depth, ancestorsContinue: ancestorsContinue, isLast: isLast,
                        hasChildren: hasChildren, isExpanded: isExpanded))
                if isExpanded {
                    visit(
                        children[index], depth: depth + 1,
                        ancestorsContinue: depth == 0 ? [] : ancestorsContinue + [!isLast])
                }
            }
        }
        visit(roots, depth: 0, ancestorsContinue: [])
        return result
    }

    /// Every org with children (for "expand all").
    var expandableCodes: Set<String> {
        Set(rows.indices.filter { !children[$0].isEmpty }.map { rows[$0].code })
    }

    func sorted(_ indices: [Int], by key: OrgSortKey, ascending: Bool) -> [Int] {
        OrgTreeModel.sorted(indices, of: rows, by: key, ascending: ascending)
    }

    /// `indices` of `rows` in the order of `key` (the tree's `s`/`S`); `x` orders a report's
    /// league the same way.
    static func sorted(_ indices: [Int], of rows: [OrgFigures], by key: OrgSortKey, ascending: Bool) -> [Int] {
        guard key != .tree || !ascending else { return indices }
        func compare(_ a: Double?, _ b: Double?, _ first: Int, _ second: Int) -> Bool {
            // Missing figures go last whichever the direction.
            switch (a, b) {
            case let (x?, y?): if x != y { return ascending ? x < y : x > y }
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): break
            }
            return first < second
        }
        // Names in natural order (第二 < 第十 < 第十一, 党支部00005 by number), keyed once per sort.
        let nameKeys =
            key == .name
            ? Dictionary(uniqueKeysWithValues: indices.map { ($0, NaturalOrder.unitKey(rows[$0].name)) }) : [:]
        return indices.sorted { a, b in
            let rowA = rows[a]
            let rowB = rows[b]
            switch key {
            case .tree: return ascending ? a < b : a > b
            case .name:
                if let keyA = nameKeys[a], let keyB = nameKeys[b], keyA != keyB { return (keyA < keyB) == ascending }
                return a < b
            case .activityRate: return compare(rowA.activityRate, rowB.activityRate, a, b)
            case .averagePoints: return compare(rowA.averagePoints, rowB.averagePoints, a, b)
            case .registrationRate: return compare(rowA.registrationRate, rowB.registrationRate, a, b)
            case .registered: return compare(Double(rowA.registered), Double(rowB.registered), a, b)
            case .rank: return compare(rowA.rank.map(Double.init), rowB.rank.map(Double.init), a, b)
            }
        }
    }
}
