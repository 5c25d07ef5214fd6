import XuexiCore
import XuexiModel

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
    public var focus = MainPane.orgs
    public var orgs = OrgPaneState()
    public var learners = LearnersPaneState()
    public var alerts = AlertsPaneState()
    /// Levels drilled into, innermost last.
    public var routes: [Route] = []
    public var overlay: Overlay?
    public var toast: ToastMessage?
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

    /// The branch review on top of the stack, if that is what is shown.
    var currentBranch: BranchState? {
        for route in routes.reversed() {
            if case .branch(let branch) = route { return branch }
        }
        return nil
    }

    var topRoute: Route? { routes.last }
}
