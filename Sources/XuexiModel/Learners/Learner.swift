/// A person who should study on the platform, attached to one org at a time.
public struct Learner: Codable, Sendable, Equatable {
    public var id: Int64
    /// 学员编号 from the roster, or the console's userId.
    public var code: String
    public var name: String
    public var orgId: Int64
    /// 政治面貌 as exported (中共党员, 中共预备党员, 共青团员, 群众, …).
    public var status: String?
    public var phone: String?
    /// The 帮带人's learner code (一帮五).
    public var mentorCode: String?
    public var registeredOn: Day?
    /// False for console accounts not yet activated: they count as not registered.
    public var activated: Bool

    public var isParty: Bool { Learner.isParty(status: status) }

    /// Party = 中共党员 or 中共预备党员 (SPEC §3), also accepting common English exports.
    public static func isParty(status: String?) -> Bool {
        guard let status = status?.trimmingCharacters(in: .whitespaces), !status.isEmpty else { return false }
        return status == "中共党员" || status == "中共预备党员" || status == "党员" || status == "预备党员"
            || status.lowercased() == "party" || status.lowercased() == "party member"
    }

    enum CodingKeys: String, CodingKey {
        case id, code, name
        case orgId = "org_id"
        case status, phone
        case mentorCode = "mentor_code"
        case registeredOn = "registered_on"
        case activated
    }

    public init(
        id: Int64, code: String, name: String, orgId: Int64, status: String? = nil, phone: String? = nil,
        mentorCode: String? = nil, registeredOn: Day? = nil, activated: Bool = true
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.orgId = orgId
        self.status = status
        self.phone = phone
        self.mentorCode = mentorCode
        self.registeredOn = registeredOn
        self.activated = activated
    }
}

/// Phone numbers are personal data (SPEC §11): every output shows 138****1234 unless the
/// user passes an explicit flag.
public enum PhoneMask {
    public static func mask(_ phone: String?) -> String {
        guard let phone, !phone.isEmpty else { return "" }
        let chars = Array(phone)
        guard chars.count >= 7 else { return String(repeating: "*", count: chars.count) }
        return String(chars.prefix(3)) + "****" + String(chars.suffix(4))
    }

    public static func show(_ phone: String?, unmasked: Bool) -> String {
        unmasked ? (phone ?? "") : mask(phone)
    }
}
