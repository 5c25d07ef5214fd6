import XuexiCore
import XuexiModel
import XuexiStore

/// The orgs of the scope, searchable in memory as a contact list is (`PinyinSearchKey`: codes,
/// characters, full pinyin, initials, mixed); learners are searched in the store with the same
/// key (`XuexiStore.searchLearners`).
public struct SearchIndex: Sendable {
    public var orgs: [SearchEntry]

    public init(orgs: [SearchEntry]) {
        self.orgs = orgs
    }

    /// Orgs that `query` finds, best first (exact code, name prefix, pinyin from the start,
    /// initials, inside the name), ties in tree order; at most `limit`, with the total.
    public func search(_ query: String, limit: Int) -> (entries: [SearchEntry], total: Int) {
        let needle = query.trimmingCharacters(in: .whitespaces)
        guard !needle.isEmpty else { return ([], 0) }
        var found: [SearchEntry] = []
        for entry in orgs {
            guard let score = entry.key.score(for: needle) else { continue }
            var scored = entry
            scored.score = score
            found.append(scored)
        }
        let total = found.count
        // A stable sort keeps tree order among equal scores.
        let ranked = found.enumerated().sorted { a, b in
            a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
        }
        return (ranked.prefix(limit).map(\.element), total)
    }

    /// Orgs and learners in one list, best match first; orgs before learners on equal scores.
    static func merge(_ orgs: [SearchEntry], _ learners: [SearchEntry]) -> [SearchEntry] {
        var result: [SearchEntry] = []
        result.reserveCapacity(orgs.count + learners.count)
        var org = 0
        var learner = 0
        while org < orgs.count || learner < learners.count {
            if learner == learners.count || (org < orgs.count && orgs[org].score >= learners[learner].score) {
                result.append(orgs[org])
                org += 1
            } else {
                result.append(learners[learner])
                learner += 1
            }
        }
        return result
    }

    /// Every org of the tree, its context the path of its parent below the top org.
    static func orgEntries(_ model: OrgTreeModel) -> [SearchEntry] {
        model.rows.enumerated().map { index, row in
            let parent = model.parent[index]
            return SearchEntry(
                kind: .org, code: row.code, name: row.name, orgCode: row.code,
                context: parent >= 0 ? model.pathText(to: parent) : "")
        }
    }

    /// Learners found in the store, in its order (best first), with the score it ranked by so
    /// they merge with the orgs.
    static func learnerEntries(_ rows: [LearnerRow], query: String, model: OrgTreeModel?) -> [SearchEntry] {
        rows.map { row in
            let path = model.flatMap { model in model.indexByCode[row.orgCode].map { model.pathText(to: $0) } }
            var entry = SearchEntry(
                kind: .learner, code: row.id, name: row.name, orgCode: row.orgCode, context: path ?? row.orgName)
            entry.score = entry.key.score(for: query) ?? 0
            return entry
        }
    }
}

extension OrgTreeModel {
    /// "田田社区党委/第一党支部/第一学习小组": the names from below the top org down to `index`
    /// (the top org itself when it is the one named).
    func pathText(to index: Int) -> String {
        var chain = path(to: index)
        if chain.count > 1 { chain.removeFirst() }
        return chain.map { rows[$0].name }.joined(separator: "/")
    }
}
