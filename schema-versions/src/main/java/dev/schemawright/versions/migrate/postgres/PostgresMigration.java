package dev.schemawright.versions.migrate.postgres;

import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexPredicate;
import dev.schemawright.contracts.model.PolicyRule;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.render.naming.PhysicalName;
import dev.schemawright.render.postgres.PostgresRenderer;
import dev.schemawright.render.postgres.PostgresStatements;
import dev.schemawright.render.postgres.PostgresStatements.AccessFunction;
import dev.schemawright.render.postgres.PostgresStatements.NamedPolicy;
import dev.schemawright.render.sql.IndexPlan;
import dev.schemawright.render.sql.KeyColumnsRequired;
import dev.schemawright.render.sql.SqlComments;
import dev.schemawright.versions.diff.Change;
import dev.schemawright.versions.diff.Change.Risk;
import dev.schemawright.versions.diff.Renames;
import dev.schemawright.versions.diff.SchemaDiff;
import dev.schemawright.versions.diff.TypeChange;
import dev.schemawright.versions.migrate.Placeholder;
import dev.schemawright.versions.migrate.Provenance;
import dev.schemawright.versions.migrate.Section;
import dev.schemawright.versions.migrate.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * migration.postgres.sql: takes a database built by the old schema.postgres.sql to exactly what the new one builds.
 * New enum values are added first in a transaction of their own (a value added by ALTER TYPE cannot be used before it
 * commits); everything else runs in one transaction, in dependency order: drop what the new version no longer has
 * (policies, lookup functions, triggers, foreign keys, indexes, constraints, columns, tables), rename (enum types,
 * tables with their keys and triggers, columns, constraints, indexes), create and alter (enums, tables, columns,
 * keys, constraints, indexes, foreign keys, comments, triggers, row-level security). Every object is written by
 * render-core's {@link PostgresStatements}, so it has the very text the new schema script gives it; objects whose
 * text is unchanged are left alone. Objects on a column whose type changes are dropped before and rebuilt after it.
 */
public final class PostgresMigration {
    private static final String PLACEHOLDER_NAME = "sw_definition";

    /**
     * @param diff    the changes (renames proposed with evidence)
     * @param target  the model to migrate to: the diff's new model, or the effective target when destructive changes are refused
     * @param refused the destructive changes held back (written as comments)
     */
    public String render(SchemaDiff diff, SchemaModel target, List<Change> refused, Provenance why) {
        return new Plan(diff, KeyColumnsRequired.apply(target), why).render(refused);
    }

    /** One migration being worked out: the old, renamed and new statements and what each object needs. */
    private static final class Plan {
        final SchemaDiff diff;
        final Renames r;
        final SchemaModel a1;
        final SchemaModel b;
        final PostgresStatements sa;
        final PostgresStatements sa1;
        final PostgresStatements sb;
        final Provenance why;
        final List<Table> surviving = new ArrayList<>();            // new tables the old version has (new names)
        final Set<String> typeChanged = new HashSet<>();           // table\0column whose type changes (or whose enum is rebuilt)
        final Set<String> rebuiltEnums = new LinkedHashSet<>();     // enums whose values are removed or reordered
        final Map<String, String> droppedFunctions = new LinkedHashMap<>();  // name -> old signature
        final Set<String> keptFunctions = new HashSet<>();
        final Set<String> recreatedKeys = new HashSet<>();          // table\0col,col: a key an FK may reference is rebuilt
        final Map<String, String> parkedEnums = new LinkedHashMap<>();  // dropped enum -> its name in the database meanwhile

        Plan(SchemaDiff diff, SchemaModel target, Provenance why) {
            this.diff = diff;
            this.r = diff.renames();
            this.a1 = diff.renamed();
            this.b = target;
            this.sa = PostgresStatements.of(diff.from());
            this.sa1 = PostgresStatements.of(a1);
            this.sb = PostgresStatements.of(b);
            this.why = why;
            for (Table t : b.tables()) {
                if (a1.table(t.name()).isPresent()) {
                    surviving.add(t);
                }
            }
            for (EnumType e : b.enums()) {
                a1.enumType(e.name()).filter(before -> !before.values().equals(e.values()) && !subsequence(before.values(), e.values()))
                        .ifPresent(before -> rebuiltEnums.add(e.name()));
            }
            for (Table t : surviving) {
                Table old = old(t);
                for (Column c : t.columns()) {
                    old.column(c.name()).ifPresent(oc -> {
                        if (!oc.type().equals(c.type()) || oc.type().enumName() != null && rebuiltEnums.contains(oc.type().enumName())) {
                            typeChanged.add(key(t.name(), c.name()));
                        }
                    });
                }
            }
            planFunctions();
            planKeys();
            planParkedEnums();
        }

        /**
         * An enum the new version drops goes last (columns may still change away from it), but its name may be needed
         * earlier by a new table or enum (a table is a type too): it is parked under another name until then.
         */
        private void planParkedEnums() {
            Set<String> needed = new HashSet<>();
            b.tables().forEach(t -> needed.add(PhysicalName.of(t.name()).toLowerCase(Locale.ROOT)));
            b.enums().forEach(e -> needed.add(unquote(sb.enumType(e.name())).toLowerCase(Locale.ROOT)));
            for (EnumType e : a1.enums()) {
                if (b.enumType(e.name()).isPresent()) {
                    continue;
                }
                String name = sa.enumType(r.enumFrom(e.name()));
                parkedEnums.put(e.name(), needed.contains(unquote(name).toLowerCase(Locale.ROOT))
                        ? sb.quote(PhysicalName.of(unquote(name) + "_sw_dropped")) : name);
            }
        }

        Table old(Table newTable) {
            return a1.table(newTable.name()).orElseThrow();
        }

        /** The old model's table (old name) behind a new one. */
        Table original(Table newTable) {
            return diff.from().table(r.tableFrom(newTable.name())).orElseThrow();
        }

        static String key(String table, String column) {
            return table + "\u0000" + column;
        }

        boolean changesType(String table, String column) {
            return typeChanged.contains(key(table, column));
        }

        boolean anyTypeChanged(String table, List<String> columns) {
            return columns.stream().anyMatch(c -> changesType(table, c));
        }

        // ------------------------------------------------------------ decisions

        /**
         * A lookup function stays only with the very same statements (body, signature and grants): any other difference
         * drops it (after the policies that call it) and creates it again, so its grants are exactly the new ones.
         */
        private void planFunctions() {
            Map<String, AccessFunction> after = new HashMap<>();
            sb.accessFunctions().forEach(f -> after.put(f.name(), f));
            for (AccessFunction f : sa.accessFunctions()) {
                AccessFunction g = after.get(f.name());
                if (g != null && g.statement().equals(f.statement())) {
                    keptFunctions.add(f.name());
                } else {
                    droppedFunctions.put(f.name(), f.signature());
                }
            }
        }

