package dev.schemawright.render.docs;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.render.sql.CreationOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What each target cannot express for this particular model, so the documents state every loss instead of dropping
 * it silently. Only limits the model actually runs into are listed.
 */
final class TargetLimits {
    private TargetLimits() {
    }

    static Map<String, List<String>> of(SchemaModel m) {
        Map<String, List<String>> limits = new LinkedHashMap<>();
        boolean rls = m.tables().stream().anyMatch(Table::rlsEnabled);
        List<String> checks = m.tables().stream().flatMap(t -> t.checks().stream().map(c -> t.name() + "." + c.name())).toList();
        List<String> partial = indexes(m, Index::partial);
        List<String> inverted = indexes(m, ix -> ix.method() != IndexMethod.BTREE);
        List<String> fulltext = indexes(m, ix -> ix.method() == IndexMethod.FULLTEXT);
        List<String> external = new ArrayList<>();
        m.tables().forEach(t -> t.foreignKeys().stream().filter(ForeignKey::external)
                .forEach(fk -> external.add(t.name() + "." + String.join(",", fk.columns()) + " -> " + fk.refSchema() + "." + fk.refTable())));
        boolean currentUserDefault = columns(m, c -> c.defaultValue() != null && c.defaultValue().kind() == DefaultKind.CURRENT_USER);
        boolean identity = columns(m, Column::identity);
        boolean arrays = columns(m, c -> c.type().array());
        boolean interval = columns(m, c -> c.type().kind() == TypeKind.INTERVAL);
        boolean numeric = columns(m, c -> c.type().kind() == TypeKind.NUMERIC);
        List<String> cycles = new ArrayList<>();
        CreationOrder order = CreationOrder.of(m);
        m.tables().forEach(t -> t.foreignKeys().stream().filter(fk -> order.isDeferred(t, fk))
                .forEach(fk -> cycles.add(t.name() + "." + String.join(",", fk.columns()) + " -> " + fk.refTable())));

        List<String> pg = new ArrayList<>();
        if (m.stack().auth() == AuthProvider.APPLICATION && rls) {
            pg.add("Users are managed by the application, so the database learns who asks only from the application. "
                    + ApplicationSession.howToConnect(m));
        }
        if (!cycles.isEmpty()) {
            pg.add("Reference cycles are closed with `ALTER TABLE ... ADD CONSTRAINT` after all tables exist: " + codes(cycles, "; ") + ".");
        }
        limits.put("PostgreSQL", pg);

        List<String> sqlite = new ArrayList<>();
        if (!m.enums().isEmpty()) {
            sqlite.add("No enum types: enum columns are TEXT with a CHECK (... IN (...)).");
        }
        if (rls) {
            sqlite.add("No row-level security: the PostgreSQL policies must be applied by the application's queries.");
        }
        if (!inverted.isEmpty()) {
            sqlite.add("No GIN, trigram or full-text indexes: plain btree indexes instead (" + codes(inverted, ", ") + ").");
        }
        sqlite.add("uuid, timestamps, dates and JSON are TEXT (timestamps as UTC 'YYYY-MM-DD HH:MM:SS'); booleans are INTEGER 0/1.");
        if (numeric) {
            sqlite.add("NUMERIC has no exact decimal storage in SQLite (values may round-trip as floating point).");
        }
        if (arrays) {
            sqlite.add("No array types: arrays are JSON text checked by json_valid.");
        }
        if (!external.isEmpty()) {
            sqlite.add("No other schemas: tables referenced outside the model get local stand-ins (" + codes(external, "; ") + ").");
        }
        if (currentUserDefault) {
            sqlite.add("No session user: defaults to the signed-in user are dropped; the application sets those columns.");
        }
        limits.put("SQLite", sqlite);

        List<String> prisma = new ArrayList<>();
        if (rls) {
            prisma.add("Row-level security policies (kept in schema.postgres.sql; noted as comments).");
        }
        if (!checks.isEmpty()) {
            prisma.add("CHECK constraints: " + codes(checks, ", ") + ".");
        }
        if (!partial.isEmpty()) {
            prisma.add("Partial indexes: " + codes(partial, ", ") + ".");
        }
        if (!fulltext.isEmpty()) {
            prisma.add("Expression (full-text) indexes: " + codes(fulltext, ", ") + ".");
        }
        if (!external.isEmpty()) {
            prisma.add("Tables of another schema it does not own: `auth.users` is mapped with its key only, in schema `auth` (`schemas` in the datasource), for "
                    + codes(external, "; ") + ".");
        }
        if (identity) {
            prisma.add("`GENERATED ALWAYS AS IDENTITY`: Prisma writes `@default(autoincrement())`, which Prisma Migrate would create as a sequence default.");
        }
        if (interval) {
            prisma.add("interval columns: `Unsupported(\"interval\")`, not readable through Prisma Client.");
        }
        if (arrays) {
            prisma.add("Nullable arrays: Prisma lists are never null.");
        }
        prisma.add("The updated_at trigger: Prisma Client sets `@updatedAt` itself; the trigger covers other writers.");
        limits.put("Prisma", prisma);

        List<String> sqlModel = new ArrayList<>();
        if (rls) {
            sqlModel.add("Row-level security (enforce ownership in queries).");
        }
        if (!inverted.isEmpty()) {
            sqlModel.add("GIN, trigram and full-text indexes (btree indexes instead).");
        }
        if (!partial.isEmpty()) {
            sqlModel.add("Partial indexes are declared for SQLite only (`sqlite_where`).");
        }
        if (currentUserDefault) {
            sqlModel.add("Defaults to the signed-in user (set them in code).");
        }
        sqlModel.add("uuid keys are `str` (36 characters), arrays and JSON are JSON columns, as in schema.sqlite.sql.");
        limits.put("SQLModel", sqlModel);

        limits.put("Mermaid", List.of("Only entities, attributes, keys and relationships: no CHECKs, defaults, indexes or policies; "
                + "identifiers are ASCII snake_case and types are single tokens."));
        return limits;
    }

    private static String codes(List<String> names, String separator) {
        return String.join(separator, names.stream().map(Markdown::code).toList());
    }

    private static List<String> indexes(SchemaModel m, Predicate<Index> p) {
        List<String> out = new ArrayList<>();
        for (Table t : m.tables()) {
            for (Index ix : t.indexes()) {
                if (p.test(ix)) {
                    out.add(ix.name());
                }
            }
        }
        return out;
    }

    private static boolean columns(SchemaModel m, Predicate<Column> p) {
        return m.tables().stream().flatMap(t -> t.columns().stream()).anyMatch(p);
    }
}
