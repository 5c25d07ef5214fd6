import Foundation
import XuexiModel

/// One org's figures for a period, with its rank among siblings: a row of the org table,
/// of the league table in reports, and of `report --format json`.
public struct OrgFigures: Sendable, Codable, Equatable {
    public var code: String
    public var name: String
    /// Names from the top of the tree down to the org (the JSON carries code, name and path).
    public var path: [String] = []
    public var parentCode: String?
    /// Depth below the table's scope (0 = the scope itself).
    public var depth: Int
    public var hasChildren: Bool
    /// Days in the period with data.
    public var daysWithData: Int
    /// Stock figures are those of the last day with data in the period.
    public var listed: Int
    public var registered: Int
    public var expected: Int?
    public var partyMembers: Int?
    public var registrationRate: Double?
    public var partyCoverage: Double?
    /// Flow figures are means of the daily figures over the days with data.
    public var active: Double?
    public var activityRate: Double?
    public var averagePoints: Double?
    /// Learners at or above each club threshold on the last day with data (all / party / masses).
    public var clubs: [ClubCount]
    /// Party members listed and registered (stock), mean party members active per day, and the
    /// party activity rate (mean of the daily rates).
    public var partyListed: Int = 0
    public var partyRegistered: Int = 0
    public var partyActive: Double? = nil
    public var partyActivityRate: Double? = nil
    /// Competition rank among siblings by activity rate (1 = best; equal rates share a rank).
    public var rank: Int?
    public var siblingCount: Int
    /// Rank by activity rate in the previous period (day, week or month before); nil when it had no data.
    public var previousRank: Int?
    /// Activity rate (a fraction) behind the sibling ranked just above; nil for the first.
    public var activityBehind: Double? = nil
    /// Competition rank among siblings by registration rate.
    public var registrationRank: Int? = nil
    /// Registration rate (a fraction) behind the sibling ranked just above by it.
    public var registrationBehind: Double? = nil
    /// Competition rank among siblings by average day points.
    public var pointsRank: Int? = nil
    /// Average day points behind the sibling ranked just above by them (落后 N 分).
    public var pointsBehind: Double?

    /// Positive when the org climbed (▲), negative when it fell (▼).
    public var rankChange: Int? {
        guard let rank, let previousRank else { return nil }
        return previousRank - rank
    }
}

/// The org table for a scope and a period: the scope org first, then its subtree in tree order.
public struct OrgTable: Sendable, Codable {
    public var period: Period
    public var scopeCode: String?
    public var rows: [OrgFigures]
    /// The last day with data within the period, if any.
    public var lastDataDay: Day?

    public func row(code: String) -> OrgFigures? { rows.first { $0.code == code } }
}
