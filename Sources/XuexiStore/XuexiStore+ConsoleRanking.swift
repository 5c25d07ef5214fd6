import GRDB
import XuexiModel

extension XuexiStore {
    /// The console's own organization ranking (from member-score reports) of the latest day
    /// on or before `day` that has one, best first; nil when no report carried one.
    public func consoleRanking(onOrBefore day: Day) throws -> (day: Day, entries: [ConsoleRankingEntry])? {
        try reader.read { db in
            guard
                let stored = try Int.fetchOne(
                    db, sql: "SELECT MAX(day) FROM console_ranking WHERE day <= ?", arguments: [day.number])
            else { return nil }
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT rank, org_name, console_org_id, avg_score, pre_diff_score FROM console_ranking
                    WHERE day = ? ORDER BY rank, org_name
                    """, arguments: [stored])
            return (
                Day(number: stored),
                rows.map {
                    ConsoleRankingEntry(
                        rank: $0["rank"], orgName: $0["org_name"], consoleOrgId: $0["console_org_id"],
                        avgScore: $0["avg_score"], preDiffScore: $0["pre_diff_score"])
                }
            )
        }
    }
}
