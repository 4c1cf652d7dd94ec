package dev.schemawright.modeling.normalize;

import dev.schemawright.contracts.model.Cardinality;
import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.lang.Identifiers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Small model edits the normalization passes share: dropping columns with what depends on them, links, statement lookups. */
final class ModelEdits {
    /** Wording that says a list or copy is kept in one column on purpose: then it is not normalized away. */
    private static final Pattern ON_PURPOSE = Pattern.compile("\\b(?:(?:stored|kept|saved|held) (?:as|in) (?:an? )?(?:json|jsonb|array|text array|postgres(?:ql)? array)"
            + "|denormali[sz]\\w*|on purpose|intentionally|deliberately|for simplicity|cach(?:e|ed|ing)|snapshot|at the time of"
            + "|instead of (?:a )?(?:separate|join|child) table|no (?:separate|join|child) table)\\b");

    private ModelEdits() {
    }

    /** The table without these columns, and without the constraints, keys and indexes that use them. */
    static Table withoutColumns(Table t, Collection<String> names) {
        Set<String> drop = Set.copyOf(names);
        return t.withColumns(t.columns().stream().filter(c -> !drop.contains(c.name())).toList())
                .withPrimaryKey(t.primaryKey().stream().anyMatch(drop::contains) ? List.of() : t.primaryKey())
                .withForeignKeys(t.foreignKeys().stream().filter(f -> f.columns().stream().noneMatch(drop::contains)).toList())
                .withUniques(t.uniques().stream().filter(u -> u.columns().stream().noneMatch(drop::contains)).toList())
                .withChecks(t.checks().stream().filter(c -> c.columns().stream().noneMatch(drop::contains)).toList())
                .withIndexes(t.indexes().stream().filter(i -> i.columnNames().stream().noneMatch(drop::contains)).toList());
    }

    /** The checks on {@code column}, moved to {@code table} and renamed to {@code renamed} there. */
    static List<CheckConstraint> checksMoved(Table from, String column, String table, String renamed) {
        List<CheckConstraint> out = new ArrayList<>();
        for (CheckConstraint c : from.checks()) {
            if (c.columns().equals(List.of(column))) {
                String suffix = c.name().substring(c.name().lastIndexOf('_') + 1);
                out.add(new CheckConstraint(Identifiers.derived(table + "_" + renamed, suffix), c.kind(), List.of(renamed),
                        c.args(), c.sources()));
            }
        }
        return out;
    }

    static SchemaModel replace(SchemaModel m, Table updated) {
        return m.withTables(m.tables().stream().map(t -> t.name().equals(updated.name()) ? updated : t).toList());
    }

    static SchemaModel withTable(SchemaModel m, Table added) {
        List<Table> tables = new ArrayList<>(m.tables());
        tables.add(added);
        return m.withTables(tables);
    }

    static SchemaModel withRelationship(SchemaModel m, Relationship r) {
        List<Relationship> rels = new ArrayList<>(m.relationships());
        rels.add(r);
        return m.withRelationships(rels);
    }

    /** Are the two tables linked already, in either direction, by a relationship or a foreign key? */
    static boolean linked(SchemaModel m, String a, String b) {
        if (m.relationships().stream().anyMatch(r -> r.from().equals(a) && r.to().equals(b) || r.from().equals(b) && r.to().equals(a))) {
            return true;
        }
        return references(m, a, b) || references(m, b, a);
    }

    static boolean references(SchemaModel m, String from, String to) {
        return m.table(from).map(t -> t.foreignKeys().stream().anyMatch(f -> !f.external() && f.refTable().equals(to))).orElse(false);
    }

    /** The tables a table belongs to: parents of its one-to-many relationships and targets of its own foreign keys. */
    static List<String> parents(SchemaModel m, String table) {
        List<String> out = new ArrayList<>();
        for (Relationship r : m.relationships()) {
            if (r.cardinality() != Cardinality.MANY_TO_MANY && r.to().equals(table) && !out.contains(r.from())) {
                out.add(r.from());
            }
        }
        m.table(table).ifPresent(t -> t.foreignKeys().stream().filter(f -> !f.external() && !out.contains(f.refTable())).forEach(f -> out.add(f.refTable())));
        return out;
    }

