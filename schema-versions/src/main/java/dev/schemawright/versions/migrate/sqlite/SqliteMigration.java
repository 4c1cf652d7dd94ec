package dev.schemawright.versions.migrate.sqlite;

import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.render.naming.PhysicalName;
import dev.schemawright.render.sql.CheckExpressions;
import dev.schemawright.render.sql.ExternalTables;
import dev.schemawright.render.sql.IndexPlan;
import dev.schemawright.render.sql.KeyColumnsRequired;
import dev.schemawright.render.sql.SqlComments;
import dev.schemawright.render.sqlite.SqliteDialect;
import dev.schemawright.render.sqlite.SqliteRenderer;
import dev.schemawright.versions.diff.Change;
import dev.schemawright.versions.diff.Change.Risk;
import dev.schemawright.versions.diff.Renames;
import dev.schemawright.versions.diff.SchemaDiff;
import dev.schemawright.versions.migrate.Placeholder;
import dev.schemawright.versions.migrate.Provenance;
import dev.schemawright.versions.migrate.Section;
import dev.schemawright.versions.migrate.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * migration.sqlite.sql: takes a database built by the old schema.sqlite.sql to what the new one builds. SQLite alters
 * little in place — it renames tables and columns and appends plain columns — so every other change to a table goes
 * through SQLite's own table-rebuild procedure (https://sqlite.org/lang_altertable.html#otheralter): with foreign keys
 * off, create the new shape beside the old table, copy the rows, drop the old table, rename the new one, recreate its
 * indexes and triggers, check the foreign keys, commit. Every table, index and trigger has the text the new
 * schema.sqlite.sql gives it.
 */
public final class SqliteMigration {
    private static final String PLACEHOLDER_NAME = "sw_definition";

    public String render(SchemaDiff diff, SchemaModel target, List<Change> refused, Provenance why, boolean allowDestructive) {
        return new Plan(diff, KeyColumnsRequired.apply(target), why, allowDestructive).render(refused);
    }

    private static final class Plan {
        final SqliteDialect d = SqliteDialect.INSTANCE;
        final SqliteRenderer r = new SqliteRenderer();
        final SchemaDiff diff;
        final Renames renames;
        final SchemaModel a;
        final SchemaModel a1;
        final SchemaModel b;
        final ExternalTables ea;
        final ExternalTables ea1;
        final ExternalTables eb;
        final IndexPlan ia;
        final IndexPlan ia1;
        final IndexPlan ib;
        final Provenance why;
        final boolean allowDestructive;
        final List<Table> surviving = new ArrayList<>();
        final Set<String> rebuilt = new LinkedHashSet<>();                 // new names of tables rebuilt
        final Map<String, List<Column>> appended = new LinkedHashMap<>();  // new table name -> columns added in place

        Plan(SchemaDiff diff, SchemaModel target, Provenance why, boolean allowDestructive) {
            this.diff = diff;
            this.renames = diff.renames();
            this.a = diff.from();
            this.a1 = diff.renamed();
            this.b = target;
            this.ea = ExternalTables.of(a);
            this.ea1 = ExternalTables.of(a1);
            this.eb = ExternalTables.of(b);
            this.ia = IndexPlan.of(a);
            this.ia1 = IndexPlan.of(a1);
            this.ib = IndexPlan.of(b);
            this.why = why;
            this.allowDestructive = allowDestructive;
            for (Table t : b.tables()) {
                if (a1.table(t.name()).isPresent()) {
                    surviving.add(t);
                    planTable(t);
                }
            }
        }

        Table old(Table t) {
            return a1.table(t.name()).orElseThrow();
        }

        Table original(Table t) {
            return a.table(renames.tableFrom(t.name())).orElseThrow();
        }

        /** CREATE TABLE text without the comment line above it (SQLite keeps only the statement). */
        String createText(SchemaModel m, Table t, ExternalTables e, String name) {
            String sql = r.createTable(m, t, e, name);
            return sql.substring(sql.indexOf("CREATE TABLE"));
        }

        /** Unchanged, a few plain columns appended in place, or rebuilt. */
        private void planTable(Table t) {
            Table old = old(t);
            String before = createText(a1, old, ea1, t.name());
            String after = createText(b, t, eb, t.name());
            if (before.equals(after)) {
                return;
            }
            List<Column> added = t.columns().stream().filter(c -> !old.hasColumn(c.name())).toList();
            if (!added.isEmpty() && old.columns().stream().allMatch(c -> t.hasColumn(c.name())) && added.stream().allMatch(c -> appendable(t, c))) {
                Table without = withoutColumns(t, added);
                if (createText(b, without, eb, t.name()).equals(before)) {
                    appended.put(t.name(), added);
                    return;
                }
            }
            rebuilt.add(t.name());
        }

