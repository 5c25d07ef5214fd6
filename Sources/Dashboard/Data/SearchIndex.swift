import XuexiCore
import XuexiStore

/// The orgs of the scope, searchable by name or code in memory (incremental `/`); learners
/// are searched in the store (`XuexiStore.searchLearners`).
public struct SearchIndex: Sendable {
    public var orgs: [SearchEntry]

    public init(orgs: [SearchEntry]) {
        self.orgs = orgs
    }

    /// Orgs containing `query` (case-insensitive), in tree order; at most `limit`, with the total.
    public func search(_ query: String, limit: Int) -> (entries: [SearchEntry], total: Int) {
        let needle = Array(query.trimmingCharacters(in: .whitespaces).lowercased().utf8)
        guard !needle.isEmpty else { return ([], 0) }
        var found: [SearchEntry] = []
        var total = 0
        for entry in orgs where entry.matches(needle) {
            total += 1
            if found.count < limit { found.append(entry) }
        }
        return (found, total)
    }

    static func orgEntries(_ model: OrgTreeModel) -> [SearchEntry] {
        model.rows.enumerated().map { index, row in
            let parent = model.parent[index]
            return SearchEntry(
                kind: .org, code: row.code, name: row.name, orgCode: row.code,
                context: parent >= 0 ? model.rows[parent].name : "")
        }
    }

    static func learnerEntries(_ rows: [LearnerRow]) -> [SearchEntry] {
        rows.map { SearchEntry(kind: .learner, code: $0.id, name: $0.name, orgCode: $0.orgCode, context: $0.orgName) }
    }
}
