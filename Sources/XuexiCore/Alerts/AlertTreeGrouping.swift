import XuexiModel

/// A rule holding for one unit on its own figures, before grouping along the tree: these are
/// exactly the per-unit alerts of earlier versions, and every one of them ends up either as
/// a grouped alert's own unit or as one of its members.
struct UnitCondition: Sendable {
    var rule: AlertRule
    var index: Int
    var figures: AlertFigures
}

/// Groups unit conditions along the org tree, like Alertmanager's grouping and inhibition
/// but with the tree as the grouping:
/// - unit alerts are raised at the supervised levels only (depth < `levels`);
/// - a unit's alert inhibits the same rule's alerts of its descendants, which are listed
///   inside it as members;
/// - a unit below the supervised levels is folded into its nearest supervised ancestor's
///   alert (raised for that ancestor even when its own figures are fine);
/// - when at least `foldShare` of a supervised unit's evaluated children (two at least) hold
///   the condition, the unit raises one alert saying so.
struct AlertTreeGrouping {
    var tree: OrgTree
    var levels: Int
    var foldShare: Double

    func isSupervised(_ index: Int) -> Bool { tree.depth[index] < levels }

    func nearestSupervised(_ index: Int) -> Int {
        var current = index
        while !isSupervised(current), tree.parentIndex[current] >= 0 { current = tree.parentIndex[current] }
        return current
    }

    /// One condition per anchor unit for `rule`. `holders` are the units whose own figures
    /// hold the rule; `evaluated` the units with figures on the day (children counted for
    /// folding); `base` each evaluated unit's figures for an anchor that does not hold itself.
    func group(
        rule: AlertRule, holders: [Int: AlertFigures], evaluated: Set<Int>, base: (Int) -> AlertFigures,
        day: Day
    ) -> [AlertCondition] {
        var folds: [Int: (children: Int, holding: Int, type: String?)] = [:]
        for parent in Set(holders.keys.map { tree.parentIndex[$0] }) where parent >= 0 && isSupervised(parent) {
            let children = tree.childIndices[parent].filter { evaluated.contains($0) }
            let holding = children.filter { holders[$0] != nil }
            guard children.count >= 2, holding.count >= 2,
                Double(holding.count) >= foldShare * Double(children.count) - AlertEngine.tolerance
            else { continue }
            folds[parent] = (children.count, holding.count, AlertTreeGrouping.commonType(holding.map { tree.orgs[$0] }))
        }
        var byAnchor: [Int: [Int]] = [:]
        for holder in holders.keys {
            byAnchor[anchor(of: holder, holders: holders, folds: folds), default: []].append(holder)
        }
        return byAnchor.keys.sorted().map { anchor in
            var figures = holders[anchor] ?? base(anchor)
            if holders[anchor] == nil {
                figures.holdsItself = false
                figures.shortfall = nil
            }
            if let fold = folds[anchor] {
                figures.childCount = fold.children
                figures.childrenHolding = fold.holding
                figures.childType = fold.type
            }
            let members = byAnchor[anchor]!.filter { $0 != anchor }.sorted()
            if !members.isEmpty {
                figures.members = members.map { index in
                    var own = holders[index]!
                    own.day = nil
                    return AlertMember(
                        orgCode: tree.orgs[index].code, orgName: tree.orgs[index].name, depth: tree.depth[index],
                        orgType: tree.orgs[index].type, figures: own)
                }
            }
            return AlertCondition(
                id: AlertEngine.id(rule, tree.orgs[anchor].code), rule: rule, orgId: tree.orgs[anchor].id, seen: day,
                figures: figures)
        }
    }

    /// The highest supervised ancestor-or-self that holds (or folds) the condition, else the
    /// holder's nearest supervised ancestor.
    func anchor(
        of holder: Int, holders: [Int: AlertFigures], folds: [Int: (children: Int, holding: Int, type: String?)]
    )
        -> Int
    {
        var found: Int?
        var current = holder
        while current >= 0 {
            if isSupervised(current), holders[current] != nil || folds[current] != nil { found = current }
            current = tree.parentIndex[current]
        }
        return found ?? nearestSupervised(holder)
    }

    /// The org type shared by most of `orgs` (e.g. 社区), nil when none is given.
    static func commonType(_ orgs: [Organization]) -> String? {
        let counts = Dictionary(grouping: orgs.compactMap(\.type), by: { $0 }).mapValues(\.count)
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }
}
