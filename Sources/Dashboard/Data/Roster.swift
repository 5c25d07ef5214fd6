import XuexiCore

/// The learners of the scope with their roster facts (status, masked phone, mentor): read
/// once per import in the background, then search and the learner detail are lookups.
public struct Roster: Sendable {
    public let rows: [LearnerRow]
    private let indexById: [String: Int]
    let searchEntries: [SearchEntry]

    public init(rows: [LearnerRow]) {
        self.rows = rows
        var index: [String: Int] = [:]
        index.reserveCapacity(rows.count)
        for (position, row) in rows.enumerated() { index[row.id] = position }
        indexById = index
        searchEntries = SearchIndex.learnerEntries(rows)
    }

    public func learner(id: String) -> LearnerRow? {
        indexById[id].map { rows[$0] }
    }
}
