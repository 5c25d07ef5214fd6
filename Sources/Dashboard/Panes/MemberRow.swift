import XuexiCore
import XuexiModel

/// A member of the reviewed branch with the sums the member table sorts by.
struct MemberRow: Sendable {
    var days: LearnerDays
    /// Points on the day shown (the last of the 14).
    var dayPoints: Int?
    var recentPoints: Int
    var studiedDays: Int
    var daysWithData: Int
    /// The name in pinyin order (surnames read as surnames), computed once per row.
    var nameKey: NaturalSortKey

    init(_ days: LearnerDays) {
        self.days = days
        dayPoints = days.points.last ?? nil
        recentPoints = days.points.reduce(0) { $0 + ($1 ?? 0) }
        studiedDays = days.points.filter { ($0 ?? 0) > 0 }.count
        daysWithData = days.points.filter { $0 != nil }.count
        nameKey = NaturalOrder.personKey(days.name)
    }

    static func sorted(_ rows: [MemberRow], by key: MemberSortKey, ascending: Bool) -> [MemberRow] {
        rows.sorted { a, b in
            func order<T: Comparable>(_ x: T, _ y: T) -> Bool? { x == y ? nil : (ascending ? x < y : x > y) }
            let decided: Bool? =
                switch key {
                case .dayPoints: order(a.dayPoints ?? -1, b.dayPoints ?? -1)
                case .recentPoints: order(a.recentPoints, b.recentPoints)
                case .totalPoints: order(a.days.totalPoints ?? -1, b.days.totalPoints ?? -1)
                case .name: order(a.nameKey, b.nameKey)
                }
            return decided ?? (a.days.learnerId < b.days.learnerId)
        }
    }
}