    /** One in-scope statement's id and lower-case text. */
    record Sentence(String id, String text, Set<String> words) {
        /** Does the sentence contain the phrase? Its words are looked up first, so most sentences are ruled out without a scan. */
        boolean mentions(String phrase) {
            for (String w : phrase.split(" ")) {
                if (!words.contains(w)) {
                    return false;
                }
            }
            return text.contains(phrase);
        }
    }

    /** The in-scope statements in lower case with their words, computed once per run for every pass that looks for cues. */
    static List<Sentence> sentences(DesignContext ctx) {
        return ctx.remember("normalize.sentences", () -> ctx.intake().statements().stream()
                .map(s -> {
                    String text = s.text().toLowerCase(Locale.ROOT);
                    return new Sentence(s.id(), text, Set.of(Arrays.stream(text.split("[^a-z0-9]+")).distinct().toArray(String[]::new)));
                }).toList());
    }

    /**
     * Is {@code table} below {@code ancestor} through one or more containment links? Reachability, not a direct link, so
     * the answer holds after the transitive-link pass drops a shortcut.
     */
    static boolean descends(SchemaModel m, String ancestor, String table) {
        return ancestors(m, table).contains(ancestor);
    }

    /**
     * A link that only points at its parent: a "references" link whose child already holds a key to the parent that
     * does not cascade (RESTRICT, SET NULL). It says which row is meant, not who the row belongs to.
     */
    static boolean isReference(SchemaModel m, Relationship r) {
        return r.label().equals("references") && m.table(r.to()).map(t -> t.foreignKeys().stream()
                .anyMatch(f -> !f.external() && f.refTable().equals(r.from()) && f.onDelete() != FkAction.CASCADE)).orElse(false);
    }

    /** Every table above this one through one-to-many links and its own foreign keys, nearest first. */
    static List<String> ancestors(SchemaModel m, String table) {
        return above(m, table, false);
    }

    /** The tables this one belongs to, directly or not: containment links and CASCADE keys, never a mere reference. */
    static List<String> owners(SchemaModel m, String table) {
        return above(m, table, true);
    }

    private static List<String> above(SchemaModel m, String table, boolean ownershipOnly) {
        List<String> out = new ArrayList<>();
        List<String> frontier = new ArrayList<>(List.of(table));
        while (!frontier.isEmpty()) {
            String node = frontier.remove(0);
            for (String parent : ownershipOnly ? ownerParents(m, node) : parents(m, node)) {
                if (!out.contains(parent) && !parent.equals(table)) {
                    out.add(parent);
                    frontier.add(parent);
                }
            }
        }
        return out;
    }

    /** Direct owners: parents of links that are not mere references, and targets of the table's CASCADE keys. */
    private static List<String> ownerParents(SchemaModel m, String table) {
        List<String> out = new ArrayList<>();
        for (Relationship r : m.relationships()) {
            if (r.cardinality() != Cardinality.MANY_TO_MANY && r.to().equals(table) && !isReference(m, r) && !out.contains(r.from())) {
                out.add(r.from());
            }
        }
        m.table(table).ifPresent(t -> t.foreignKeys().stream().filter(f -> !f.external() && f.onDelete() == FkAction.CASCADE
                && !out.contains(f.refTable())).forEach(f -> out.add(f.refTable())));
        return out;
    }

    /** Lower-case text of the in-scope statements with these requirement ids, in document order. */
    static List<String> texts(DesignContext ctx, Collection<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        return sentences(ctx).stream().filter(s -> wanted.contains(s.id())).map(Sentence::text).toList();
    }

    /** Do the statements behind these columns say the value is kept this way on purpose (an array, JSON, a cache, a snapshot)? */
    static boolean keptOnPurpose(DesignContext ctx, List<Column> columns) {
        List<String> ids = columns.stream().flatMap(c -> c.sources().stream()).toList();
        return texts(ctx, ids).stream().anyMatch(t -> ON_PURPOSE.matcher(t).find());
    }
}
