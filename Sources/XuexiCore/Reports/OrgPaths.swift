import XuexiModel

/// How a unit is named in a note: by the shortest tail of its path below the note's scope that no other unit
/// there shares (第一学习小组 alone when it is the only one, 第二党支部/第一学习小组 when several branches have one).
/// One small function so that the shared naming of the figures work (#11) can replace it in one place.
public enum OrgPaths {
    public static func shortestUnique(_ index: Int, in tree: OrgTree, below scope: Int?) -> String {
        let names = belowScope(tree.path(of: index), scope: scope.map { tree.orgs[$0].code })
        let range = scope.map { tree.subtree(of: $0) } ?? 0..<tree.count
        let name = tree.orgs[index].name
        let others = range.filter { $0 != index && tree.orgs[$0].name == name }.map {
            belowScope(tree.path(of: $0), scope: scope.map { tree.orgs[$0].code })
        }
        for length in 1...max(names.count, 1) {
            let tail = Array(names.suffix(length))
            if !others.contains(where: { Array($0.suffix(length)) == tail }) { return tail.joined(separator: "/") }
        }
        return names.joined(separator: "/")
    }

    /// By org code, for values that carry codes (leaderboard entries, notices); the code itself when unknown.
    public static func shortestUnique(code: String, in tree: OrgTree, below scope: String?) -> String {
        guard let index = tree.index(ofCode: code) else { return code }
        return shortestUnique(index, in: tree, below: scope.flatMap { tree.index(ofCode: $0) })
    }

    private static func belowScope(_ path: [Organization], scope: String?) -> [String] {
        guard let scope, let at = path.firstIndex(where: { $0.code == scope }), at + 1 < path.count else {
            return path.map(\.name)
        }
        return path[(at + 1)...].map(\.name)
    }
}
