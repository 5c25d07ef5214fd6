import XuexiCore
import XuexiModel
import XuexiStore

/// What one frame shows and the keys act on, derived from the state and the loaded data by
/// `ViewModelBuilder`: the visible lists in display order with their ids. Drawing and key
/// handling read the same lists, so a key always acts on the rows that are on screen.
struct DashboardViewModel {
    var overview: LoadState<StoreOverview>
    /// The day on screen: the pinned one, else the latest day with data, else today.
    var shownDay: Day
    var period: Period
    var today: Day
    /// The unscoped tree when it is loaded, else the scope's: names for breadcrumbs and paths.
    var namingTree: OrgTreeModel?
    /// The main screen's lists, when no branch review is open.
    var main: MainViewModel?
    var branch: BranchViewModel?
    var learner: LearnerViewModel?
    var search: SearchResults?
    /// The import list, while its overlay is open.
    var imports: LoadState<[ImportRecordRow]>?

    var overviewValue: StoreOverview? { overview.value }

    /// Org names from the top down to `code`.
    func orgPath(code: String) -> [String] {
        guard let model = namingTree, let index = model.indexByCode[code] else { return [] }
        return model.path(to: index).map { model.rows[$0].name }
    }
}

/// The org tree, the top learners and the alerts of the main screen.
struct MainViewModel {
    var model: LoadState<OrgTreeModel>
    /// The expanded part of the tree in display order, sorted and filtered.
    var orgRows: [VisibleOrgRow]
    var orgCodes: [String]
    var sparklines: [String: [Double?]]
    var leaderboard: LoadState<[LeaderboardEntry]>
    var leaderIds: [String]
    /// The scope's alerts in the state chosen with `f`.
    var alerts: LoadState<[Alert]>
    /// The pane's rows: groups, the alerts of expanded groups, the members of expanded alerts.
    var alertRows: [AlertTriageRow]
    var alertGroups: [AlertGroup]
    var alertIds: [String]

    /// The label shown beside a learner or an alert: the shortest unique path below the scope.
    func orgLabel(code: String) -> String {
        MainViewModel.orgLabel(code: code, model: model.value)
    }

    static func orgLabel(code: String, model: OrgTreeModel?) -> String {
        model?.label(code: code) ?? code
    }
}

/// The branch review of one org.
struct BranchViewModel {
    var orgCode: String
    /// The unscoped tree, so siblings of the scope root still rank.
    var model: LoadState<OrgTreeModel>
    var series: LoadState<[DailyFigures?]>
    var members: LoadState<[MemberRow]>
    var memberIds: [String]
    var inactive: LoadState<[InactiveLearner]>
    var inactiveIds: [String]
    /// The console's own ranking (member reports), shown beside ours.
    var console: LoadState<ConsoleStanding?>
    /// Nil when the screen has no room for the item breakdown (then it is not loaded).
    var items: LoadState<[ItemPoints]>?
}

/// The learner detail on top of the route stack.
struct LearnerViewModel {
    var learner: LearnerDetailState
    var history: LoadState<LearnerDays?>
    var info: LoadState<LearnerInfo>
}

/// What `/` found: orgs (in memory) then learners (searched in the store).
struct SearchResults {
    var results: [SearchEntry] = []
    var total = 0
    var learnersLoading = false
}
