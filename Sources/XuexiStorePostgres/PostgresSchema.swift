import Foundation
import PostgresNIO
import XuexiStore

/// The store's tables in PostgreSQL's dialect, their row-level security, and the
/// bookkeeping the replicas use (see docs/ARCHITECTURE.md, "PostgreSQL").
///
/// - `xuexi_store`: the store's id (a replica of another store is dropped, not mixed) and
///   the signature of its tables (a program with other tables refuses before writing).
/// - `xuexi_part` and the sequence `xuexi_rev`: each part of a table (`points` of a day,
///   `learner` of an org…) with the number of the write that last replaced it, so a
///   replica fetches exactly the parts written since its last look. A trigger stamps the
///   number the writing transaction drew, so no role can set another.
/// - `xuexi_grant`: the org each granted role is limited to; `xuexi_scope_orgs(role)` is
///   that org's subtree, which every policy reads.
enum PostgresSchema {
    static let channel = "xuexi_changed"
    /// The key of the session advisory lock every write holds: one writer at a time.
    static let writeLock: Int64 = 0x7875_6578_69

    static func exists(_ session: PostgresSession) throws -> Bool {
        try session.strings("SELECT (to_regclass('xuexi_store') IS NOT NULL)::text").first == "true"
    }

    static func signature(_ tables: [MirrorTable]) -> String {
        tables.map(\.signature).joined(separator: "\n")
    }

    /// Creates the store in the connected database, in one transaction.
    static func create(_ session: PostgresSession, tables: [MirrorTable]) throws {
        var sql = "BEGIN;\n" + bookkeeping + "\n"
        sql += tables.map(\.createStatement).joined(separator: "\n")
        sql += scopeFunctions
        for table in tables { sql += policies(table) }
        sql += """
            INSERT INTO xuexi_store (key, value) VALUES
                ('store_id', gen_random_uuid()::text), ('format', '1'), ('schema', \(literal(signature(tables))));
            COMMIT;
            """
        try session.script(sql)
    }

    /// The stored id and table signature.
    static func identity(_ session: PostgresSession) throws -> (storeId: String, schema: String) {
        let values = try session.strings(
            "SELECT value FROM xuexi_store WHERE key IN ('store_id', 'schema') ORDER BY key DESC")
        guard values.count == 2, let id = values[0], let schema = values[1] else {
            throw StoreOfRecordError(location: session.location.display, failure: .noStore)
        }
        return (id, schema)
    }

    static let bookkeeping = """
        CREATE TABLE xuexi_store (key text PRIMARY KEY, value text NOT NULL);
        CREATE SEQUENCE xuexi_rev;
        CREATE TABLE xuexi_part (
            tbl text NOT NULL,
            part text NOT NULL,
            rev bigint NOT NULL,
            PRIMARY KEY (tbl, part)
        );
        CREATE INDEX xuexi_part_rev ON xuexi_part (rev);
        CREATE TABLE xuexi_grant (
            role name PRIMARY KEY,
            org_id bigint NOT NULL,
            whole boolean NOT NULL DEFAULT false,
            granted_by name NOT NULL DEFAULT current_user,
            granted_at timestamptz NOT NULL DEFAULT now()
        );
        """

    /// Security definer, so the policies on `org` can read `org` without recursing into
    /// themselves; `who` is the querying role (`current_user` where the policy is). Names
    /// are schema-qualified and `pg_temp` comes last, so no role can shadow them with a
    /// temporary table of its own.
    static let scopeFunctions = """

        CREATE FUNCTION xuexi_scope_orgs(who name) RETURNS SETOF bigint
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            WITH RECURSIVE tree(id) AS (
                SELECT g.org_id FROM public.xuexi_grant g
                WHERE g.role = who AND pg_catalog.pg_has_role(session_user, who, 'MEMBER')
                UNION
                SELECT o.id FROM public.org o JOIN tree t ON o.parent_id = t.id
            )
            SELECT id FROM tree
        $$;
        CREATE FUNCTION xuexi_whole_store(who name) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            SELECT COALESCE((SELECT g.whole FROM public.xuexi_grant g
                WHERE g.role = who AND pg_catalog.pg_has_role(session_user, who, 'MEMBER')), false)
        $$;
        CREATE FUNCTION xuexi_my_grant() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            SELECT g.org_id::text || ':' || g.whole::text FROM public.xuexi_grant g WHERE g.role = session_user
        $$;
        REVOKE ALL ON FUNCTION xuexi_scope_orgs(name), xuexi_whole_store(name), xuexi_my_grant() FROM PUBLIC;
        CREATE FUNCTION xuexi_part_stamp() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            NEW.rev := currval('public.xuexi_rev');
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER xuexi_part_stamp BEFORE INSERT OR UPDATE ON xuexi_part
            FOR EACH ROW EXECUTE FUNCTION xuexi_part_stamp();
        ALTER TABLE xuexi_part ENABLE ROW LEVEL SECURITY;
        CREATE POLICY xuexi_read ON xuexi_part FOR SELECT USING (true);
        CREATE POLICY xuexi_whole ON xuexi_part FOR ALL
            USING ((SELECT xuexi_whole_store(current_user))) WITH CHECK ((SELECT xuexi_whole_store(current_user)));
        CREATE POLICY xuexi_ack_insert ON xuexi_part FOR INSERT WITH CHECK (tbl IN ('alert', 'meta'));
        CREATE POLICY xuexi_ack_update ON xuexi_part FOR UPDATE
            USING (tbl IN ('alert', 'meta')) WITH CHECK (tbl IN ('alert', 'meta'));

        """

    /// Reading follows the table's scope; writing needs the whole store, except an alert
    /// of the role's subtree (acknowledge, snooze) and the alert stamp that announces it.
    /// The table's owner (who created the store) is not subject to these.
    static func policies(_ table: MirrorTable) -> String {
        let name = quote(table.name)
        let inScope = "IN (SELECT xuexi_scope_orgs(current_user))"
        let whole = "(SELECT xuexi_whole_store(current_user))"
        let visible: String =
            switch table.scope {
            case .everyone: "true"
            case .orgItself: "id \(inScope)"
            case .org(let column): "\(quote(column)) \(inScope)"
            case .learner(let column): "\(quote(column)) IN (SELECT id FROM learner)"
            case .wholeStoreOnly: whole
            }
        var sql = """
            ALTER TABLE \(name) ENABLE ROW LEVEL SECURITY;
            CREATE POLICY xuexi_read ON \(name) FOR SELECT USING (\(visible));
            CREATE POLICY xuexi_whole ON \(name) FOR ALL USING (\(whole)) WITH CHECK (\(whole));

            """
        if table.name == "alert" {
            sql +=
                "CREATE POLICY xuexi_ack ON alert FOR ALL USING (org_id \(inScope)) WITH CHECK (org_id \(inScope));\n"
        }
        if table.name == "meta" {
            sql +=
                "CREATE POLICY xuexi_stamp ON meta FOR ALL USING (key = 'alerts.stamp') WITH CHECK (key = 'alerts.stamp');\n"
        }
        return sql
    }
}

/// A string as a PostgreSQL literal.
func literal(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
}