        /** Keys (primary keys, UNIQUE constraints, unique indexes) that are dropped or rebuilt: FKs into them go first. */
        private void planKeys() {
            for (Table t : surviving) {
                Table old = old(t);
                if (!old.primaryKey().equals(t.primaryKey()) && !old.primaryKey().isEmpty()) {
                    recreatedKeys.add(keyOf(t.name(), old.primaryKey()));
                }
                for (UniqueConstraint u : sa1.uniques(old)) {
                    if (!kept(t, u) && renamedTo(t, u) == null) {
                        recreatedKeys.add(keyOf(t.name(), u.columns()));
                    }
                }
                List<Index> aPlanned = sa1.indexes(old);
                Map<Integer, Integer> matched = matchIndexes(t);
                for (int i = 0; i < aPlanned.size(); i++) {
                    if (aPlanned.get(i).unique() && !matched.containsKey(i)) {
                        recreatedKeys.add(keyOf(t.name(), aPlanned.get(i).columnNames()));
                    }
                }
            }
        }

        static String keyOf(String table, List<String> columns) {
            return table + "\u0000" + String.join(",", columns.stream().sorted().toList());
        }

        /** A constraint on a column whose type changes is rebuilt around the type change. */
        boolean forced(Table t, UniqueConstraint u) {
            return anyTypeChanged(t.name(), u.columns());
        }

        boolean forced(Table t, CheckConstraint c) {
            return anyTypeChanged(t.name(), c.columns());
        }

        /** An FK goes first when a column of either end changes type or the key it references is rebuilt. */
        boolean forced(Table t, ForeignKey fk) {
            return anyTypeChanged(t.name(), fk.columns()) || !fk.external() && (anyTypeChanged(fk.refTable(), fk.refColumns())
                    || recreatedKeys.contains(keyOf(fk.refTable(), fk.refColumns())));
        }

        boolean kept(Table t, UniqueConstraint u) {
            return !forced(t, u) && sb.uniques(t).stream().anyMatch(x -> x.name().equals(u.name()) && sb.uniqueConstraint(x).equals(sa1.uniqueConstraint(u)));
        }

        boolean kept(Table t, CheckConstraint c) {
            return !forced(t, c) && t.checks().stream().anyMatch(x -> x.name().equals(c.name()) && sb.checkConstraint(x).equals(sa1.checkConstraint(c)));
        }

        boolean kept(Table t, ForeignKey fk) {
            return !forced(t, fk) && t.foreignKeys().stream().anyMatch(x -> x.name().equals(fk.name()) && sb.foreignKeyConstraint(x).equals(sa1.foreignKeyConstraint(fk)));
        }

        /** The new UNIQUE with another name and the old one's definition (a rename), or null. */
        UniqueConstraint renamedTo(Table t, UniqueConstraint u) {
            return forced(t, u) ? null : renames(t, "unique", sb.uniques(t), sa1.uniques(old(t)), UniqueConstraint::name,
                    x -> sb.uniqueConstraint(new UniqueConstraint(PLACEHOLDER_NAME, x.columns(), List.of())),
                    x -> sa1.uniqueConstraint(new UniqueConstraint(PLACEHOLDER_NAME, x.columns(), List.of())), x -> !forced(t, x)).get(u.name());
        }

        CheckConstraint renamedTo(Table t, CheckConstraint c) {
            Function<CheckConstraint, CheckConstraint> unnamed = x -> new CheckConstraint(PLACEHOLDER_NAME, x.kind(), x.columns(), x.args(), List.of());
            return forced(t, c) ? null : renames(t, "check", t.checks(), old(t).checks(), CheckConstraint::name, x -> sb.checkConstraint(unnamed.apply(x)),
                    x -> sa1.checkConstraint(unnamed.apply(x)), x -> !forced(t, x)).get(c.name());
        }

        ForeignKey renamedTo(Table t, ForeignKey fk) {
            return forced(t, fk) ? null : renames(t, "foreign key", t.foreignKeys(), old(t).foreignKeys(), ForeignKey::name,
                    x -> sb.foreignKeyConstraint(x.withName(PLACEHOLDER_NAME)), x -> sa1.foreignKeyConstraint(x.withName(PLACEHOLDER_NAME)),
                    x -> !forced(t, x)).get(fk.name());
        }

        private final Map<String, Map<String, ?>> renameCache = new HashMap<>();

        /**
         * Old name -> new element, for constraints of one table that keep their definition under a new name: each old
         * one not kept under its own name takes the first new one with its definition whose name the old version does
         * not have and no earlier old one took (model order, so the result is deterministic).
         */
        @SuppressWarnings("unchecked")
        private <T> Map<String, T> renames(Table t, String kind, List<T> after, List<T> before, Function<T, String> name,
                                          Function<T, String> newDefinition, Function<T, String> oldDefinition, java.util.function.Predicate<T> movable) {
            return (Map<String, T>) renameCache.computeIfAbsent(kind + "\u0000" + t.name(), k -> {
                Map<String, T> out = new LinkedHashMap<>();
                Set<String> oldNames = new HashSet<>();
                before.forEach(x -> oldNames.add(name.apply(x)));
                Set<String> taken = new HashSet<>();
                for (T old : before) {
                    if (!movable.test(old) || after.stream().anyMatch(x -> name.apply(x).equals(name.apply(old)))) {
                        continue;
                    }
                    String def = oldDefinition.apply(old);
                    after.stream().filter(x -> !oldNames.contains(name.apply(x)) && !taken.contains(name.apply(x)) && newDefinition.apply(x).equals(def))
                            .findFirst().ifPresent(x -> {
                                taken.add(name.apply(x));
                                out.put(name.apply(old), x);
                            });
                }
                return out;
            });
        }

        /** Old planned index position -> new planned index position, for indexes with the same definition. */
        Map<Integer, Integer> matchIndexes(Table t) {
            Table old = old(t);
            List<Index> before = sa1.indexes(old);
            List<Index> after = sb.indexes(t);
            Map<Integer, Integer> out = new LinkedHashMap<>();
            Set<Integer> taken = new HashSet<>();
            for (int i = 0; i < before.size(); i++) {
                Index ix = before.get(i);
                if (indexTouchesTypeChange(t, ix)) {
                    continue;
                }
                String def = sa1.createIndex(old, ix.withName(PLACEHOLDER_NAME));
                for (int j = 0; j < after.size(); j++) {
                    if (!taken.contains(j) && sb.createIndex(t, after.get(j).withName(PLACEHOLDER_NAME)).equals(def)) {
                        out.put(i, j);
                        taken.add(j);
                        break;
                    }
                }
            }
            return out;
        }

        boolean indexTouchesTypeChange(Table t, Index ix) {
            List<String> cols = new ArrayList<>(ix.columnNames());
            if (ix.condition() != null) {
                cols.add(ix.condition().column());
            }
            if (ix.where() == IndexPredicate.NOT_DELETED) {
                cols.add(IndexPlan.SOFT_DELETE_COLUMN);
            }
            return anyTypeChanged(t.name(), cols);
        }

