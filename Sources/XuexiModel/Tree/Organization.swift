/// A node of the organization tree (街道党工委 → 社区党委 → 党支部 → 学习小组, or any depth).
public struct Organization: Codable, Sendable, Equatable {
    public var id: Int64
    public var code: String
    public var name: String
    public var parentId: Int64?
    public var type: String?
    /// 应学人数 as given for this org; nil means "the sum of its children".
    public var expected: Int?
    /// 党员人数 as given; nil means "the sum of its children".
    public var partyMembers: Int?
    /// The admin console's department id, for matching member-score reports.
    public var consoleId: String?

    enum CodingKeys: String, CodingKey {
        case id, code, name
        case parentId = "parent_id"
        case type, expected
        case partyMembers = "party_members"
        case consoleId = "console_id"
    }

    public init(
        id: Int64, code: String, name: String, parentId: Int64?, type: String? = nil,
        expected: Int? = nil, partyMembers: Int? = nil, consoleId: String? = nil
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.parentId = parentId
        self.type = type
        self.expected = expected
        self.partyMembers = partyMembers
        self.consoleId = consoleId
    }
}
