import Foundation
import GRDB
import XuexiModel

/// An organization as a file describes it: matched by code, its parent named by code.
public struct OrgUpsert: Sendable, Equatable {
    public var code: String
    public var name: String
    public var parentCode: String?
    public var type: String?
    public var expected: Int?
    public var partyMembers: Int?

    public init(
        code: String, name: String, parentCode: String?, type: String?, expected: Int? = nil,
        partyMembers: Int? = nil
    ) {
        self.code = code
        self.name = name
        self.parentCode = parentCode
        self.type = type
        self.expected = expected
        self.partyMembers = partyMembers
    }
}

/// Org writes of an import.
extension ImportTransaction {
    /// Updates orgs known by code and inserts the others, then links every row to its
    /// parent (so rows may name parents defined later in the list). Returns how many were
    /// created. Parents must exist in `orgs` or the store (the caller checked).
    public func upsertOrgs(_ orgs: [OrgUpsert]) throws -> Int {
        var nextId = try nextOrgId()
        var created = 0
        for org in orgs {
            if let existing = tree.org(code: org.code) {
                try db.execute(
                    sql: "UPDATE org SET name = ?, type = ?, expected = ?, party_members = ? WHERE id = ?",
                    arguments: [org.name, org.type, org.expected, org.partyMembers, existing.id])
            } else {
                try Organization(
                    id: nextId, code: org.code, name: org.name, parentId: nil, type: org.type,
                    expected: org.expected, partyMembers: org.partyMembers
                ).insert(db)
                nextId += 1
                created += 1
            }
        }
        for org in orgs {
            try db.execute(
                sql: "UPDATE org SET parent_id = (SELECT id FROM org WHERE code = ?) WHERE code = ?",
                arguments: [org.parentCode, org.code])
        }
        try reloadTree()
        rosterChanged = true
        return created
    }

    /// Creates one org under `parentId` (nil: a new root) and returns it.
    public func createOrg(
        code: String, name: String, parentId: Int64?, type: String?,
        consoleId: String? = nil
    ) throws -> Organization {
        let org = Organization(
            id: try nextOrgId(), code: code, name: name, parentId: parentId, type: type,
            consoleId: consoleId)
        try org.insert(db)
        try reloadTree()
        rosterChanged = true
        return org
    }

    private func nextOrgId() throws -> Int64 {
        (try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM org") ?? 0) + 1
    }
}