        /** The lookup function an old policy calls (null when none). */
        static String functionOf(PolicyRule rule) {
            return PostgresStatements.usesAccessFunction(rule) ? PostgresStatements.accessFunctionName(rule) : null;
        }

        List<NamedPolicy> policies(PostgresStatements s, Table t) {
            return t.rlsEnabled() ? s.policies(t) : List.of();
        }

        /** Old policies (by position) that stay as they are. */
        Set<Integer> keptPolicies(Table t) {
            Set<Integer> kept = new HashSet<>();
            Table old = old(t);
            if (!old.rlsEnabled() || !t.rlsEnabled() || old.columns().stream().anyMatch(c -> changesType(t.name(), c.name()))) {
                return kept;
            }
            List<NamedPolicy> before = policies(sa, original(t));
            List<NamedPolicy> renamed = policies(sa1, old);
            List<NamedPolicy> after = policies(sb, t);
            for (int i = 0; i < before.size(); i++) {
                NamedPolicy p = before.get(i);
                String fn = functionOf(p.policy().rule());
                if (fn != null && droppedFunctions.containsKey(fn)) {
                    continue;
                }
                String text = renamed.get(i).statement();
                boolean same = after.stream().anyMatch(q -> q.name().equals(p.name()) && q.statement().equals(text)
                        && Objects.equals(functionOf(q.policy().rule()), fn));
                if (same) {
                    kept.add(i);
                }
            }
            return kept;
        }

        // ------------------------------------------------------------ the script

        String render(List<Change> refused) {
            List<Section> sections = new ArrayList<>();
            Section values = enumValues();
            add(sections, drops());
            add(sections, renames());
            add(sections, creates());
            add(sections, columns());
            add(sections, keysAndIndexes());
            add(sections, commentsAndTriggers());
            add(sections, rowLevelSecurity());
            add(sections, finalDrops());
            StringBuilder out = new StringBuilder(header(refused, values != null, sections.isEmpty()));
            if (values != null) {
                out.append("\n-- ").append(values.title()).append("\nBEGIN;\n");
                values.steps().forEach(st -> out.append(st.text()));
                out.append("COMMIT;\n");
            }
            if (!sections.isEmpty()) {
                out.append("\nBEGIN;\n");
                sections.forEach(s -> out.append(s.text()));
                out.append("\nCOMMIT;\n");
            }
            if (!refused.isEmpty()) {
                List<Step> held = refused.stream().map(this::refusedStep).toList();
                out.append(new Section("Refused: destructive changes held back (the database keeps these elements)", held).text());
            }
            return out.toString();
        }

        private static void add(List<Section> sections, Section s) {
            if (s != null) {
                sections.add(s);
            }
        }

        private String header(List<Change> refused, boolean enumValues, boolean empty) {
            SchemaModel to = diff.to();
            StringBuilder h = new StringBuilder();
            h.append("-- migration.postgres.sql: ").append(SqlComments.line(to.title())).append(" (project ").append(SqlComments.line(to.projectId()))
                    .append("), rendered by Schemawright.\n")
                    .append("-- Takes a database built by the previous schema.postgres.sql to what the new one builds.\n");
            if (diff.from().stack().auth() != to.stack().auth()) {
                h.append("-- The two versions target different user stores (").append(diff.from().stack().auth()).append(" -> ").append(to.stack().auth())
                        .append("): review the references to users.\n");
            }
            if (empty && !enumValues) {
                h.append("-- No schema changes.\n");
                return h.toString();
            }
            h.append("-- Run it with: psql -v ON_ERROR_STOP=1 -f migration.postgres.sql");
            h.append(enumValues ? " (two transactions: new enum values commit first, so the rest may use them;\n"
                    + "-- ADD VALUE IF NOT EXISTS makes a rerun after a failure safe).\n" : " (one transaction).\n");
            long destructive = diff.destructive().size() - refused.size();
            if (destructive > 0) {
                h.append("-- ").append(destructive).append(" DESTRUCTIVE step").append(destructive == 1 ? "" : "s").append(" (allowed by --allow-destructive): back up first.\n");
            }
            if (!refused.isEmpty()) {
                h.append("-- ").append(refused.size()).append(refused.size() == 1 ? " destructive change was refused; it is" : " destructive changes were refused; they are")
                        .append(" listed, commented out, at the end.\n");
            }
            return h.toString();
        }

        // ------------------------------------------------------------ enum values, in their own transaction

        private Section enumValues() {
            List<Step> steps = new ArrayList<>();
            for (EnumType e : b.enums()) {
                EnumType before = a1.enumType(e.name()).orElse(null);
                if (before == null || rebuiltEnums.contains(e.name()) || before.values().equals(e.values())) {
                    continue;
                }
                String type = sa.enumType(r.enumFrom(e.name()));
                List<String> current = new ArrayList<>(before.values());
                List<String> statements = new ArrayList<>();
                for (int i = 0; i < e.values().size(); i++) {
                    String v = e.values().get(i);
                    if (current.contains(v)) {
                        continue;
                    }
                    String place;
                    int at;
                    if (i == 0) {
                        place = " BEFORE " + sb.dialect().literal(current.get(0));
                        at = 0;
                    } else {
                        String previous = e.values().get(i - 1);
                        place = " AFTER " + sb.dialect().literal(previous);
                        at = current.indexOf(previous) + 1;
                    }
                    statements.add("ALTER TYPE " + type + " ADD VALUE IF NOT EXISTS " + sb.dialect().literal(v) + place + ";");
                    current.add(at, v);
                }
                steps.add(Step.of("enum " + e.name() + ": add " + String.join(", ", e.values().stream().filter(v -> !before.values().contains(v)).toList())
                        + why.because(e.sources(), ""), Risk.NONE, statements));
            }
            return steps.isEmpty() ? null : new Section("New enum values, in a transaction of their own", steps);
        }

        // ------------------------------------------------------------ drops, under the old names

