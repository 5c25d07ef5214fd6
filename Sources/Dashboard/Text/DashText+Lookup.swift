import XuexiCore
import XuexiModel

/// The key for each value a screen names, so a new case fails to compile until it has text.
extension DashText {
    static func weekday(_ weekday: Int) -> DashText {
        [.weekday1, .weekday2, .weekday3, .weekday4, .weekday5, .weekday6, .weekday7][(weekday + 6) % 7]
    }

    static func period(_ period: DashboardPeriod) -> DashText {
        switch period {
        case .day: .periodDay
        case .week: .periodWeek
        case .month: .periodMonth
        case .year: .periodYear
        }
    }

    static func board(_ kind: LeaderboardKind) -> DashText {
        switch kind {
        case .day: .boardDay
        case .week: .boardWeek
        case .month: .boardMonth
        case .total: .boardTotal
        }
    }

    static func learnerFilter(_ filter: LearnerFilter) -> DashText {
        switch filter {
        case .all: .filterAll
        case .party: .filterParty
        case .masses: .filterMasses
        }
    }

    static func memberFilter(_ filter: MemberFilter) -> DashText {
        switch filter {
        case .all: .filterAll
        case .party: .filterParty
        case .masses: .filterMasses
        case .unregistered: .filterUnregistered
        case .unactivated: .filterUnactivated
        case .inactive: .filterInactive
        }
    }

    static func alertsFilter(_ filter: AlertStateFilter) -> DashText {
        switch filter {
        case .active: .alertsFilterActive
        case .open: .alertsFilterOpen
        case .acknowledged: .alertsFilterAcknowledged
        case .snoozed: .alertsFilterSnoozed
        case .resolved: .alertsFilterResolved
        case .all: .alertsFilterAll
        }
    }

    /// The pane title's suffix; the unfiltered tree has none.
    static func orgsFilter(_ filter: OrgFilter) -> DashText? {
        switch filter {
        case .all: nil
        case .belowTarget: .orgsFilterBelowTarget
        case .belowFloor: .orgsFilterBelowFloor
        }
    }

    static func orgsFilterName(_ filter: OrgFilter) -> DashText {
        switch filter {
        case .all: .orgsFilterNameAll
        case .belowTarget: .orgsFilterNameBelowTarget
        case .belowFloor: .orgsFilterNameBelowFloor
        }
    }

    static func orgSort(_ key: OrgSortKey) -> DashText {
        switch key {
        case .tree: .sortTree
        case .activityRate: .sortActivityRate
        case .averagePoints: .sortAveragePoints
        case .registrationRate: .sortRegistrationRate
        case .registered: .sortRegistered
        case .rank: .sortRank
        case .name: .sortName
        }
    }

    static func memberSort(_ key: MemberSortKey) -> DashText {
        switch key {
        case .dayPoints: .memberSortDayPoints
        case .recentPoints: .memberSortRecentPoints
        case .totalPoints: .memberSortTotalPoints
        case .name: .memberSortName
        }
    }
}
