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
    public var isEmpty: Bool { orgCount == 0 && dataDays.isEmpty }
}