        /**
         * ADD COLUMN takes a column that is no key, no UNIQUE and no foreign key, whose default is a constant (not an
         * expression in parentheses) and, when NOT NULL, present; its CHECKs may be only its own.
         */
        private boolean appendable(Table t, Column c) {
            String def = r.defaultSql(c);
            boolean constantDefault = def == null || !def.startsWith("(");
            return !t.primaryKey().contains(c.name()) && t.uniques().stream().noneMatch(u -> u.columns().contains(c.name()))
                    && t.foreignKeys().stream().noneMatch(fk -> fk.columns().contains(c.name())) && constantDefault && (c.nullable() || def != null)
                    && t.checks().stream().noneMatch(ck -> ck.columns().contains(c.name()) && ck.columns().size() > 1);
        }

        private static Table withoutColumns(Table t, List<Column> gone) {
            Set<String> names = new HashSet<>();
            gone.forEach(c -> names.add(c.name()));
            return t.withColumns(t.columns().stream().filter(c -> !names.contains(c.name())).toList())
                    .withChecks(t.checks().stream().filter(ck -> ck.columns().stream().noneMatch(names::contains)).toList());
        }

        // ------------------------------------------------------------ the script

        String render(List<Change> refused) {
            List<Section> sections = new ArrayList<>();
            add(sections, drops());
            add(sections, renames());
            add(sections, creates());
            add(sections, rebuilds());
            add(sections, columns());
            add(sections, indexesAndTriggers());
            StringBuilder out = new StringBuilder(header(refused, sections.isEmpty()));
            if (!sections.isEmpty()) {
                out.append("PRAGMA foreign_keys = OFF;\nBEGIN;\n");
                sections.forEach(s -> out.append(s.text()));
                out.append("\n-- rows that break a foreign key after the rebuilds (the sqlite3 shell prints them: none is expected)\n")
                        .append("PRAGMA foreign_key_check;\nCOMMIT;\nPRAGMA foreign_keys = ON;\n");
            }
            if (!refused.isEmpty()) {
                out.append(new Section("Refused: destructive changes held back (the database keeps these elements)",
                        refused.stream().map(c -> new Step(why.why(c), List.of(), Risk.DESTRUCTIVE, true)).toList()).text());
            }
            return out.toString();
        }

        private static void add(List<Section> sections, Section s) {
            if (s != null) {
                sections.add(s);
            }
        }

        private String header(List<Change> refused, boolean empty) {
            SchemaModel to = diff.to();
            StringBuilder h = new StringBuilder();
            h.append("-- migration.sqlite.sql: ").append(SqlComments.line(to.title())).append(" (project ").append(SqlComments.line(to.projectId()))
                    .append("), rendered by Schemawright.\n")
                    .append("-- Takes a database built by the previous schema.sqlite.sql to what the new one builds.\n");
            if (empty) {
                return h.append("-- No schema changes.\n").toString();
            }
            h.append("-- Run it with: sqlite3 app.db < migration.sqlite.sql (one transaction; foreign keys are off while tables are rebuilt).\n");
            if (!rebuilt.isEmpty()) {
                h.append("-- Rebuilt (SQLite cannot alter them in place): ").append(SqlComments.line(String.join(", ", rebuilt))).append(".\n");
            }
            if (!refused.isEmpty()) {
                h.append("-- ").append(refused.size()).append(refused.size() == 1 ? " destructive change was refused; it is" : " destructive changes were refused; they are")
                        .append(" listed at the end.\n");
            }
            return h.toString();
        }

        // ------------------------------------------------------------ drops, under the old names

        private Section drops() {
            List<Step> steps = new ArrayList<>();
            for (Table t : a.tables()) {
                Optional<Table> now = b.table(renames.tableTo(t.name()));
                if (now.isEmpty() || !SqliteRenderer.stamped(t) || rebuilt.contains(now.get().name())) {
                    continue;
                }
                if (triggerChanges(t, now.get())) {
                    steps.add(Step.of("", "DROP TRIGGER " + r.updatedAtTriggerName(t) + ";"));
                }
            }
            for (Table t : surviving) {
                if (rebuilt.contains(t.name())) {
                    continue;  // its indexes go with the old table
                }
                List<Index> before = ia.indexes(original(t));
                Set<Integer> matched = matchIndexes(t).keySet();
                for (int i = 0; i < before.size(); i++) {
                    if (!matched.contains(i)) {
                        Index ix = before.get(i);
                        steps.add(Step.of("index " + ix.name() + " changes or goes" + why.because(ix.sources(), ix.reason()), "DROP INDEX " + d.quote(ix.name()) + ";"));
                    }
                }
            }
            for (Table t : a.tables()) {
                if (b.table(renames.tableTo(t.name())).isEmpty()) {
                    steps.add(Step.of("table " + t.name() + " goes" + why.because(t.sources(), t.description()), Risk.DESTRUCTIVE,
                            List.of("DROP TABLE " + d.quote(t.name()) + ";")));
                }
            }
            for (ExternalTables.LocalTable lt : ea.tables()) {
                if (standIn(eb, lt) == null && allowDestructive) {
                    steps.add(Step.of("the local stand-in for " + lt.schema() + "." + lt.table() + " is no longer referenced", Risk.DESTRUCTIVE,
                            List.of("DROP TABLE " + d.quote(lt.name()) + ";")));
                }
            }
            return steps.isEmpty() ? null : new Section("Drop what the new version no longer has or rebuilds (old names)", steps);
        }