        private Section drops() {
            List<Step> steps = new ArrayList<>();
            // policies that change, call a function that goes, or sit on a column whose type changes
            for (Table t : diff.from().tables()) {
                String newName = r.tableTo(t.name());
                Table now = b.table(newName).orElse(null);
                if (now == null || !a1.table(newName).isPresent()) {
                    continue;
                }
                Set<Integer> kept = keptPolicies(now);
                List<NamedPolicy> before = policies(sa, t);
                for (int i = 0; i < before.size(); i++) {
                    if (!kept.contains(i)) {
                        NamedPolicy p = before.get(i);
                        steps.add(Step.of("policy " + p.name() + " on " + t.name() + " changes" + why.because(p.policy().sources(), ""),
                                "DROP POLICY " + sa.quote(p.name()) + " ON " + sa.quote(t.name()) + ";"));
                    }
                }
            }
            for (Table t : sa.stampedTables()) {
                Optional<Table> now = b.table(r.tableTo(t.name()));
                if (now.isPresent() && a1.table(now.get().name()).isPresent() && !now.get().hasColumn(PostgresStatements.UPDATED_AT)) {
                    steps.add(Step.of("table " + t.name() + " no longer has updated_at",
                            "DROP TRIGGER " + sa.updatedAtTriggerName(t) + " ON " + sa.quote(t.name()) + ";"));
                }
            }
            for (Table t : surviving) {
                Table orig = original(t);
                Table old = old(t);
                for (ForeignKey fk : old.foreignKeys()) {
                    if (!kept(t, fk) && renamedTo(t, fk) == null) {
                        steps.add(Step.of("foreign key " + fk.name() + " on " + orig.name() + (forced(t, fk) ? " is rebuilt around a type change" : " changes or goes")
                                + why.because(fk.sources(), fk.rationale()),
                                alter(sa, orig, "DROP CONSTRAINT " + sa.quote(fk.name()))));
                    }
                }
            }
            // a table that goes may still point at a key that is rebuilt before it goes: its foreign key goes first
            Set<String> droppedEarly = new HashSet<>();
            for (Table t : sa.order().tables()) {
                if (b.table(r.tableTo(t.name())).isPresent()) {
                    continue;
                }
                for (ForeignKey fk : t.foreignKeys()) {
                    String to = r.tableTo(fk.refTable());
                    if (!fk.external() && recreatedKeys.contains(keyOf(to, fk.refColumns().stream().map(c -> r.columnTo(to, c)).toList()))) {
                        droppedEarly.add(t.name() + "\u0000" + fk.name());
                        steps.add(Step.of("foreign key " + fk.name() + " on " + t.name() + ", a table that goes, references a key that is rebuilt",
                                alter(sa, t, "DROP CONSTRAINT " + sa.quote(fk.name()))));
                    }
                }
            }
            for (Table t : surviving) {
                Table orig = original(t);
                Table old = old(t);
                List<Index> planned = sa.indexes(orig);
                Map<Integer, Integer> matched = matchIndexes(t);
                for (int i = 0; i < planned.size(); i++) {
                    if (!matched.containsKey(i)) {
                        Index ix = planned.get(i);
                        steps.add(Step.of("index " + ix.name() + " on " + orig.name() + " changes or goes" + why.because(ix.sources(), ix.reason()),
                                "DROP INDEX " + sa.quote(ix.name()) + ";"));
                    }
                }
                for (UniqueConstraint u : sa1.uniques(old)) {
                    if (!kept(t, u) && renamedTo(t, u) == null) {
                        steps.add(Step.of("unique " + u.name() + " on " + orig.name() + (forced(t, u) ? " is rebuilt around a type change" : " changes or goes")
                                + why.because(u.sources(), ""),
                                alter(sa, orig, "DROP CONSTRAINT " + sa.quote(u.name()))));
                    }
                }
                for (CheckConstraint c : old.checks()) {
                    if (!kept(t, c) && renamedTo(t, c) == null) {
                        steps.add(Step.of("check " + c.name() + " on " + orig.name() + (forced(t, c) ? " is rebuilt around a type change" : " changes or goes")
                                + why.because(c.sources(), ""),
                                alter(sa, orig, "DROP CONSTRAINT " + sa.quote(c.name()))));
                    }
                }
                if (!old.primaryKey().equals(t.primaryKey()) && !old.primaryKey().isEmpty()) {
                    steps.add(Step.of("primary key of " + orig.name() + " changes", alter(sa, orig, "DROP CONSTRAINT " + sa.primaryKeyName(orig))));
                }
                for (Column c : old.columns()) {
                    if (!t.hasColumn(c.name())) {
                        Column oc = orig.column(r.columnFrom(t.name(), c.name())).orElse(c);
                        steps.add(Step.of("column " + orig.name() + "." + oc.name() + " goes" + why.because(oc.sources(), oc.description()),
                                Risk.DESTRUCTIVE, List.of(alter(sa, orig, "DROP COLUMN " + sa.quote(oc.name())))));
                    }
                }
            }
            List<Table> gone = new ArrayList<>();
            for (Table t : sa.order().tables()) {
                if (b.table(r.tableTo(t.name())).isEmpty()) {
                    gone.add(0, t);  // children before the tables they reference
                }
            }
            Set<String> goneNames = new HashSet<>();
            gone.forEach(t -> goneNames.add(t.name()));
            for (Table t : gone) {
                for (ForeignKey fk : t.foreignKeys()) {
                    if (!fk.external() && goneNames.contains(fk.refTable()) && !fk.refTable().equals(t.name()) && sa.order().isDeferred(t, fk)
                            && !droppedEarly.contains(t.name() + "\u0000" + fk.name())) {
                        steps.add(Step.of("foreign key " + fk.name() + " closes a reference cycle between dropped tables",
                                alter(sa, t, "DROP CONSTRAINT " + sa.quote(fk.name()))));
                    }
                }
            }
            for (Table t : gone) {
                steps.add(Step.of("table " + t.name() + " goes" + why.because(t.sources(), t.description()), Risk.DESTRUCTIVE,
                        List.of("DROP TABLE " + sa.quote(t.name()) + ";")));
            }
            // after the tables: a dropped table's policies go with it, and they may still call these
            droppedFunctions.forEach((name, signature) -> steps.add(Step.of("lookup function " + name + " goes or changes",
                    "DROP FUNCTION " + signature + ";")));
            return steps.isEmpty() ? null : new Section("Drop what the new version no longer has or rebuilds (old names)", steps);
        }

        private static String alter(PostgresStatements s, Table t, String action) {
            return "ALTER TABLE " + s.quote(t.name()) + " " + action + ";";
        }

        // ------------------------------------------------------------ renames

