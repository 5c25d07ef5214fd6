import XuexiModel
import XuexiStore

/// The admin console's own ranking as the latest member report on or before the day shown
/// carried it, kept with its date so it is never mistaken for ours.
struct ConsoleStanding: Sendable, Equatable {
    var day: Day
    var entries: [ConsoleRankingEntry]

    /// The console's line for a unit, matched by name among its siblings: the console ranks
    /// one unit's children and names them without a path, so a line is taken only when every
    /// line names one of the unit's siblings and the name is not repeated on either side.
    func entry(named name: String, siblingNames: [String]) -> ConsoleRankingEntry? {
        let siblings = Set(siblingNames)
        guard siblingNames.filter({ $0 == name }).count == 1,
            entries.allSatisfy({ siblings.contains($0.orgName) })
        else { return nil }
        let matches = entries.filter { $0.orgName == name }
        return matches.count == 1 ? matches[0] : nil
    }
}