        /** A trigger is recreated when its table is renamed or rebuilt, its key changes, or updated_at goes. */
        private boolean triggerChanges(Table orig, Table now) {
            if (!SqliteRenderer.stamped(now) || !orig.name().equals(now.name())) {
                return true;
            }
            Table old = old(now);
            return !r.createUpdatedAtTrigger(old).equals(r.createUpdatedAtTrigger(now)) || !orig.primaryKey().equals(old.primaryKey());
        }

        private static ExternalTables.LocalTable standIn(ExternalTables in, ExternalTables.LocalTable like) {
            return in.tables().stream().filter(x -> x.schema().equals(like.schema()) && x.table().equals(like.table())).findFirst().orElse(null);
        }

        /** Old planned index position -> new planned index position, for indexes with the same definition and name. */
        Map<Integer, Integer> matchIndexes(Table t) {
            Table old = old(t);
            List<Index> beforeNames = ia.indexes(original(t));
            List<Index> before = ia1.indexes(old);
            List<Index> after = ib.indexes(t);
            Map<Integer, Integer> out = new LinkedHashMap<>();
            Set<Integer> taken = new HashSet<>();
            for (int i = 0; i < before.size(); i++) {
                String def = r.createIndex(old, before.get(i).withName(PLACEHOLDER_NAME));
                for (int j = 0; j < after.size(); j++) {
                    // SQLite cannot rename an index: a new name is a new index
                    if (!taken.contains(j) && after.get(j).name().equals(beforeNames.get(i).name())
                            && r.createIndex(t, after.get(j).withName(PLACEHOLDER_NAME)).equals(def)) {
                        out.put(i, j);
                        taken.add(j);
                        break;
                    }
                }
            }
            return out;
        }

        // ------------------------------------------------------------ renames

        private Section renames() {
            List<Step> steps = new ArrayList<>();
            for (ExternalTables.LocalTable lt : ea.tables()) {
                ExternalTables.LocalTable now = standIn(eb, lt);
                if (now != null && !now.name().equals(lt.name())) {
                    steps.add(Step.of("the local stand-in for " + lt.schema() + "." + lt.table() + " is now called " + now.name(),
                            "ALTER TABLE " + d.quote(lt.name()) + " RENAME TO " + d.quote(now.name()) + ";"));
                }
            }
            for (Renames.TableRename tr : renames.tables()) {
                if (b.table(tr.to()).isPresent()) {
                    steps.add(Step.of("table " + tr.from() + " → " + tr.to() + ": proposed rename (" + tr.evidence() + "); review it",
                            "ALTER TABLE " + d.quote(tr.from()) + " RENAME TO " + d.quote(tr.to()) + ";"));
                }
            }
            for (Renames.ColumnRename cr : renames.columns()) {
                if (b.table(cr.table()).isPresent()) {
                    steps.add(Step.of("column " + cr.table() + "." + cr.from() + " → " + cr.to() + ": proposed rename (" + cr.evidence() + "); review it",
                            "ALTER TABLE " + d.quote(cr.table()) + " RENAME COLUMN " + d.quote(cr.from()) + " TO " + d.quote(cr.to()) + ";"));
                }
            }
            return steps.isEmpty() ? null : new Section("Renames", steps);
        }

        // ------------------------------------------------------------ new tables

        private Section creates() {
            List<Step> steps = new ArrayList<>();
            for (ExternalTables.LocalTable lt : eb.tables()) {
                if (standIn(ea, lt) == null) {
                    steps.add(Step.of("", r.createStandIn(lt)));
                }
            }
            for (Table t : b.tables()) {
                if (a1.table(t.name()).isEmpty()) {
                    steps.add(Step.of("table " + t.name() + why.because(t.sources(), t.description()), createText(b, t, eb, t.name())));
                }
            }
            return steps.isEmpty() ? null : new Section("New tables", steps);
        }

        // ------------------------------------------------------------ rebuilds

