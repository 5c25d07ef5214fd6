import XuexiModel
import XuexiStore

/// A daily, weekly or monthly report: everything every format renders, computed once by
/// `ReportBuilder` from the same Metrics functions the dashboard uses. Encoded as is for
/// `--format json`: rates are fractions at full precision, counts integers, days YYYY-MM-DD.
public struct Report: Sendable, Codable, Equatable {
    public var kind: ReportKind
    /// The day asked for (default: the latest day with data).
    public var date: String
    public var periodFirst: String
    public var periodLast: String
    /// The last day with data in the period: stock figures and inactive streaks are as of it.
    public var lastDataDay: String?
    public var daysWithData: Int
    /// The org reported on; nil when the store has several roots and the league is the roots.
    public var scope: ReportScope?
    /// The scope org's own figures (whole subtree).
    public var summary: OrgFigures?
    /// Its child orgs (or the roots), best rank first; orgs without data last, by code.
    public var league: [OrgFigures]
    /// League orgs below the floor, then below the target, lowest rate first.
    public var notices: [ReportNotice]
    /// Daily: stars at or above the star threshold; weekly/monthly: top learners by points.
    /// The first N and everyone tied with the N-th (see `TopLearners`), competition ranks.
    public var topLearners: [LeaderboardEntry]
    public var topLearnersBy: LeaderboardKind
    /// The true size of the top list: N, how many qualified, how many ties were left out.
    public var top: TopSummary
    /// Learners inactive for at least `thresholds.inactiveDays` days, with their mentors.
    public var inactive: [InactiveLearner]
    /// Unresolved, not snoozed alerts of the scope first seen by the end of the period.
    public var alerts: [Alert]
    public var thresholds: ReportThresholds
    /// The name every output gives each unit the report mentions, by code: the shortest path
    /// below the scope that no other unit shares (`OrgTree.unitNames`).
    public var unitLabels: [String: String] = [:]
    /// How many of the listed top learners each league unit has (units with none left out).
    public var topByUnit: [UnitCount] = []
    /// League units whose registration rate is below the registration target, lowest first.
    public var registrationNotices: [RegistrationNotice] = []
    /// Weekly and monthly: each figure's change against the previous period.
    public var comparison: ReportComparison?
    /// The admin console's own ranking, where a member-score report carried it, with its day.
    public var consoleRanking: ConsoleRanking?
    /// Daily notes: for each lagging unit, the members to call with their mentors.
    public var callLists: [CallList] = []

    /// The published name of the unit `code` (its plain `name` when not in the scope).
    public func label(_ code: String?, _ name: String) -> String {
        code.flatMap { unitLabels[$0] } ?? name
    }
}

/// What a report's top list was cut from (`TopLearners` without its entries).
public struct TopSummary: Sendable, Codable, Equatable {
    public var limit: Int
    public var minimumPoints: Int
    public var qualifying: Int
    public var moreTied: Int

    init(_ top: TopLearners) {
        limit = top.limit
        minimumPoints = top.minimumPoints
        qualifying = top.qualifying
        moreTied = top.moreTied
    }
}

/// A unit and a count (top learners per unit).
public struct UnitCount: Sendable, Codable, Equatable {
    public var code: String
    public var name: String
    public var count: Int
}

/// A unit on the notice list for its registration rate (注册率未达标).
public struct RegistrationNotice: Sendable, Codable, Equatable {
    public var code: String
    public var name: String
    public var registrationRate: Double
    public var target: Double
}

/// The console's ranking as stored from a member-score report, shown beside ours.
public struct ConsoleRanking: Sendable, Codable, Equatable {
    public var day: String
    public var entries: [ConsoleRankingEntry]
}
