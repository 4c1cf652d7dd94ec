package dev.schemawright.render.lint;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.render.naming.PhysicalName;
import dev.schemawright.render.postgres.PostgresDialect;
import dev.schemawright.render.sql.IndexPlan;
import dev.schemawright.render.sql.KeyColumnsRequired;
import dev.schemawright.render.sqlite.SqliteDialect;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Lints one schema model, and optionally the change from the previous version of it: the checks of {@link LintCode},
 * run as an ordered list of named checks over the model (findings in check order, then model order, so the output is
 * deterministic). Pure and thread-safe.
 */
public final class SchemaLint {
    /** The checks over one model, in report order; each adds its findings. */
    private static final List<BiConsumer<SchemaModel, List<LintFinding>>> CHECKS = List.of(
            SchemaLint::primaryKeys,
            SchemaLint::foreignKeyIndexes,
            SchemaLint::instants,
            SchemaLint::rowLevelSecurity,
            SchemaLint::nullableForeignKeys,
            SchemaLint::duplicateIndexes,
            SchemaLint::reservedWords,
            SchemaLint::identifierLength);

    /** The findings for one model. */
    public List<LintFinding> check(SchemaModel input) {
        SchemaModel model = KeyColumnsRequired.apply(input);
        List<LintFinding> out = new ArrayList<>();
        CHECKS.forEach(c -> c.accept(model, out));
        return List.copyOf(out);
    }

    /** The findings for {@code model} and for how it changed from {@code previous} (enum values changed in place). */
    public List<LintFinding> check(SchemaModel model, SchemaModel previous) {
        List<LintFinding> out = new ArrayList<>(check(model));
        enumValuesInPlace(previous, model, out);
        return List.copyOf(out);
    }

    /** Whether any finding is an error (schemawright lint then exits 1). */
    public static boolean hasErrors(List<LintFinding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    // ---------------------------------------------------------------- checks

    private static void primaryKeys(SchemaModel m, List<LintFinding> out) {
        for (Table t : m.tables()) {
            if (t.primaryKey().isEmpty()) {
                out.add(LintFinding.of(LintCode.NO_PRIMARY_KEY, "table " + t.name(), "no primary key"));
            }
        }
    }

    private static void foreignKeyIndexes(SchemaModel m, List<LintFinding> out) {
        for (Table t : m.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (!covered(t, fk)) {
                    out.add(LintFinding.of(LintCode.FK_WITHOUT_INDEX, "foreign key " + fk.name() + " on " + t.name(),
                            "no index leads with " + t.name() + "(" + String.join(", ", fk.columns()) + ")"));
                }
            }
        }
    }

    /**
     * Whether the primary key, a UNIQUE constraint or a full (not partial) index leads with exactly the foreign key's
     * columns, in any order: then a lookup by the key uses it.
     */
    public static boolean covered(Table t, ForeignKey fk) {
        List<List<String>> leads = new ArrayList<>();
        leads.add(t.primaryKey());
        t.uniques().stream().map(UniqueConstraint::columns).forEach(leads::add);
        t.indexes().stream().filter(ix -> !ix.partial()).map(Index::columnNames).forEach(leads::add);
        Set<String> cols = new HashSet<>(fk.columns());
        return leads.stream().anyMatch(l -> l.size() >= cols.size() && new HashSet<>(l.subList(0, cols.size())).equals(cols));
    }

    /** A column named like an instant (created_at, due_at, *_timestamp) that is not a timestamptz. */
    private static void instants(SchemaModel m, List<LintFinding> out) {
        for (Table t : m.tables()) {
            for (Column c : t.columns()) {
                String n = c.name().toLowerCase(Locale.ROOT);
                boolean instant = n.endsWith("_at") || n.endsWith("_timestamp") || n.equals("timestamp");
                if (instant && (c.type().kind() != TypeKind.TIMESTAMPTZ || c.type().array())) {
                    out.add(LintFinding.of(LintCode.TIMESTAMP_WITHOUT_TIME_ZONE, "column " + t.name() + "." + c.name(),
                            "named like an instant but typed " + c.type().kind().name().toLowerCase(Locale.ROOT)
                                    + (c.type().array() ? "[]" : "") + ", which keeps no time zone"));
                }
            }
        }
    }

    /**
     * Supabase exposes every public table through its Data API, so a table without RLS is open to any client (an
     * error, as in splinter); with the application's own users it is a warning when other tables use RLS.
     */
    private static void rowLevelSecurity(SchemaModel m, List<LintFinding> out) {
        boolean supabase = m.stack().auth() == AuthProvider.SUPABASE;
        boolean anyRls = m.tables().stream().anyMatch(Table::rlsEnabled);
        for (Table t : m.tables()) {
            if (t.rlsEnabled() && t.policies().isEmpty()) {
                out.add(LintFinding.of(LintCode.RLS_WITHOUT_POLICY, "table " + t.name(),
                        "row-level security is on but no policy grants anything: only the owner and BYPASSRLS roles reach it"));
            } else if (!t.rlsEnabled() && !t.policies().isEmpty()) {
                out.add(LintFinding.of(LintCode.POLICY_WITHOUT_RLS, "table " + t.name(),
                        t.policies().size() + (t.policies().size() == 1 ? " policy" : " policies")
                                + " but row-level security is off, so none applies"));
            } else if (!t.rlsEnabled() && (supabase || anyRls)) {
                LintCode c = LintCode.TABLE_WITHOUT_RLS;
                out.add(new LintFinding(c, supabase ? Severity.ERROR : Severity.WARNING, "table " + t.name(), supabase
                        ? "exposed through Supabase's Data API without row-level security"
                        : "no row-level security while other tables have it", c.fix()));
            }
        }
    }