        private Section rebuilds() {
            List<Step> steps = new ArrayList<>();
            for (Table t : surviving) {
                if (!rebuilt.contains(t.name())) {
                    continue;
                }
                Table old = old(t);
                String temp = PhysicalName.of("sw_new_" + PhysicalName.of(t.name()));
                List<String> into = new ArrayList<>();
                List<String> from = new ArrayList<>();
                List<String> unfilled = new ArrayList<>();
                Risk risk = Risk.NONE;
                for (Column c : t.columns()) {
                    Optional<Column> before = old.column(c.name());
                    if (before.isPresent()) {
                        into.add(d.quote(c.name()));
                        from.add(d.quote(c.name()));
                        if (before.get().nullable() && !c.nullable()) {
                            risk = Risk.DATA;
                        }
                    } else if (!c.nullable() && r.defaultSql(c) == null) {
                        Optional<Placeholder> p = Placeholder.of(b, t, c);
                        if (p.isPresent()) {
                            into.add(d.quote(c.name()));
                            from.add(p.get().sqlite());
                        } else {
                            risk = Risk.DATA;  // a NOT NULL column no value fits: the copy fails on a non-empty table
                            unfilled.add(c.name());
                        }
                    }
                }
                List<String> statements = new ArrayList<>();
                statements.add(createText(b, t, eb, temp));
                statements.add("INSERT INTO " + d.quote(temp) + " (" + String.join(", ", into) + ")\n    SELECT " + String.join(", ", from) + " FROM "
                        + d.quote(t.name()) + ";");
                statements.add("DROP TABLE " + d.quote(t.name()) + ";");
                statements.add("ALTER TABLE " + d.quote(temp) + " RENAME TO " + d.quote(t.name()) + ";");
                String dropped = String.join(", ", old.columns().stream().map(Column::name).filter(c -> !t.hasColumn(c)).toList());
                if (!dropped.isEmpty()) {
                    risk = Risk.DESTRUCTIVE;
                }
                steps.add(Step.of("table " + t.name() + ": rebuilt with its new shape" + (dropped.isEmpty() ? "" : "; drops " + dropped)
                        + why.because(t.sources(), "") + (unfilled.isEmpty() ? "" : "\nNOT NULL with no value for the rows already there: "
                        + String.join(", ", unfilled) + " (the copy fails on a non-empty table: add their values to the SELECT)"), risk, statements));
            }
            return steps.isEmpty() ? null : new Section("Tables SQLite cannot alter in place: rebuilt, rows copied", steps);
        }

        // ------------------------------------------------------------ columns appended in place

        private Section columns() {
            List<Step> steps = new ArrayList<>();
            appended.forEach((table, cols) -> {
                Table t = b.table(table).orElseThrow();
                for (Column c : cols) {
                    StringBuilder def = new StringBuilder(r.columnDefinition(c, false));
                    for (CheckConstraint ck : t.checks()) {
                        if (ck.columns().equals(List.of(c.name()))) {
                            def.append(" CONSTRAINT ").append(d.quote(ck.name())).append(" CHECK (").append(CheckExpressions.of(ck, d)).append(')');
                        }
                    }
                    String typeCheck = r.typeCheck(b, c);
                    if (typeCheck != null) {
                        def.append(" CHECK (").append(typeCheck).append(')');
                    }
                    steps.add(Step.of("column " + t.name() + "." + c.name() + why.because(c.sources(), c.description()),
                            "ALTER TABLE " + d.quote(t.name()) + " ADD COLUMN " + def + ";"));
                }
            });
            return steps.isEmpty() ? null : new Section("Columns added in place", steps);
        }

        // ------------------------------------------------------------ indexes and triggers

        private Section indexesAndTriggers() {
            List<Step> steps = new ArrayList<>();
            for (Table t : b.tables()) {
                boolean fresh = a1.table(t.name()).isEmpty() || rebuilt.contains(t.name());
                Set<Integer> kept = fresh ? Set.of() : new HashSet<>(matchIndexes(t).values());
                List<Index> planned = ib.indexes(t);
                for (int j = 0; j < planned.size(); j++) {
                    if (!kept.contains(j)) {
                        Index ix = planned.get(j);
                        steps.add(Step.of("index " + ix.name() + " on " + t.name() + why.because(ix.sources(), ix.reason()), ix.unique() ? Risk.DATA : Risk.NONE,
                                List.of(r.createIndex(t, ix))));
                    }
                }
            }
            for (Table t : b.tables()) {
                if (!SqliteRenderer.stamped(t)) {
                    continue;
                }
                Optional<Table> old = a1.table(t.name());
                boolean had = old.isPresent() && SqliteRenderer.stamped(original(t));
                if (!had || rebuilt.contains(t.name()) || triggerChanges(original(t), t)) {
                    steps.add(Step.of("", r.createUpdatedAtTrigger(t)));
                }
            }
            return steps.isEmpty() ? null : new Section("Indexes and updated_at triggers", steps);
        }
    }
}
