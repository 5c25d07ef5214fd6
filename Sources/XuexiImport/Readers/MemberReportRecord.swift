/// One member of the admin console's member-score report (SPEC §3 item 4), as read from its
/// JSON or table form. Ids stay text: they are 12+ digit numbers that must not pass through
/// Double, and the importer only compares them.
public struct MemberReportRecord: Sendable, Equatable {
    public var userId: String?
    public var userName: String
    /// The department path, catch-all first (`-1`, 其他); the last real one is the member's org.
    public var deptIds: [String]
    public var deptNames: [String]
    public var orgId: String?
    /// `isActivate` 1 / 已激活. Not-activated accounts are kept and count as not registered.
    public var isActivated: Bool
    /// Points in the queried range that count toward the year: the day's points for a one-day report.
    public var rangeRealScore: Int
    public var rangeScore: Int?
    /// Kept, not interpreted.
    public var scoreMonth: Int?
    public var totalScore: Int
    /// The table row's line, or the record's position (1-based) in the JSON list.
    public var line: Int?

    public init(
        userId: String?, userName: String, deptIds: [String], deptNames: [String], orgId: String?,
        isActivated: Bool, rangeRealScore: Int, rangeScore: Int?, scoreMonth: Int?, totalScore: Int, line: Int?
    ) {
        self.userId = userId
        self.userName = userName
        self.deptIds = deptIds
        self.deptNames = deptNames
        self.orgId = orgId
        self.isActivated = isActivated
        self.rangeRealScore = rangeRealScore
        self.rangeScore = rangeScore
        self.scoreMonth = scoreMonth
        self.totalScore = totalScore
        self.line = line
    }
}

/// The console's own organization ranking, stored beside ours when a report carries it.
public struct ConsoleOrgRanking: Sendable, Equatable {
    public var rank: Int
    public var orgName: String
    public var orgId: String?
    public var statDate: String?
    public var avgScore: Double?
    /// Points behind the organization ranked just above.
    public var preDiffScore: Double?

    public init(rank: Int, orgName: String, orgId: String?, statDate: String?, avgScore: Double?, preDiffScore: Double?)
    {
        self.rank = rank
        self.orgName = orgName
        self.orgId = orgId
        self.statDate = statDate
        self.avgScore = avgScore
        self.preDiffScore = preDiffScore
    }
}

/// Everything a member-score report file holds.
public struct MemberReportDocument: Sendable, Equatable {
    public var members: [MemberReportRecord]
    public var ranking: [ConsoleOrgRanking]
    /// `dataList.count` when present: the console's own member count, to compare with `members`.
    public var declaredCount: Int?

    public init(members: [MemberReportRecord], ranking: [ConsoleOrgRanking] = [], declaredCount: Int? = nil) {
        self.members = members
        self.ranking = ranking
        self.declaredCount = declaredCount
    }
}
