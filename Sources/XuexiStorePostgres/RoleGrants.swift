import Foundation
import PostgresNIO
import XuexiModel

/// `admin grant` / `admin revoke`: PostgreSQL roles limited by row-level security to one
/// org's subtree. Run by the store's owner (who created it) or a superuser.
public enum RoleGrants {
    public struct Granted: Sendable, Equatable {
        public var role: String
        public var orgCode: String
        public var orgName: String
        public var units: Int
        public var learners: Int
    }

    /// A PostgreSQL identifier that needs no quoting anywhere (psql, pg_hba.conf).
    public static func isValidRole(_ role: String) -> Bool {
        guard let first = role.unicodeScalars.first, ("a"..."z").contains(first), role.count <= 63 else { return false }
        return role.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// Creates `role` (LOGIN) when missing, limits it to the subtree of the org `code`, and
    /// grants what reading and acknowledging need. Granted the root, it may also import.
    /// Throws `UnknownOrganization` for a code the store does not hold.
    public static func grant(url: String, role: String, orgCode code: String, password: String?) throws -> Granted {
        let session = try PostgresSession.connect(try PostgresLocation(parsing: url))
        defer { session.close() }
        var lookup = PostgresBindings()
        lookup.append(code)
        let found = try session.strings(
            "SELECT id::text || '|' || (parent_id IS NULL)::text || '|' || name FROM org WHERE code = $1", lookup)
        guard let first = found.first, let row = first else { throw UnknownOrganization(code: code) }
        let fields = row.split(separator: "|", maxSplits: 2).map(String.init)
        let orgId = fields[0]
        // The whole store only for the top org of a store with one top org.
        let roots = try session.strings("SELECT count(*)::text FROM org WHERE parent_id IS NULL")
        let whole = fields[1] == "true" && roots.first == "1"
        let name = quote(role)
        let tables = try MirrorTable.current()
        let mirror = tables.map { quote($0.name) }.joined(separator: ", ")
        var sql = """
            BEGIN;
            DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = \(literal(role))) THEN
                    CREATE ROLE \(name) LOGIN;
                END IF;
            END $$;
            INSERT INTO xuexi_grant (role, org_id, whole) VALUES (\(literal(role)), \(orgId), \(whole))
                ON CONFLICT (role) DO UPDATE SET org_id = EXCLUDED.org_id, whole = EXCLUDED.whole,
                    granted_by = current_user, granted_at = now();
            GRANT CONNECT ON DATABASE \(quote(session.location.database)) TO \(name);
            GRANT USAGE ON SCHEMA public TO \(name);
            REVOKE INSERT, UPDATE, DELETE ON \(mirror), xuexi_part FROM \(name);
            GRANT SELECT ON \(mirror), xuexi_store, xuexi_part TO \(name);
            GRANT INSERT, UPDATE, DELETE ON alert, meta TO \(name);
            GRANT INSERT, UPDATE ON xuexi_part TO \(name);
            GRANT USAGE ON SEQUENCE xuexi_rev TO \(name);
            GRANT EXECUTE ON FUNCTION xuexi_scope_orgs(name), xuexi_whole_store(name), xuexi_my_grant() TO \(name);

            """
        if whole { sql += "GRANT INSERT, UPDATE, DELETE ON \(mirror), xuexi_part TO \(name);\n" }
        if let password { sql += "ALTER ROLE \(name) PASSWORD \(literal(password));\n" }
        sql += "COMMIT;"
        try session.script(sql)
        var counting = PostgresBindings()
        counting.append(role)
        let subtree = """
            WITH RECURSIVE tree(id) AS (
                SELECT org_id FROM xuexi_grant WHERE role = $1
                UNION SELECT o.id FROM org o JOIN tree t ON o.parent_id = t.id)
            """
        let units = try session.strings(subtree + " SELECT count(*)::text FROM tree", counting)
        let learners = try session.strings(
            subtree + " SELECT count(*)::text FROM learner WHERE org_id IN (SELECT id FROM tree)", counting)
        return Granted(
            role: role, orgCode: code, orgName: fields[2], units: Int(units.first.flatMap { $0 } ?? "") ?? 0,
            learners: Int(learners.first.flatMap { $0 } ?? "") ?? 0)
    }

    /// Takes away `role`'s grant and privileges on this store; false when it held none.
    /// The role itself stays (it may own other things): `DROP ROLE` removes it.
    public static func revoke(url: String, role: String) throws -> Bool {
        let session = try PostgresSession.connect(try PostgresLocation(parsing: url))
        defer { session.close() }
        var binds = PostgresBindings()
        binds.append(role)
        let held = try session.strings("SELECT role::text FROM xuexi_grant WHERE role = $1", binds)
        guard !held.isEmpty else { return false }
        let name = quote(role)
        let mirror = try MirrorTable.current().map { quote($0.name) }.joined(separator: ", ")
        try session.script(
            """
            BEGIN;
            DELETE FROM xuexi_grant WHERE role = \(literal(role));
            REVOKE ALL ON \(mirror), xuexi_store, xuexi_part FROM \(name);
            REVOKE ALL ON SEQUENCE xuexi_rev FROM \(name);
            REVOKE ALL ON FUNCTION xuexi_scope_orgs(name), xuexi_whole_store(name), xuexi_my_grant() FROM \(name);
            REVOKE USAGE ON SCHEMA public FROM \(name);
            REVOKE CONNECT ON DATABASE \(quote(session.location.database)) FROM \(name);
            COMMIT;
            """)
        return true
    }
}
