package dev.schemawright.modeling.normalize;

import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.domain.Readings;
import dev.schemawright.modeling.domain.Sketch;
import dev.schemawright.modeling.lang.Identifiers;
import dev.schemawright.modeling.lang.Inflection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two tables that name the same thing become one, with columns, foreign keys, relationships and sources united. Same
 * thing means: the documents say so ("X (also called Y)", "X, aka Y", "Y, i.e. X", "X — also known as Y", "Y (X)",
 * "X/Y" used as a name), or the names differ only by inflection or a generic head noun ({@code book_info} /
 * {@code book}), or by the owner's name as a prefix when both hold that owner's things ({@code recipe_step} /
 * {@code step}, neither belonging to anything else, neither pointing at the other). Synonyms come only from the text.
 * The table a plan names survives; otherwise the richer one (synonyms), the one without a generic head (book over
 * book_info), the one that names its owner (recipe_step over step), then the first.
 */
public final class DuplicateEntityPass implements DesignPass {
    /** Words that introduce a second name. Not "or": "a photo (or video)" offers an alternative, not a synonym. */
    private static final String ALIAS = "(?:also called|also known as|otherwise known as|sometimes called|aka|a\\.k\\.a\\.?|i\\.e\\.,?|called|known as)";

    /** Why two tables are one, in words for the trail. */
    record Sameness(String kept, String merged, String evidence, String source) {
    }

