/// The names units are published under: the shortest path below a scope that no other unit
/// of the scope shares ("田田社区党委/第一党支部/第一学习小组" where a street has 49
/// "第一学习小组"). One function for every output (reports, alerts, dialogs, robots), so a
/// unit reads the same everywhere and two units never read alike.
public struct UnitNames: Sendable, Equatable {
    /// The label of each org of the scope's subtree, by code.
    public private(set) var labels: [String: String]

    public init(labels: [String: String]) {
        self.labels = labels
    }

    /// The label of `code`; `fallback` (usually the org's name) for orgs outside the scope.
    public func label(_ code: String?, fallback: String) -> String {
        code.flatMap { labels[$0] } ?? fallback
    }

    public static let separator = "/"
}

extension OrgTree {
    /// Unique labels for every org of `scope`'s subtree (every org when nil). Paths start
    /// below the scope: the scope org itself is named by its own name. Units whose whole
    /// paths read alike add their code, so labels are always distinct.
    public func unitNames(scope: Int?) -> UnitNames {
        let range = scope.map { subtree(of: $0) } ?? 0..<count
        let baseDepth = scope.map { depth[$0] + 1 } ?? 0
        // Each org's names from just below the scope down to itself (the scope: its own name).
        var paths: [Int: [String]] = [:]
        for index in range {
            let chain = path(of: index).map(\.name)
            let start = index == scope ? chain.count - 1 : baseDepth
            paths[index] = Array(chain[min(start, chain.count - 1)...])
        }
        var labels: [String: String] = [:]
        var pending = Array(range)
        var length = 1
        while !pending.isEmpty {
            var texts: [String: [Int]] = [:]
            for index in range {
                let parts = paths[index]!
                texts[parts.suffix(length).joined(separator: UnitNames.separator), default: []].append(index)
            }
            var next: [Int] = []
            for index in pending {
                let parts = paths[index]!
                let text = parts.suffix(length).joined(separator: UnitNames.separator)
                if texts[text]!.count == 1 {
                    labels[orgs[index].code] = text
                } else if length >= parts.count {
                    labels[orgs[index].code] = text + "（\(orgs[index].code)）"
                } else {
                    next.append(index)
                }
            }
            pending = next
            length += 1
        }
        return UnitNames(labels: labels)
    }
}