        private Section renames() {
            List<Step> steps = new ArrayList<>();
            Set<String> oldTableNames = new HashSet<>();
            diff.from().tables().forEach(t -> oldTableNames.add(PhysicalName.of(t.name()).toLowerCase(Locale.ROOT)));
            List<Step> lateEnums = new ArrayList<>();
            parkedEnums.forEach((e, name) -> {
                String current = sa.enumType(r.enumFrom(e));
                if (!current.equals(name)) {
                    steps.add(Step.of("enum " + e + " goes at the end; its name is needed now", "ALTER TYPE " + current + " RENAME TO " + name + ";"));
                }
            });
            for (EnumType e : b.enums()) {
                if (a1.enumType(e.name()).isEmpty()) {
                    continue;
                }
                String from = sa.enumType(r.enumFrom(e.name()));
                String to = sb.enumType(e.name());
                if (!from.equals(to)) {
                    String evidence = r.enums().stream().filter(x -> x.to().equals(e.name())).map(x -> " (" + x.evidence() + "); review it").findFirst().orElse("");
                    Step s = Step.of("enum " + e.name() + (r.enumFrom(e.name()).equals(e.name()) ? " keeps its name; its database name changes"
                            : ": proposed rename of " + r.enumFrom(e.name()) + evidence), "ALTER TYPE " + from + " RENAME TO " + to + ";");
                    // a target name still held by a table being renamed waits for that rename
                    (oldTableNames.contains(unquote(to).toLowerCase(Locale.ROOT)) ? lateEnums : steps).add(s);
                }
            }
            for (Renames.TableRename tr : r.tables()) {
                Table orig = diff.from().table(tr.from()).orElseThrow();
                Table now = b.table(tr.to()).orElse(null);
                if (now == null) {
                    continue;
                }
                List<String> statements = new ArrayList<>();
                statements.add("ALTER TABLE " + sa.quote(orig.name()) + " RENAME TO " + sb.quote(now.name()) + ";");
                if (!orig.primaryKey().isEmpty() && orig.primaryKey().stream().map(c -> r.columnTo(now.name(), c)).toList().equals(now.primaryKey())
                        && !sa.primaryKeyName(orig).equals(sb.primaryKeyName(now))) {
                    statements.add(alter(sb, now, "RENAME CONSTRAINT " + sa.primaryKeyName(orig) + " TO " + sb.primaryKeyName(now)));
                }
                if (orig.hasColumn(PostgresStatements.UPDATED_AT) && now.hasColumn(PostgresStatements.UPDATED_AT)
                        && !sa.updatedAtTriggerName(orig).equals(sb.updatedAtTriggerName(now))) {
                    statements.add("ALTER TRIGGER " + sa.updatedAtTriggerName(orig) + " ON " + sb.quote(now.name()) + " RENAME TO " + sb.updatedAtTriggerName(now) + ";");
                }
                steps.add(Step.of("table " + tr.from() + " → " + tr.to() + ": proposed rename (" + tr.evidence() + "); review it" + why.because(now.sources(), ""),
                        Risk.NONE, statements));
            }
            steps.addAll(lateEnums);
            for (Renames.ColumnRename cr : r.columns()) {
                Table now = b.table(cr.table()).orElse(null);
                if (now == null) {
                    continue;
                }
                Column c = now.column(cr.to()).orElse(null);
                steps.add(Step.of("column " + cr.table() + "." + cr.from() + " → " + cr.to() + ": proposed rename (" + cr.evidence() + "); review it"
                        + (c == null ? "" : why.because(c.sources(), "")), alter(sb, now, "RENAME COLUMN " + sb.quote(cr.from()) + " TO " + sb.quote(cr.to()))));
            }
            List<String[]> indexRenames = new ArrayList<>();
            for (Table t : surviving) {
                Table old = old(t);
                for (ForeignKey fk : old.foreignKeys()) {
                    ForeignKey to = renamedTo(t, fk);
                    if (to != null) {
                        steps.add(Step.of("foreign key " + fk.name() + " on " + t.name() + " is now called " + to.name(),
                                alter(sb, t, "RENAME CONSTRAINT " + sb.quote(fk.name()) + " TO " + sb.quote(to.name()))));
                    }
                }
                for (UniqueConstraint u : sa1.uniques(old)) {
                    UniqueConstraint to = renamedTo(t, u);
                    if (to != null) {
                        steps.add(Step.of("unique " + u.name() + " on " + t.name() + " is now called " + to.name(),
                                alter(sb, t, "RENAME CONSTRAINT " + sb.quote(u.name()) + " TO " + sb.quote(to.name()))));
                    }
                }
                for (CheckConstraint c : old.checks()) {
                    CheckConstraint to = renamedTo(t, c);
                    if (to != null) {
                        steps.add(Step.of("check " + c.name() + " on " + t.name() + " is now called " + to.name(),
                                alter(sb, t, "RENAME CONSTRAINT " + sb.quote(c.name()) + " TO " + sb.quote(to.name()))));
                    }
                }
                List<Index> before = sa.indexes(original(t));
                List<Index> after = sb.indexes(t);
                matchIndexes(t).forEach((i, j) -> {
                    if (!before.get(i).name().equals(after.get(j).name())) {
                        indexRenames.add(new String[] {before.get(i).name(), after.get(j).name()});
                    }
                });
            }
            steps.addAll(indexRenames(indexRenames));
            return steps.isEmpty() ? null : new Section("Renames", steps);
        }

        /** ALTER INDEX renames in an order where no target is still taken; a cycle goes through a temporary name. */
        private List<Step> indexRenames(List<String[]> pending) {
            List<Step> steps = new ArrayList<>();
            List<String[]> left = new ArrayList<>(pending);
            int temp = 0;
            while (!left.isEmpty()) {
                String[] next = null;
                for (String[] p : left) {
                    if (left.stream().noneMatch(o -> o != p && o[0].equals(p[1]))) {
                        next = p;
                        break;
                    }
                }
                if (next == null) {
                    String[] p = left.get(0);
                    String tmp = "sw_tmp_index_" + (++temp);
                    steps.add(Step.of("index " + p[0] + ": a temporary name breaks a cycle of renames", "ALTER INDEX " + sb.quote(p[0]) + " RENAME TO " + tmp + ";"));
                    p[0] = tmp;
                    continue;
                }
                steps.add(Step.of("index " + next[0] + " is now called " + next[1], "ALTER INDEX " + sb.quote(next[0]) + " RENAME TO " + sb.quote(next[1]) + ";"));
                left.remove(next);
            }
            return steps;
        }

        private static String unquote(String quoted) {
            return quoted.startsWith("\"") ? quoted.substring(1, quoted.length() - 1).replace("\"\"", "\"") : quoted;
        }

        // ------------------------------------------------------------ new enums and tables

