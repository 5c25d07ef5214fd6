import XuexiCore
import XuexiModel
import XuexiStore

/// Everything the dashboard remembers between frames. Keys change it; panes draw whatever
/// it says together with the data of the moment.
public struct DashboardState: Sendable {
    public var language: Language
    public var themeName: String
    public var mouseEnabled: Bool
    /// `--scope`: the subtree every view is limited to (nil: the whole store).
    public var scopeCode: String?
    /// The day shown; nil follows the latest day with data, so new imports appear by themselves.
    public var pinnedDay: Day?
    public var period = DashboardPeriod.day
    /// `--from D --to D`: a fixed range shown instead of the period around the day; any
    /// period or day key leaves it.
    public var range: Period?
    public var focus = MainPane.orgs
    public var orgs = OrgPaneState()
    public var learners = LearnersPaneState()
    public var alerts = AlertsPaneState()
    /// Levels drilled into, innermost last.
    public var routes: [Route] = []
    public var overlay: Overlay?
    public var toast: ToastMessage?
    /// Read-only stores: the header says 只读 and the ack and snooze keys say why they are unavailable.
    public var storeAccess = StoreAccess.readWrite
    /// An org to select (and open the tree to) as soon as the tree has loaded.
    var pendingReveal: String?

    public init(
        language: Language = .zh, themeName: String = "party-red", mouseEnabled: Bool = true, scopeCode: String? = nil
    ) {
        self.language = language
        self.themeName = themeName
        self.mouseEnabled = mouseEnabled
        self.scopeCode = scopeCode
    }

    /// The period the figures are for: the fixed range, or the period kind around `day`.
    func shownPeriod(containing day: Day) -> Period {
        range ?? Period(kind: period.periodKind, containing: day)
    }

    /// Averages over `period` around the day shown (`--period`, the d/w/m/y keys).
    public mutating func show(period: DashboardPeriod) {
        range = nil
        self.period = period
        learners.kind = period.leaderboardKind
    }

    /// Shows a fixed range (ranked by total points, as the year is).
    public mutating func show(range: Period) {
        self.range = range
        pinnedDay = range.last
        period = .year
        learners.kind = DashboardPeriod.year.leaderboardKind
    }

    /// The branch review on top of the stack, if that is what is shown.
    var currentBranch: BranchState? {
        for route in routes.reversed() {
            if case .branch(let branch) = route { return branch }
        }
        return nil
    }

    var topRoute: Route? { routes.last }
}