    /** Where the documents give two names for one thing: the requirement and the words. */
    record Said(String source, String phrase) {
    }

    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        Sketch sketch = Readings.sketch(ctx);
        Map<String, Said> synonyms = synonyms(ctx, m.tables().stream().filter(t -> t.kind() == TableKind.ENTITY).toList());
        // one merge at a time, then look again: a merge can make the next pair (chains like step / steps_entry / recipe_step)
        for (int guard = 0; guard < 50; guard++) {
            Sameness s = firstPair(m, sketch, synonyms);
            if (s == null) {
                return m;
            }
            m = merge(m, s);
        }
        return m;
    }

    private static Sameness firstPair(SchemaModel m, Sketch sketch, Map<String, Said> synonyms) {
        List<Table> entities = m.tables().stream().filter(t -> t.kind() == TableKind.ENTITY).toList();
        for (int i = 0; i < entities.size(); i++) {
            for (int j = i + 1; j < entities.size(); j++) {
                Table a = entities.get(i);
                Table b = entities.get(j);
                Said said = synonyms.get(a.name() + " " + b.name());
                String evidence;
                String source = null;
                // which name to keep when the plan does not decide: the richer table, the name without a generic head,
                // the name that says whose things they are
                int prefer;
                if (said != null) {
                    source = said.source();
                    evidence = "the documents call them the same: \"" + said.phrase() + "\"";
                    prefer = Integer.compare(a.columns().size(), b.columns().size());
                } else if (SameThing.same(a.name(), b.name())) {
                    evidence = "the names differ only in form (" + a.name() + " / " + b.name() + ")";
                    prefer = Integer.compare(b.name().length(), a.name().length());
                } else {
                    evidence = ownersThings(m, a.name(), b.name());
                    if (evidence == null) {
                        continue;
                    }
                    prefer = Integer.compare(a.name().length(), b.name().length());
                }
                boolean planA = sketch.entities.containsKey(a.name());
                boolean keepA = planA != sketch.entities.containsKey(b.name()) ? planA : prefer >= 0;
                return new Sameness(keepA ? a.name() : b.name(), keepA ? b.name() : a.name(), evidence, source);
            }
        }
        return null;
    }

    /**
     * The table this pass would merge a new table {@code name} into (same form, called the same in the text, or the
     * owner-prefixed name of the same thing), so a pass that adds a table reuses that one instead of making a twin.
     */
    static Optional<Table> twin(DesignContext ctx, SchemaModel m, String name) {
        List<Table> entities = m.tables().stream().filter(t -> t.kind() == TableKind.ENTITY).toList();
        Optional<Table> same = entities.stream().filter(t -> SameThing.same(t.name(), name)).findFirst();
        if (same.isPresent()) {
            return same;
        }
        List<Table> with = new ArrayList<>(entities);
        with.add(Table.of(name, TableKind.ENTITY, List.of(), List.of()));
        SchemaModel hypothetical = m.withTables(with);
        Map<String, Said> said = synonyms(ctx, with);
        return entities.stream().filter(t -> said.containsKey(name + " " + t.name()) || ownersThings(hypothetical, name, t.name()) != null).findFirst();
    }

    /** recipe_step and step both hold steps of recipes: one is the other with its owner's name in front. */
    private static String ownersThings(SchemaModel m, String a, String b) {
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer.equals(a) ? b : a;
        if (!longer.endsWith("_" + shorter)) {
            return null;
        }
        String owner = longer.substring(0, longer.length() - shorter.length() - 1);
        if (m.table(owner).isEmpty() || ModelEdits.descends(m, a, b) || ModelEdits.descends(m, b, a)) {
            return null;
        }
        // ownership reached through any path, not direct links, so the verdict survives the transitive-link pass dropping
        // shortcuts and later passes adding references: at least one belongs to the owner, neither to anything outside its line
        Set<String> above = new LinkedHashSet<>(ModelEdits.owners(m, longer));
        above.addAll(ModelEdits.owners(m, shorter));
        boolean underOwner = above.contains(owner);
        boolean onlyOwnersLine = above.stream().allMatch(p -> p.equals(owner) || ModelEdits.owners(m, owner).contains(p) || ModelEdits.owners(m, p).contains(owner));
        if (!underOwner || !onlyOwnersLine) {
            return null;
        }
        return "both hold " + NormalizationTrail.words(Inflection.plural(shorter)) + " of " + NormalizationTrail.words(Inflection.plural(owner));
    }

    /** Pairs of tables the text calls the same, keyed "a b" and "b a". */
    static Map<String, Said> synonyms(DesignContext ctx, List<Table> entities) {
        Map<String, Said> out = new LinkedHashMap<>();
        if (entities.size() < 2) {
            return out;
        }
        Map<String, String> formToTable = new LinkedHashMap<>();
        entities.stream().map(Table::name).sorted((x, y) -> y.length() - x.length()).forEach(n -> {
            formToTable.putIfAbsent(NormalizationTrail.words(Inflection.plural(n)), n);
            formToTable.putIfAbsent(NormalizationTrail.words(n), n);
        });
        String e = "(" + String.join("|", formToTable.keySet().stream().map(Pattern::quote).toList()) + ")";
        List<Pattern> patterns = List.of(
                Pattern.compile("\\b" + e + "\\s*\\(\\s*(?:" + ALIAS + "\\s+)?(?:an?\\s+|the\\s+)?" + e + "\\s*\\)"),
                Pattern.compile("\\b" + e + ",?\\s+(?:also called|also known as|otherwise known as|sometimes called|aka|a\\.k\\.a\\.?)\\s+(?:an?\\s+|the\\s+)?" + e + "\\b"),
                Pattern.compile("\\b" + e + "\\s*[—–-]+\\s*(?:also called|also known as|aka|a\\.k\\.a\\.?)\\s+(?:an?\\s+|the\\s+)?" + e + "\\b"),
                Pattern.compile("\\b" + e + ",?\\s+i\\.e\\.,?\\s+(?:an?\\s+|the\\s+)?" + e + "\\b"),
                // "X/Y" only where it is the name of something: a heading, or the term a definition starts with ("Decks/Collections: ...")
                Pattern.compile("^[\\s#*_>\\-\\d.)]*" + e + "\\s*/\\s*" + e + "[\\s*_]*(?:$|:|\\s[-–—]\\s|\\()"));
        for (ModelEdits.Sentence s : ModelEdits.sentences(ctx)) {
            String text = s.text();
            if (!mayNameTwice(text) || formToTable.entrySet().stream().filter(f -> s.mentions(f.getKey())).map(Map.Entry::getValue).distinct().count() < 2) {
                continue;
            }
            for (Pattern p : patterns) {
                Matcher matcher = p.matcher(text);
                while (matcher.find()) {
                    String a = formToTable.get(matcher.group(1));
                    String b = formToTable.get(matcher.group(2));
                    if (a != null && b != null && !a.equals(b)) {
                        Said value = new Said(s.id(), matcher.group());
                        out.putIfAbsent(a + " " + b, value);
                        out.putIfAbsent(b + " " + a, value);
                    }
                }
            }
        }
        return out;
    }

    /** Cheap test before the patterns: every way of giving a second name needs one of these. */
    private static boolean mayNameTwice(String text) {
        return text.indexOf('(') >= 0 || text.indexOf('/') >= 0 || text.contains("also ") || text.contains("aka") || text.contains("a.k.a")
                || text.contains("i.e") || text.contains("known as");
    }

    /** The merged table takes the other's columns, keys, constraints and sources; every reference follows it. */
    static SchemaModel merge(SchemaModel m, Sameness s) {
        Table kept = m.table(s.kept()).orElseThrow();
        Table gone = m.table(s.merged()).orElseThrow();
        String goneKey = gone.name() + "_id";
        String keptKey = kept.name() + "_id";
        List<Column> cols = new ArrayList<>(kept.columns());
        for (Column c : gone.columns()) {
            if (!kept.hasColumn(c.name()) && !c.name().equals(keptKey) && !c.name().equals(goneKey)) {
                cols.add(c);
            }
        }
        cols.removeIf(c -> c.name().equals(goneKey)); // would point at itself now
        List<ForeignKey> fks = new ArrayList<>();
        for (ForeignKey f : concat(kept.foreignKeys(), gone.foreignKeys())) {
            boolean self = !f.external() && (f.refTable().equals(kept.name()) || f.refTable().equals(gone.name()));
            boolean columnsKept = cols.stream().map(Column::name).toList().containsAll(f.columns());
            if (!self && columnsKept && fks.stream().noneMatch(x -> x.columns().equals(f.columns()))) {
                fks.add(f.withName(renamed(f.name(), gone.name(), kept.name())));
            }
        }
        List<String> names = cols.stream().map(Column::name).toList();
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (UniqueConstraint u : concat(kept.uniques(), gone.uniques())) {
            if (names.containsAll(u.columns()) && uniques.stream().noneMatch(x -> x.columns().equals(u.columns()))) {
                uniques.add(new UniqueConstraint(renamed(u.name(), gone.name(), kept.name()), u.columns(), u.sources()));
            }
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckConstraint c : concat(kept.checks(), gone.checks())) {
            if (names.containsAll(c.columns()) && checks.stream().noneMatch(x -> x.columns().equals(c.columns()) && x.kind() == c.kind())) {
                checks.add(new CheckConstraint(renamed(c.name(), gone.name(), kept.name()), c.kind(), c.columns(), c.args(), c.sources()));
            }
        }
        Set<String> sources = new LinkedHashSet<>(kept.sources());
        sources.addAll(gone.sources());
        Table merged = kept.withColumns(cols).withForeignKeys(fks).withUniques(uniques).withChecks(checks).withSources(List.copyOf(sources))
                .withDescription(kept.description().isBlank() ? gone.description() : kept.description());

        List<Table> tables = new ArrayList<>();
        for (Table t : m.tables()) {
            if (t.name().equals(gone.name())) {
                continue;
            }
            tables.add(t.name().equals(kept.name()) ? merged : pointedAtKept(t, gone.name(), kept.name()));
        }
        // links that become one link between the same tables: an answered one (a clarification chose its cardinality) wins
        java.util.Set<String> answers = new java.util.HashSet<>();
        m.openQuestions().forEach(q -> answers.addAll(q.answeredBy()));
        List<Relationship> rels = new ArrayList<>();
        for (Relationship r : m.relationships()) {
            String from = r.from().equals(gone.name()) ? kept.name() : r.from();
            String to = r.to().equals(gone.name()) ? kept.name() : r.to();
            int repeat = -1;
            for (int i = 0; i < rels.size(); i++) {
                Relationship x = rels.get(i);
                if (x.from().equals(from) && x.to().equals(to) || x.from().equals(to) && x.to().equals(from)) {
                    repeat = i;
                }
            }
            Relationship moved = new Relationship(from, to, r.cardinality(), r.via(), r.optional(), r.label(), r.sources());
            if (from.equals(to)) {
                continue;
            }
            if (repeat < 0) {
                rels.add(moved);
            } else if (r.sources().stream().anyMatch(answers::contains) && rels.get(repeat).sources().stream().noneMatch(answers::contains)) {
                rels.set(repeat, moved);
            }
        }
        SchemaModel out = m.withTables(tables).withRelationships(rels);
        List<String> trail = new ArrayList<>();
        if (s.source() != null) {
            trail.add(s.source());
        }
        trail.addAll(gone.sources());
        String keptTable = NormalizationTrail.table(kept.name());
        String goneTable = NormalizationTrail.table(gone.name());
        return NormalizationTrail.record(out, "duplicate", goneTable + "-" + keptTable, NormalizationTrail.words(Inflection.plural(gone.name())) + " and "
                        + NormalizationTrail.words(Inflection.plural(kept.name())),
                "One table " + keptTable + ": " + goneTable + " merged into it (columns, links and sources united)",
                "Two tables " + keptTable + " and " + goneTable + " for one thing: rows split between them and facts that disagree",
                NormalizationTrail.capitalized(s.evidence()), trail);
    }

    /** Another table's references to the merged table now point at the kept one (gone_id becomes kept_id when free). */
    private static Table pointedAtKept(Table t, String gone, String kept) {
        if (t.foreignKeys().stream().noneMatch(f -> !f.external() && f.refTable().equals(gone))) {
            return t;
        }
        boolean alreadyKept = t.foreignKeys().stream().anyMatch(f -> !f.external() && f.refTable().equals(kept));
        Table out = t;
        for (ForeignKey f : t.foreignKeys()) {
            if (f.external() || !f.refTable().equals(gone)) {
                continue;
            }
            if (alreadyKept) {
                out = ModelEdits.withoutColumns(out, f.columns());
                continue;
            }
            String column = f.columns().get(0);
            String renamedColumn = column.equals(gone + "_id") && !t.hasColumn(kept + "_id") ? Identifiers.truncate(kept + "_id", Identifiers.MAX_BYTES) : column;
            ForeignKey moved = f.withRefTable(kept);
            if (!renamedColumn.equals(column)) {
                out = renameColumn(out, column, renamedColumn);
                moved = moved.withColumns(List.of(renamedColumn)).withName(Identifiers.derived(t.name() + "_" + renamedColumn, "fkey"));
            }
            ForeignKey old = f;
            ForeignKey replacement = moved;
            out = out.withForeignKeys(out.foreignKeys().stream().map(x -> x.name().equals(old.name()) ? replacement : x).toList());
        }
        return out;
    }

    private static Table renameColumn(Table t, String from, String to) {
        UnaryOperator<List<String>> swap = cs -> cs.stream().map(c -> c.equals(from) ? to : c).toList();
        return t.withColumns(t.columns().stream().map(c -> c.name().equals(from) ? c.withName(to) : c).toList())
                .withPrimaryKey(swap.apply(t.primaryKey()))
                .withUniques(t.uniques().stream().map(u -> new UniqueConstraint(u.name(), swap.apply(u.columns()), u.sources())).toList())
                .withChecks(t.checks().stream().map(c -> new CheckConstraint(c.name(), c.kind(), swap.apply(c.columns()), c.args(), c.sources())).toList());
    }

    /** Constraint names carry their table's name: events_status_check -> draws_status_check. */
    private static String renamed(String name, String gone, String kept) {
        return name.startsWith(gone + "_") ? Identifiers.derived(kept + name.substring(gone.length(), name.lastIndexOf('_')),
                name.substring(name.lastIndexOf('_') + 1)) : name;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