        private Section creates() {
            List<Step> steps = new ArrayList<>();
            if (sb.usesTrigram() && !sa.usesTrigram()) {
                steps.add(Step.of("trigram indexes need pg_trgm (never dropped: other schemas may use it)", "CREATE EXTENSION IF NOT EXISTS pg_trgm;"));
            }
            List<String> oldRoles = sa.createdRoles();
            for (String role : sb.createdRoles()) {
                if (!oldRoles.contains(role)) {
                    steps.add(Step.of("role " + role + " the new policies apply to (created unless it exists)", sb.createRole(role)));
                }
            }
            for (Change c : diff.changes()) {
                if (c instanceof Change.AddEnum add && b.enumType(add.to().name()).isPresent()) {
                    steps.add(Step.of(why.why(c), sb.createEnum(add.to())));
                }
            }
            for (String e : rebuiltEnums) {
                EnumType now = b.enumType(e).orElseThrow();
                EnumType before = a1.enumType(e).orElseThrow();
                String type = sb.enumType(e);
                String old = sb.quote(PhysicalName.of(unquote(type) + "_sw_old"));
                List<String> statements = new ArrayList<>();
                statements.add("ALTER TYPE " + type + " RENAME TO " + old + ";");
                statements.add(sb.createEnum(now));
                for (Table t : surviving) {
                    for (Column c : old(t).columns()) {
                        Column nc = t.column(c.name()).orElse(null);
                        if (e.equals(c.type().enumName()) && nc != null && c.type().equals(nc.type())) {
                            if (sa1.defaultExpression(c) != null) {
                                statements.add(alter(sb, t, "ALTER COLUMN " + sb.quote(c.name()) + " DROP DEFAULT"));
                            }
                            statements.add(alter(sb, t, "ALTER COLUMN " + sb.quote(c.name()) + " TYPE " + sb.type(nc.type()) + " USING "
                                    + sb.quote(c.name()) + "::text" + (nc.type().array() ? "[]" : "") + "::" + sb.type(nc.type())));
                        }
                    }
                }
                boolean loses = !now.values().containsAll(before.values());
                steps.add(Step.of("enum " + e + ": rebuilt with the values " + String.join(", ", now.values()) + " in this order (ADD VALUE cannot "
                        + (loses ? "remove" : "reorder") + " values)" + why.because(now.sources(), ""), loses ? Risk.DESTRUCTIVE : Risk.NONE, statements));
            }
            Set<String> created = new HashSet<>();
            for (Table t : sb.order().tables()) {
                if (a1.table(t.name()).isPresent()) {
                    continue;
                }
                String sql = sb.createTable(t, fk -> inline(t, fk, created));
                created.add(t.name());
                steps.add(Step.of("table " + t.name() + (t.description().isBlank() ? "" : ": " + t.description()) + why.because(t.sources(), ""), sql));
            }
            return steps.isEmpty() ? null : new Section("New enums and tables", steps);
        }

        /** A new table's FK goes inline when its target exists by then with the key it references. */
        private boolean inline(Table t, ForeignKey fk, Set<String> created) {
            if (fk.external() || fk.refTable().equals(t.name()) || created.contains(fk.refTable())) {
                return true;
            }
            return a1.table(fk.refTable()).isPresent() && !recreatedKeys.contains(keyOf(fk.refTable(), fk.refColumns()))
                    && !anyTypeChanged(fk.refTable(), fk.refColumns()) && keyExistedBefore(fk);
        }

        private boolean keyExistedBefore(ForeignKey fk) {
            Table old = a1.table(fk.refTable()).orElseThrow();
            Set<String> cols = new HashSet<>(fk.refColumns());
            return new HashSet<>(old.primaryKey()).equals(cols) || sa1.uniques(old).stream().anyMatch(u -> new HashSet<>(u.columns()).equals(cols))
                    || sa1.indexes(old).stream().anyMatch(ix -> ix.unique() && !ix.partial() && new HashSet<>(ix.columnNames()).equals(cols));
        }

        // ------------------------------------------------------------ columns of the tables both versions have

        private Section columns() {
            List<Step> steps = new ArrayList<>();
            for (Table t : surviving) {
                Table old = old(t);
                for (Column c : t.columns()) {
                    Optional<Column> before = old.column(c.name());
                    if (before.isEmpty()) {
                        steps.add(addColumn(t, c));
                    } else {
                        Step s = alterColumn(t, before.get(), c);
                        if (s != null) {
                            steps.add(s);
                        }
                    }
                }
            }
            return steps.isEmpty() ? null : new Section("Columns", steps);
        }

        private Step addColumn(Table t, Column c) {
            String because = why.because(c.sources(), c.description());
            String name = sb.quote(c.name());
            boolean usableDefault = c.identity() || c.defaultValue() != null && c.defaultValue().kind() != DefaultKind.CURRENT_USER;
            if (c.nullable() || usableDefault) {
                return Step.of("column " + t.name() + "." + c.name() + because + (c.nullable() ? "" : "; existing rows get its default"),
                        alter(sb, t, "ADD COLUMN " + sb.columnDefinition(c)));
            }
            Optional<Placeholder> p = Placeholder.of(b, t, c);
            String def = sb.defaultExpression(c);
            if (p.isPresent()) {
                List<String> statements = new ArrayList<>();
                statements.add(alter(sb, t, "ADD COLUMN " + name + " " + sb.type(c.type()) + " NOT NULL DEFAULT " + p.get().postgres()));
                statements.add(alter(sb, t, "ALTER COLUMN " + name + (def == null ? " DROP DEFAULT" : " SET DEFAULT " + def)));
                return Step.of("column " + t.name() + "." + c.name() + because + "; existing rows get " + p.get().words() + " (backfill real values)",
                        Risk.NONE, statements);
            }
            List<String> statements = new ArrayList<>();
            statements.add(alter(sb, t, "ADD COLUMN " + name + " " + sb.type(c.type()) + (def == null ? "" : " DEFAULT " + def)));
            statements.add("-- backfill here: UPDATE " + sb.quote(t.name()) + " SET " + name + " = ... WHERE " + name + " IS NULL;");
            statements.add(alter(sb, t, "ALTER COLUMN " + name + " SET NOT NULL"));
            return Step.of("column " + t.name() + "." + c.name() + because + "; NOT NULL with no value to give existing rows: SET NOT NULL fails on "
                    + "a non-empty table until they are backfilled", Risk.DATA, statements);
        }

        private Step alterColumn(Table t, Column before, Column c) {
            String name = sb.quote(c.name());
            List<String> statements = new ArrayList<>();
            boolean typeChange = changesType(t.name(), c.name());
            boolean retyped = !before.type().equals(c.type());
            String oldDefault = sa1.defaultExpression(before);
            String newDefault = sb.defaultExpression(c);
            if (before.identity() && !c.identity()) {
                statements.add(alter(sb, t, "ALTER COLUMN " + name + " DROP IDENTITY"));
            }
            if (retyped) {
                if (oldDefault != null) {
                    statements.add(alter(sb, t, "ALTER COLUMN " + name + " DROP DEFAULT"));
                }
                statements.add(alter(sb, t, "ALTER COLUMN " + name + " TYPE " + sb.type(c.type()) + " USING " + cast(name, before.type(), c.type(), sb.type(c.type()))));
            }
            if (before.nullable() != c.nullable()) {
                statements.add(alter(sb, t, "ALTER COLUMN " + name + (c.nullable() ? " DROP NOT NULL" : " SET NOT NULL")));
            }
            boolean defaultDropped = retyped && oldDefault != null || typeChange && !retyped && oldDefault != null;
            String current = defaultDropped ? null : oldDefault;
            if (!Objects.equals(current, newDefault) && !c.identity()) {
                statements.add(alter(sb, t, "ALTER COLUMN " + name + (newDefault == null ? " DROP DEFAULT" : " SET DEFAULT " + newDefault)));
            }
            if (c.identity() && !before.identity()) {
                if (current != null) {
                    statements.add(alter(sb, t, "ALTER COLUMN " + name + " DROP DEFAULT"));
                }
                statements.add(alter(sb, t, "ALTER COLUMN " + name + " ADD GENERATED ALWAYS AS IDENTITY"));
                statements.add("SELECT setval(pg_get_serial_sequence(" + sb.dialect().literal(sb.quote(t.name())) + ", " + sb.dialect().literal(PhysicalName.of(c.name()))
                        + "), coalesce(max(" + name + "), 0) + 1, false) FROM " + sb.quote(t.name()) + ";");
            }
            if (statements.isEmpty()) {
                return null;
            }
            if (diff.to().table(t.name()).flatMap(x -> x.column(c.name())).isEmpty()) {
                return Step.of("column " + t.name() + "." + c.name() + ": its drop was refused, so it stays, nullable, for writers that no longer set it",
                        Risk.NONE, statements);
            }
            TypeChange kind = TypeChange.of(before.type(), c.type(), enumOf(a1, before), enumOf(b, c));
            Risk risk = retyped && kind.destructive() ? Risk.DESTRUCTIVE : !c.nullable() && before.nullable() ? Risk.DATA : Risk.NONE;
            String what = retyped ? "type " + sb.type(c.type()) + " (" + kind.name().toLowerCase(Locale.ROOT) + ")" : "";
            return Step.of("column " + t.name() + "." + c.name() + (what.isEmpty() ? "" : ": " + what) + why.because(c.sources(), c.description()), risk, statements);
        }

