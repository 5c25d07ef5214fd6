import GRDB
import XuexiModel

// The model types as GRDB records. The conformances live here, not in Model/, so that only
// the store knows how a learner or an org is laid out in SQLite.

extension Learner: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "learner"

    public enum Columns {
        public static let id = Column("id")
        public static let code = Column("code")
        public static let name = Column("name")
        public static let orgId = Column("org_id")
        public static let status = Column("status")
        public static let phone = Column("phone")
        public static let mentorCode = Column("mentor_code")
        public static let registeredOn = Column("registered_on")
        public static let activated = Column("activated")
        /// Derived from `status` on every write, so SQL can filter party members.
        public static let isParty = Column("is_party")
    }

    public init(row: Row) throws {
        self.init(
            id: row[Columns.id], code: row[Columns.code], name: row[Columns.name], orgId: row[Columns.orgId],
            status: row[Columns.status], phone: row[Columns.phone], mentorCode: row[Columns.mentorCode],
            registeredOn: (row[Columns.registeredOn] as Int?).map(Day.init(number:)),
            activated: row[Columns.activated])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.code] = code
        container[Columns.name] = name
        container[Columns.orgId] = orgId
        container[Columns.status] = status
        container[Columns.phone] = phone
        container[Columns.mentorCode] = mentorCode
        container[Columns.registeredOn] = registeredOn?.number
        container[Columns.activated] = activated
        container[Columns.isParty] = isParty
    }
}

extension Organization: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "org"

    public enum Columns {
        public static let id = Column("id")
        public static let code = Column("code")
        public static let name = Column("name")
        public static let parentId = Column("parent_id")
        public static let type = Column("type")
        public static let expected = Column("expected")
        public static let partyMembers = Column("party_members")
        public static let consoleId = Column("console_id")
    }
}

// MARK: - The org tree

extension XuexiStore {
    /// Every org as stored, in no particular order (`OrgTree` orders them).
    public func organizations() throws -> [Organization] {
        try reader.read { db in try XuexiStore.organizations(db) }
    }

    /// Read through the C API: decoding 9,600 records through Codable cost tens of ms per import.
    static func organizations(_ db: Database) throws -> [Organization] {
        var organizations: [Organization] = []
        let query = try RawStatement(
            db,
            sql: """
                SELECT id, code, name, parent_id, type, expected, party_members, console_id FROM org
                """)
        try query.forEachRow(db) { row in
            organizations.append(
                Organization(
                    id: Int64(row.int(0)), code: row.text(1), name: row.text(2),
                    parentId: row.optionalInt(3).map(Int64.init), type: row.isNull(4) ? nil : row.text(4),
                    expected: row.optionalInt(5), partyMembers: row.optionalInt(6),
                    consoleId: row.isNull(7) ? nil : row.text(7)))
        }
        return organizations
    }
}

extension OrgTree {
    /// The tree inside a store transaction (the import's and the store's own operations).
    static func load(_ db: Database) throws -> OrgTree {
        OrgTree(organizations: try XuexiStore.organizations(db))
    }
}
