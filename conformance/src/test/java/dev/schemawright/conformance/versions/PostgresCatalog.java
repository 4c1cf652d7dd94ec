package dev.schemawright.conformance.versions;

import dev.schemawright.conformance.postgres.PostgresSchemaCheck;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a PostgreSQL database holds in its public schema, read from the catalogs as text, one entry per object:
 * enums with their values in order, tables (RLS flags, comment), columns (type, NOT NULL, default, identity, comment —
 * not their position: ALTER TABLE ADD COLUMN appends), constraints (pg_get_constraintdef; not the NOT NULL
 * constraints PostgreSQL 18 names after the table), indexes (pg_get_indexdef), triggers, policies (roles, USING,
 * WITH CHECK), functions of public and of the policies' helper schema (pg_get_functiondef, grants), that schema's
 * grants, and table privileges. Two databases built differently are the same
 * schema when their catalogs are equal. Extensions and what they own, and identity sequence names are left out (never
 * dropped; named after the table at creation).
 */
final class PostgresCatalog {
    private PostgresCatalog() {
    }

    static Map<String, String> read(Connection c) {
        Map<String, String> out = new TreeMap<>();
        try {
            put(out, c, "enum", "select t.typname, string_agg(e.enumlabel, ' | ' order by e.enumsortorder) from pg_type t"
                    + " join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace where n.nspname = 'public' group by t.typname");
            put(out, c, "table", "select c.relname, 'rls=' || c.relrowsecurity || ' force=' || c.relforcerowsecurity || ' comment='"
                    + " || coalesce(obj_description(c.oid, 'pg_class'), '') from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = 'public' and c.relkind = 'r'");
            put(out, c, "column", "select c.relname || '.' || a.attname, format_type(a.atttypid, a.atttypmod) || case when a.attnotnull then ' not null' else '' end"
                    + " || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') || case when a.attidentity <> '' then ' identity ' || a.attidentity::text else '' end"
                    + " || coalesce(' comment=' || col_description(c.oid, a.attnum), '') from pg_attribute a join pg_class c on c.oid = a.attrelid"
                    + " join pg_namespace n on n.oid = c.relnamespace left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum"
                    + " where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped");
            put(out, c, "constraint", "select c.relname || '.' || con.conname, con.contype::text || ' ' || pg_get_constraintdef(con.oid) from pg_constraint con"
                    + " join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and con.contype <> 'n'");
            put(out, c, "index", "select tablename || '.' || indexname, indexdef from pg_indexes where schemaname = 'public'");
            put(out, c, "trigger", "select c.relname || '.' || t.tgname, pg_get_triggerdef(t.oid) from pg_trigger t join pg_class c on c.oid = t.tgrelid"
                    + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and not t.tgisinternal");
            put(out, c, "policy", "select tablename || '.' || policyname, permissive || ' ' || cmd || ' to ' || roles::text || ' using ' || coalesce(qual, '-')"
                    + " || ' check ' || coalesce(with_check, '-') from pg_policies where schemaname = 'public'");
            put(out, c, "schema", "select n.nspname, coalesce((select string_agg(case when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end"
                    + " || ':' || a.privilege_type, ', ' order by 1) from aclexplode(n.nspacl) a where a.grantee <> n.nspowner), '') from pg_namespace n"
                    + " where n.nspname = 'private'");
            put(out, c, "function", "select n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', pg_get_functiondef(p.oid)"
                    + " || ' grants ' || coalesce((select string_agg(case when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end"
                    + " || ':' || a.privilege_type, ', ' order by 1) from aclexplode(p.proacl) a where a.grantee <> p.proowner), '')"
                    + " from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname in ('public', 'private')"
                    + " and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')");
            put(out, c, "grant", "select c.relname || ' to ' || case when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end,"
                    + " string_agg(a.privilege_type, ', ' order by a.privilege_type) from pg_class c join pg_namespace n on n.oid = c.relnamespace,"
                    + " aclexplode(c.relacl) a where n.nspname = 'public' and c.relkind = 'r' and a.grantee <> c.relowner group by 1");
        } catch (SQLException e) {
            throw new AssertionError("reading the catalog: " + e.getMessage(), e);
        }
        return out;
    }

    private static void put(Map<String, String> out, Connection c, String kind, String sql) throws SQLException {
        for (List<String> r : PostgresSchemaCheck.rows(c, sql)) {
            String previous = out.put(kind + " " + r.get(0), r.get(1));
            if (previous != null) {
                throw new AssertionError("two catalog entries for " + kind + " " + r.get(0));
            }
        }
    }
}
