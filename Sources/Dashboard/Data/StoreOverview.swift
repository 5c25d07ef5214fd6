import XuexiCore
import XuexiModel
import XuexiStore

/// What the header and the empty-store screen need: which days have data, how big the store
/// is, and the last import.
public struct StoreOverview: Sendable {
    public var dataDays: [Day]
    public var orgCount: Int
    public var learnerCount: Int
    public var lastImport: ImportRecordRow?

    public var latestDay: Day? { dataDays.last }

    /// The day the live dashboard shows: the latest day with data that is not after `today`
    /// (data imported with `--allow-future` never moves the live view ahead of the calendar).
    public func liveDay(today: Day) -> Day? { dataDays.last { $0 <= today } }
    public var isEmpty: Bool { orgCount == 0 && dataDays.isEmpty }
}
