import Foundation

/// An org subtree's figures on one day, as stored by the import (SPEC §4).
/// Every rate is computed here and only here: the dashboard, reports and JSON all call
/// these functions ("one figure, one function").
public struct DailyFigures: Sendable, Codable, Equatable {
    public var day: Day
    public var listed: Int
    public var registered: Int
    public var active: Int
    public var points: Int
    public var partyListed: Int
    public var partyRegistered: Int
    public var partyActive: Int
    /// One count per club threshold of the aggregate parameters, ascending.
    public var clubs: [ClubCount]

    public init(
        day: Day, listed: Int = 0, registered: Int = 0, active: Int = 0, points: Int = 0, partyListed: Int = 0,
        partyRegistered: Int = 0, partyActive: Int = 0, clubs: [ClubCount] = []
    ) {
        self.day = day
        self.listed = listed
        self.registered = registered
        self.active = active
        self.points = points
        self.partyListed = partyListed
        self.partyRegistered = partyRegistered
        self.partyActive = partyActive
        self.clubs = clubs
    }

    /// active / registered; nil when nobody is registered (shown as "—").
    public var activityRate: Double? { Figures.ratio(active, registered) }
    /// Σ day points / registered.
    public var averagePoints: Double? { Figures.ratio(points, registered) }
    /// registered / expected, or registered / listed where no expected headcount is known.
    public func registrationRate(expected: Int?) -> Double? { Figures.ratio(registered, expected ?? listed) }
    /// The registration rate on the configured base: the expected headcount, or the party
    /// members (given, else listed) for offices that report like 安阳 (184.3%).
    public func registrationRate(expected: Int?, partyMembers: Int?, base: RegistrationBase) -> Double? {
        switch base {
        case .expected: registrationRate(expected: expected)
        case .party: Figures.ratio(registered, partyMembers ?? partyListed)
        }
    }
    /// registered party members / party members (given, else party members listed).
    public func partyCoverage(partyMembers: Int?) -> Double? {
        Figures.ratio(partyRegistered, partyMembers ?? partyListed)
    }
    public var partyActivityRate: Double? { Figures.ratio(partyActive, partyRegistered) }
}

extension DailyFigures {
    /// Rolls a child's counters into its parent's (the day stays the parent's).
    public mutating func addCounters(of other: DailyFigures) {
        listed += other.listed
        registered += other.registered
        active += other.active
        points += other.points
        partyListed += other.partyListed
        partyRegistered += other.partyRegistered
        partyActive += other.partyActive
        for index in clubs.indices where index < other.clubs.count {
            clubs[index].add(all: other.clubs[index].all, party: other.clubs[index].party)
        }
    }
}

public enum Figures {
    /// A rate whose denominator is zero is unknown, never infinite or zero.
    @inline(__always)
    public static func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
        denominator > 0 ? Double(numerator) / Double(denominator) : nil
    }

    /// Period figures are the mean of the daily figures of the days that have one (SPEC §4).
    public static func mean(_ values: [Double?]) -> Double? {
        let known = values.compactMap { $0 }
        return known.isEmpty ? nil : known.reduce(0, +) / Double(known.count)
    }
}

/// What the registration rate is a share of (config `registration_base`).
public enum RegistrationBase: String, Sendable, Codable, Equatable {
    case expected
    case party
}