        private static EnumType enumOf(SchemaModel m, Column c) {
            return c.type().enumName() == null ? null : m.enumType(c.type().enumName()).orElse(null);
        }

        /** The USING expression: a direct cast within a family of types, through text otherwise (every type reads its text form). */
        private static String cast(String column, ColumnType from, ColumnType to, String toType) {
            Set<TypeKind> numbers = Set.of(TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT, TypeKind.NUMERIC, TypeKind.REAL);
            Set<TypeKind> texts = Set.of(TypeKind.TEXT, TypeKind.VARCHAR);
            Set<TypeKind> days = Set.of(TypeKind.DATE, TypeKind.TIMESTAMPTZ);
            boolean direct = from.array() == to.array() && (texts.contains(to.kind()) && from.kind() != TypeKind.BYTES
                    || numbers.contains(from.kind()) && numbers.contains(to.kind()) || days.contains(from.kind()) && days.contains(to.kind()));
            return column + "::" + (direct ? "" : "text" + (from.array() ? "[]" : "") + "::") + toType;
        }

        // ------------------------------------------------------------ keys, constraints, indexes, foreign keys

        private Section keysAndIndexes() {
            List<Step> steps = new ArrayList<>();
            for (Table t : surviving) {
                Table old = old(t);
                if (!old.primaryKey().equals(t.primaryKey()) && !t.primaryKey().isEmpty()) {
                    steps.add(Step.of("primary key of " + t.name() + ": (" + String.join(", ", t.primaryKey()) + ")", Risk.DATA,
                            List.of(alter(sb, t, "ADD " + sb.primaryKeyConstraint(t)))));
                }
                for (UniqueConstraint u : sb.uniques(t)) {
                    if (sa1.uniques(old).stream().noneMatch(x -> x.name().equals(u.name()) && kept(t, x) || u.equals(renamedTo(t, x)))) {
                        steps.add(Step.of("unique " + u.name() + " on " + t.name() + why.because(u.sources(), ""), Risk.DATA,
                                List.of(alter(sb, t, "ADD " + sb.uniqueConstraint(u)))));
                    }
                }
                for (CheckConstraint c : t.checks()) {
                    if (old.checks().stream().noneMatch(x -> x.name().equals(c.name()) && kept(t, x) || c.equals(renamedTo(t, x)))) {
                        steps.add(Step.of("check " + c.name() + " on " + t.name() + why.because(c.sources(), ""), Risk.DATA,
                                List.of(alter(sb, t, "ADD " + sb.checkConstraint(c)))));
                    }
                }
            }
            for (Table t : sb.order().tables()) {
                boolean isNew = a1.table(t.name()).isEmpty();
                Set<Integer> matched = isNew ? Set.of() : new HashSet<>(matchIndexes(t).values());
                List<Index> planned = sb.indexes(t);
                for (int j = 0; j < planned.size(); j++) {
                    if (!matched.contains(j)) {
                        Index ix = planned.get(j);
                        String sql = sb.createIndex(t, ix);
                        List<String> statements = new ArrayList<>();
                        if (!isNew) {
                            statements.add("-- on a large live table, run instead (outside a transaction): "
                                    + sql.replaceFirst("^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX CONCURRENTLY "));
                        }
                        statements.add(sql);
                        steps.add(Step.of("index " + ix.name() + " on " + t.name() + why.because(ix.sources(), ix.reason()), ix.unique() ? Risk.DATA : Risk.NONE,
                                statements));
                    }
                }
            }
            for (Table t : sb.order().tables()) {
                Optional<Table> old = a1.table(t.name());
                for (ForeignKey fk : t.foreignKeys()) {
                    boolean needed;
                    if (old.isEmpty()) {
                        needed = !inlineWhenCreated(t, fk);
                    } else {
                        needed = old.get().foreignKeys().stream().noneMatch(x -> x.name().equals(fk.name()) && kept(t, x) || fk.equals(renamedTo(t, x)));
                    }
                    if (needed) {
                        steps.add(Step.of("foreign key " + fk.name() + " on " + t.name() + why.because(fk.sources(), fk.rationale()), Risk.DATA,
                                List.of(alter(sb, t, "ADD " + sb.foreignKeyConstraint(fk)))));
                    }
                }
            }
            return steps.isEmpty() ? null : new Section("Keys, constraints, indexes and foreign keys", steps);
        }

        /** Whether {@link #creates} wrote this FK of a new table inline (same walk over the creation order). */
        private boolean inlineWhenCreated(Table t, ForeignKey fk) {
            Set<String> created = new HashSet<>();
            for (Table x : sb.order().tables()) {
                if (x.name().equals(t.name())) {
                    return inline(t, fk, created);
                }
                if (a1.table(x.name()).isEmpty()) {
                    created.add(x.name());
                }
            }
            throw new IllegalStateException("unsupported table " + t.name() + " missing from the creation order");
        }

        // ------------------------------------------------------------ comments and updated_at triggers