    /**
     * A nullable foreign key says a row may exist without its parent; that is stated when the action is ON DELETE SET
     * NULL (it needs the null, and its rationale says why the row outlives the parent) or the domain calls the
     * relationship optional.
     */
    private static void nullableForeignKeys(SchemaModel m, List<LintFinding> out) {
        for (Table t : m.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                boolean nullable = fk.columns().stream().allMatch(c -> t.column(c).map(Column::nullable).orElse(false));
                if (nullable && fk.onDelete() != FkAction.SET_NULL && !optionalRelationship(m, t, fk)) {
                    out.add(LintFinding.of(LintCode.NULLABLE_FK_WITHOUT_REASON, "foreign key " + fk.name() + " on " + t.name(),
                            t.name() + "(" + String.join(", ", fk.columns()) + ") is nullable (ON DELETE " + fk.onDelete().name().replace('_', ' ')
                                    + "), but no optional relationship says why a row of " + t.name() + " may have no " + fk.refTable() + " row"));
                }
            }
        }
    }

    private static boolean optionalRelationship(SchemaModel m, Table t, ForeignKey fk) {
        for (Relationship r : m.relationships()) {
            boolean pair = r.from().equals(fk.refTable()) && r.to().equals(t.name()) || r.from().equals(t.name()) && r.to().equals(fk.refTable());
            if (pair && r.optional()) {
                return true;
            }
        }
        return false;
    }

    private static void duplicateIndexes(SchemaModel m, List<LintFinding> out) {
        IndexPlan plan = IndexPlan.of(m);
        for (Table t : m.tables()) {
            for (IndexPlan.Duplicate dup : plan.duplicates(t)) {
                out.add(LintFinding.of(LintCode.DUPLICATE_INDEX, "index " + dup.index().name() + " on " + t.name(),
                        "repeats " + dup.of() + " (" + String.join(", ", dup.index().columnNames()) + ")"));
            }
        }
    }

    /** Table and column names reserved in PostgreSQL or SQLite (both targets render them quoted). */
    private static void reservedWords(SchemaModel m, List<LintFinding> out) {
        for (Table t : m.tables()) {
            reserved("table " + t.name(), t.name(), out);
            for (Column c : t.columns()) {
                reserved("column " + t.name() + "." + c.name(), c.name(), out);
            }
        }
    }

    private static void reserved(String element, String name, List<LintFinding> out) {
        List<String> in = new ArrayList<>();
        if (PostgresDialect.INSTANCE.isReserved(name)) {
            in.add("PostgreSQL");
        }
        if (SqliteDialect.INSTANCE.isReserved(name)) {
            in.add("SQLite");
        }
        if (!in.isEmpty()) {
            out.add(LintFinding.of(LintCode.RESERVED_WORD, element, "'" + name + "' is reserved in " + String.join(" and ", in)));
        }
    }

    private static void identifierLength(SchemaModel m, List<LintFinding> out) {
        for (EnumType e : m.enums()) {
            tooLong("enum " + e.name(), e.name(), out);
        }
        for (Table t : m.tables()) {
            tooLong("table " + t.name(), t.name(), out);
            for (Column c : t.columns()) {
                tooLong("column " + t.name() + "." + c.name(), c.name(), out);
            }
            t.foreignKeys().forEach(fk -> tooLong("foreign key " + fk.name() + " on " + t.name(), fk.name(), out));
            t.uniques().forEach(u -> tooLong("unique constraint " + u.name() + " on " + t.name(), u.name(), out));
            for (CheckConstraint ck : t.checks()) {
                tooLong("check " + ck.name() + " on " + t.name(), ck.name(), out);
            }
            t.indexes().forEach(ix -> tooLong("index " + ix.name() + " on " + t.name(), ix.name(), out));
            for (Policy p : t.policies()) {
                tooLong("policy " + p.name() + " on " + t.name(), p.name(), out);
            }
        }
    }

    private static void tooLong(String element, String name, List<LintFinding> out) {
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > PhysicalName.MAX_BYTES) {
            out.add(LintFinding.of(LintCode.IDENTIFIER_TOO_LONG, element,
                    bytes + " bytes; every target names it " + PhysicalName.of(name)));
        }
    }

    /** An enum whose earlier values are no longer all there, in their order: rows and clients holding them break. */
    private static void enumValuesInPlace(SchemaModel previous, SchemaModel model, List<LintFinding> out) {
        for (EnumType before : previous.enums()) {
            EnumType after = model.enumType(before.name()).orElse(null);
            if (after == null) {
                continue;
            }
            List<String> removed = before.values().stream().filter(v -> !after.values().contains(v)).toList();
            List<String> kept = after.values().stream().filter(before.values()::contains).toList();
            List<String> keptBefore = before.values().stream().filter(after.values()::contains).toList();
            if (!removed.isEmpty()) {
                out.add(LintFinding.of(LintCode.ENUM_VALUE_CHANGED_IN_PLACE, "enum " + after.name(),
                        "lost " + String.join(", ", removed.stream().map(v -> "'" + v + "'").toList())
                                + " (was " + String.join(", ", before.values()) + "; now " + String.join(", ", after.values()) + ")"));
            } else if (!kept.equals(keptBefore)) {
                out.add(LintFinding.of(LintCode.ENUM_VALUE_CHANGED_IN_PLACE, "enum " + after.name(),
                        "values reordered (was " + String.join(", ", before.values()) + "; now "
                                + String.join(", ", after.values()) + "), which changes how rows sort and compare"));
            }
        }
    }
}