        private Section commentsAndTriggers() {
            List<Step> steps = new ArrayList<>();
            for (Table t : surviving) {
                Table old = old(t);
                String before = sa1.tableComment(old);
                String after = sb.tableComment(t);
                if (!Objects.equals(before, after)) {
                    steps.add(Step.of("", after != null ? after : "COMMENT ON TABLE " + sb.quote(t.name()) + " IS NULL;"));
                }
                for (Column c : t.columns()) {
                    String cb = old.column(c.name()).map(x -> sa1.columnComment(old, x)).orElse(null);
                    String ca = sb.columnComment(t, c);
                    if (!Objects.equals(cb, ca)) {
                        steps.add(Step.of("", ca != null ? ca : "COMMENT ON COLUMN " + sb.quote(t.name()) + "." + sb.quote(c.name()) + " IS NULL;"));
                    }
                }
            }
            if (!sb.stampedTables().isEmpty() && sa.stampedTables().isEmpty()) {
                steps.add(Step.of("updated_at is maintained by the database, whichever client writes the row", PostgresStatements.SET_UPDATED_AT_FUNCTION));
            }
            for (Table t : sb.stampedTables()) {
                Optional<Table> old = a1.table(t.name());
                if (old.isEmpty() || !old.get().hasColumn(PostgresStatements.UPDATED_AT)) {
                    steps.add(Step.of("", sb.createUpdatedAtTrigger(t)));
                }
            }
            return steps.isEmpty() ? null : new Section("Comments (descriptions and requirement ids) and updated_at triggers", steps);
        }

        // ------------------------------------------------------------ row-level security

        private Section rowLevelSecurity() {
            List<Step> steps = new ArrayList<>();
            boolean helpersBefore = !sa.accessFunctions().isEmpty();
            boolean helpersAfter = !sb.accessFunctions().isEmpty();
            if (helpersAfter && !helpersBefore) {
                steps.add(Step.of("the schema of the policies' lookup functions (not public: PostgREST would expose them)",
                        Risk.NONE, sb.createHelperSchema()));
            } else if (helpersAfter) {
                for (String role : sb.policyRoles()) {
                    if (!sa.policyRoles().contains(role)) {
                        steps.add(Step.of("", sb.grantHelperSchema(role)));
                    }
                }
                for (String role : sa.policyRoles()) {
                    if (!sb.policyRoles().contains(role)) {
                        steps.add(Step.of("", "REVOKE USAGE ON SCHEMA " + sb.quote(PostgresRenderer.HELPER_SCHEMA) + " FROM " + sb.roleName(role) + ";"));
                    }
                }
            }
            for (AccessFunction f : sb.accessFunctions()) {
                if (!keptFunctions.contains(f.name())) {
                    steps.add(Step.of("lookup function the policies call", f.statement()));
                }
            }
            for (Table t : sb.order().tables()) {
                Optional<Table> old = a1.table(t.name());
                boolean wasSecured = old.isPresent() && old.get().rlsEnabled();
                if (t.rlsEnabled() && !wasSecured) {
                    steps.add(Step.of("table " + t.name() + ": rows are reached only through its policies", sb.enableRowLevelSecurity(t)));
                } else if (!t.rlsEnabled() && wasSecured) {
                    steps.add(Step.of("table " + t.name() + ": row-level security off (every role with a grant reaches every row)",
                            "ALTER TABLE " + sb.quote(t.name()) + " DISABLE ROW LEVEL SECURITY;"));
                }
                Set<Integer> kept = old.isPresent() ? keptPolicies(t) : Set.of();
                Set<String> keptNames = new HashSet<>();
                if (old.isPresent()) {
                    List<NamedPolicy> before = policies(sa, original(t));
                    kept.forEach(i -> keptNames.add(before.get(i).name()));
                }
                for (NamedPolicy p : policies(sb, t)) {
                    if (!keptNames.contains(p.name())) {
                        steps.add(Step.of("policy " + p.name() + " on " + t.name() + why.because(p.policy().sources(), p.policy().description()), p.statement()));
                    }
                }
                List<String> grantedBefore = old.isPresent() && old.get().rlsEnabled() ? sa1.grantedRoles(old.get()) : List.of();
                List<String> granted = t.rlsEnabled() ? sb.grantedRoles(t) : List.of();
                for (String role : granted) {
                    if (!grantedBefore.contains(role)) {
                        steps.add(Step.of("", sb.grant(t, role)));
                    }
                }
                for (String role : grantedBefore) {
                    if (!granted.contains(role)) {
                        steps.add(Step.of("", "REVOKE SELECT, INSERT, UPDATE, DELETE ON " + sb.quote(t.name()) + " FROM " + sb.roleName(role) + ";"));
                    }
                }
            }
            return steps.isEmpty() ? null : new Section("Row-level security", steps);
        }

        // ------------------------------------------------------------ what goes last

        private Section finalDrops() {
            List<Step> steps = new ArrayList<>();
            if (sb.stampedTables().isEmpty() && !sa.stampedTables().isEmpty()) {
                steps.add(Step.of("no table keeps updated_at any more", "DROP FUNCTION set_updated_at();"));
            }
            if (sb.accessFunctions().isEmpty() && !sa.accessFunctions().isEmpty()) {
                steps.add(Step.of("no policy calls a lookup function any more (RESTRICT: fails if you keep objects of your own there)",
                        "DROP SCHEMA " + sa.quote(PostgresRenderer.HELPER_SCHEMA) + ";"));
            }
            for (String e : rebuiltEnums) {
                steps.add(Step.of("the enum " + e + " was rebuilt", "DROP TYPE " + sb.quote(PhysicalName.of(unquote(sb.enumType(e)) + "_sw_old")) + ";"));
            }
            for (Change c : diff.changes()) {
                if (c instanceof Change.DropEnum d && parkedEnums.containsKey(d.from().name())) {
                    steps.add(Step.of(why.why(c), "DROP TYPE " + parkedEnums.get(d.from().name()) + ";"));
                }
            }
            return steps.isEmpty() ? null : new Section("Types nothing uses any more", steps);
        }

        // ------------------------------------------------------------ refused

        private Step refusedStep(Change c) {
            String statement;
            if (c instanceof Change.DropTable d) {
                statement = "DROP TABLE " + sa.quote(d.from().name()) + ";";
            } else if (c instanceof Change.DropColumn d) {
                statement = "ALTER TABLE " + sb.quote(d.table()) + " DROP COLUMN " + sb.quote(d.from().name()) + ";";
            } else if (c instanceof Change.ModifyColumn m) {
                PostgresStatements to = PostgresStatements.of(diff.to());
                statement = "ALTER TABLE " + sb.quote(m.table()) + " ALTER COLUMN " + sb.quote(m.to().name()) + " TYPE " + to.type(m.to().type()) + " USING "
                        + cast(sb.quote(m.to().name()), m.from().type(), m.to().type(), to.type(m.to().type())) + ";";
            } else if (c instanceof Change.ModifyEnum m) {
                statement = "-- rebuild " + m.to().name() + " without " + String.join(", ", m.removed()) + ": "
                        + PostgresStatements.of(diff.to()).createEnum(m.to());
            } else {
                throw new IllegalStateException("unsupported refused change " + c);
            }
            return new Step(why.why(c), List.of(statement), Risk.DESTRUCTIVE, true);
        }
    }

    /** Whether {@code part} appears in {@code whole} in the same order (new values only added, none removed or moved). */
    static boolean subsequence(List<String> part, List<String> whole) {
        int i = 0;
        for (String v : whole) {
            if (i < part.size() && part.get(i).equals(v)) {
                i++;
            }
        }
        return i == part.size();
    }
}
