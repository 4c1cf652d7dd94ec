package dev.schemawright.modeling.normalize;

import dev.schemawright.contracts.model.Cardinality;
import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.domain.Readings;
import dev.schemawright.modeling.domain.Sketch;
import dev.schemawright.modeling.lang.Identifiers;
import dev.schemawright.modeling.lang.Inflection;
import dev.schemawright.modeling.lang.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 1NF: a column that holds a list becomes a child table, one row per item, with a CASCADE foreign key to its owner.
 * Lists are array-typed columns, numbered repeating groups ({@code phone1..phone3}, {@code answer_1..answer_4},
 * {@code option_a..option_d}) and plural-noun text columns the documents treat as several things ("a list of
 * ingredients", "up to 5 photos", "reorder the steps"). The child gets a value column named for the thing and, when the
 * text says or implies order, a {@code position} unique per owner. When a table for the thing exists already the owner
 * links to it instead. Categorization lists (tags, labels) are many-to-many elsewhere; JSON stays JSON; a list the text
 * keeps in one column on purpose stays there.
 */
public final class MultiValuedAttributePass implements DesignPass {
    private static final Pattern NUMBERED = Pattern.compile("([a-z][a-z_]*?[a-z])_?(\\d{1,2})");
    private static final Pattern LETTERED = Pattern.compile("([a-z][a-z_]*[a-z])_([a-h])");
    /** Plurals that name one value (a text, a document, a set of options), not a list of things. */
    private static final Set<String> ONE_VALUE_PLURALS = Set.of("settings", "preferences", "details", "credentials", "contents", "terms",
            "conditions", "statistics", "stats", "analytics", "news", "series", "lyrics", "remarks", "thanks", "means", "goods", "species", "metadata", "data");
    private static final Pattern DECLARED_TYPE = Pattern.compile("\\b(?:text|varchar|character varying|string|char|json|jsonb|citext)\\b");
    /** Things that exist only in sequence. */
    private static final Set<String> SEQUENCE_WORDS = Set.of("step", "stage", "round", "phase");
    /** Numbered parts of one structured value (address_line1, address_line2), not a repeating group. */
    private static final Set<String> FIXED_PARTS = Set.of("line", "address");

    /** One list found on a table: the columns that hold it, the thing it lists, and why it is read as a list. */
    record ListColumn(List<Column> columns, String thing, boolean ordered, String evidence, String source) {
        String column() {
            return columns.get(0).name();
        }

        /** What the trail names: the column, or the numbered group's stem. */
        String subject() {
            return columns.size() > 1 ? thing : column();
        }
    }

    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        Sketch sketch = Readings.sketch(ctx);
        for (Table owner : m.tables()) {
            if (owner.kind() != TableKind.ENTITY) {
                continue;
            }
            for (ListColumn list : lists(ctx, m, owner)) {
                String childName = Identifiers.truncate(list.thing().startsWith(owner.name() + "_") ? list.thing() : owner.name() + "_" + list.thing(),
                        Identifiers.MAX_BYTES);
                // a list of the owner's own kind (steps on a step, recipe_step.steps) is a recursive structure, not a child list
                boolean ownKind = SameThing.same(lastWord(owner.name()), lastWord(list.thing()));
                if (Vocabulary.LABEL_WORDS.contains(lastWord(list.thing())) || ownKind
                        || sketch.vetoed.contains(list.thing()) || sketch.vetoed.contains(childName) || ModelEdits.keptOnPurpose(ctx, list.columns())) {
                    continue;
                }
                Optional<Table> existing = SameThing.find(m, List.of(list.thing(), childName, lastWord(list.thing()), owner.name() + "_" + lastWord(list.thing())),
                        owner.name());
                if (existing.isPresent()) {
                    m = linkExisting(m, m.table(owner.name()).orElseThrow(), list, existing.get());
                } else if (m.table(childName).isEmpty()) {
                    m = splitOut(m, m.table(owner.name()).orElseThrow(), list, childName);
                }
            }
        }
        return m;
    }

    /** The lists a table holds, in column order: numbered groups first, then arrays, then plural nouns the text lists. */
    static List<ListColumn> lists(DesignContext ctx, SchemaModel m, Table t) {
        List<ListColumn> out = new ArrayList<>(numberedGroups(t));
        for (Column c : t.columns()) {
            if (out.stream().anyMatch(l -> l.columns().contains(c)) || c.name().equals("id") || c.name().endsWith("_id")) {
                continue;
            }
            if (c.type().array() && c.type().kind() != TypeKind.JSON) {
                if (planned(ctx, t.name(), c.name())) {
                    continue; // a plan that types a column as an array (TEXT[], String[]) keeps the list there on purpose
                }
                String thing = Inflection.singular(c.name());
                out.add(new ListColumn(List.of(c), thing, ordered(ctx, thing, c.name()), "it was declared as an array", first(c.sources())));
                continue;
            }
            boolean text = c.type().kind() == TypeKind.TEXT || c.type().kind() == TypeKind.VARCHAR;
            String last = lastWord(c.name());
            if (!text || ONE_VALUE_PLURALS.contains(last) || c.name().startsWith("number_of_") || c.name().startsWith("total_") || c.name().startsWith("num_")
                    || Inflection.singular(last).equals(last)) {
                continue;
            }
            String thing = Inflection.singular(c.name());
            if (declaredScalar(ctx, t.name(), c.name())) {
                continue; // the plan gave this column a scalar type: one text on purpose
            }
            if (SameThing.find(m, List.of(thing, lastWord(thing)), t.name()).isPresent()) {
                out.add(new ListColumn(List.of(c), thing, false, "a table for " + NormalizationTrail.words(Inflection.plural(lastWord(thing))) + " exists already",
                        first(c.sources())));
                continue;
            }
            Cue cue = listCue(ctx, c.name());
            if (cue != null) {
                out.add(new ListColumn(List.of(c), thing, ordered(ctx, thing, c.name()), "the documents speak of \"" + cue.phrase() + "\"", cue.source()));
            }
        }
        return out;
    }

    private static boolean planned(DesignContext ctx, String table, String column) {
        Sketch.Entity planned = Readings.sketch(ctx).entities.get(table);
        return planned != null && planned.fields.containsKey(column);
    }

    /** Does a plan list this field with a scalar type ("ingredients TEXT", "steps: jsonb")? */
    private static boolean declaredScalar(DesignContext ctx, String table, String column) {
        Sketch.Entity planned = Readings.sketch(ctx).entities.get(table);
        Sketch.Field field = planned == null ? null : planned.fields.get(column);
        return field != null && DECLARED_TYPE.matcher(field.hint.toString().toLowerCase(Locale.ROOT)).find();
    }

    /** phone1, phone2, phone3 / answer_1..answer_4 (at least two, numbered from 1) and option_a..option_d (at least three, from a). */
    private static List<ListColumn> numberedGroups(Table t) {
        Map<String, TreeMap<String, Column>> byStem = new LinkedHashMap<>();
        for (Column c : t.columns()) {
            Matcher n = NUMBERED.matcher(c.name());
            Matcher l = LETTERED.matcher(c.name());
            if (n.matches()) {
                byStem.computeIfAbsent(n.group(1) + "#", k -> new TreeMap<>()).put(String.format(Locale.ROOT, "%02d", Integer.parseInt(n.group(2))), c);
            } else if (l.matches()) {
                byStem.computeIfAbsent(l.group(1) + "@", k -> new TreeMap<>()).put(l.group(2), c);
            }
        }
        List<ListColumn> out = new ArrayList<>();
        byStem.forEach((key, members) -> {
            String stem = key.substring(0, key.length() - 1);
            boolean digits = key.endsWith("#");
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                expected.add(digits ? String.format(Locale.ROOT, "%02d", i + 1) : String.valueOf((char) ('a' + i)));
            }
            boolean run = List.copyOf(members.keySet()).equals(expected) && members.size() >= (digits ? 2 : 3);
            if (run && !FIXED_PARTS.contains(lastWord(stem)) && !stem.endsWith("_id")) {
                List<Column> cols = List.copyOf(members.values());
                String names = String.join(", ", cols.stream().map(Column::name).toList());
                out.add(new ListColumn(cols, Inflection.singular(stem), true, "the numbered columns " + names + " repeat one attribute",
                        first(cols.get(0).sources())));
            }
        });
        return out;
    }

    private static SchemaModel splitOut(SchemaModel m, Table owner, ListColumn list, String childName) {
        String fk = Identifiers.truncate(owner.name() + "_id", Identifiers.MAX_BYTES);
        String value = Identifiers.safe(list.thing().startsWith(owner.name() + "_") ? list.thing().substring(owner.name().length() + 1) : list.thing());
        if (value.equals(fk) || value.equals("id") || value.equals("position")) {
            value = value + "_value";
        }
        Column first = list.columns().get(0);
        ColumnType type = new ColumnType(first.type().kind(), first.type().length(), first.type().precision(), first.type().scale(), first.type().enumName(), false);
        List<String> sources = list.columns().stream().flatMap(c -> c.sources().stream()).distinct().toList();
        List<Column> cols = new ArrayList<>();
        cols.add(new Column(fk, ColumnType.of(TypeKind.UUID), false, null, false, "", sources));
        cols.add(new Column(value, type, false, null, false, "", sources));
        List<UniqueConstraint> uniques = new ArrayList<>();
        if (list.ordered()) {
            cols.add(new Column("position", ColumnType.of(TypeKind.INTEGER), false, null, false, "order within its " + NormalizationTrail.words(owner.name()), sources));
            uniques.add(new UniqueConstraint(Identifiers.derived(childName + "_" + fk + "_position", "key"), List.of(fk, "position"), sources));
        }
        List<CheckConstraint> checks = ModelEdits.checksMoved(owner, first.name(), childName, value);
        ForeignKey toOwner = new ForeignKey(Identifiers.derived(childName + "_" + fk, "fkey"), List.of(fk), null, owner.name(), List.of("id"), FkAction.CASCADE,
                "the " + NormalizationTrail.words(value) + " rows are part of their " + NormalizationTrail.words(owner.name()) + ": deleted with it", sources);
        Table child = new Table(childName, TableKind.CHILD, "One " + NormalizationTrail.words(value) + " of " + NormalizationTrail.a(owner.name())
                + (list.ordered() ? ", in order" : ""), cols, List.of(), List.of(toOwner), uniques, checks, List.of(), false, List.of(), sources);
        List<String> moved = list.columns().stream().map(Column::name).toList();
        SchemaModel out = ModelEdits.withTable(ModelEdits.replace(m, ModelEdits.withoutColumns(owner, moved)), child);
        out = ModelEdits.withRelationship(out, new Relationship(owner.name(), childName, Cardinality.ONE_TO_MANY, null, false, "contains", sources));
        String ownerTable = NormalizationTrail.table(owner.name());
        String alternative = list.columns().size() > 1
                ? "Numbered columns " + String.join(", ", moved) + " on " + ownerTable + ": a fixed number of slots, empty columns, and every query checks each one"
                : "A list packed into " + ownerTable + "." + first.name() + ": its items cannot be queried, validated or changed one by one";
        return NormalizationTrail.record(out, "multi-valued", ownerTable + "-" + list.subject(), topic(owner, list),
                "One row per " + NormalizationTrail.words(value) + " in " + NormalizationTrail.table(childName) + " (" + fk + ", " + value
                        + (list.ordered() ? ", position unique per " + NormalizationTrail.words(owner.name()) : "") + "), deleted with its "
                        + NormalizationTrail.words(owner.name()),
                alternative, NormalizationTrail.capitalized(list.evidence()), withSource(list, sources));
    }

    private static SchemaModel linkExisting(SchemaModel m, Table owner, ListColumn list, Table existing) {
        List<String> moved = list.columns().stream().map(Column::name).toList();
        SchemaModel out = ModelEdits.replace(m, ModelEdits.withoutColumns(owner, moved));
        List<String> sources = list.columns().stream().flatMap(c -> c.sources().stream()).distinct().toList();
        String ownerTable = NormalizationTrail.table(owner.name());
        String how;
        if (ModelEdits.linked(m, owner.name(), existing.name()) || ModelEdits.descends(m, owner.name(), existing.name())) {
            how = "already linked to " + ownerTable;
        } else if (ModelEdits.parents(m, existing.name()).isEmpty()) {
            out = ModelEdits.withRelationship(out, new Relationship(owner.name(), existing.name(), Cardinality.ONE_TO_MANY, null, false, "contains", sources));
            how = "each belonging to its " + NormalizationTrail.words(owner.name());
        } else {
            String via = Identifiers.truncate(owner.name() + "_" + existing.name(), Identifiers.MAX_BYTES);
            out = ModelEdits.withRelationship(out, new Relationship(owner.name(), existing.name(), Cardinality.MANY_TO_MANY, via, true, "lists", sources));
            how = "linked through " + NormalizationTrail.table(via);
        }
        return NormalizationTrail.record(out, "multi-valued", ownerTable + "-" + list.subject(), topic(owner, list),
                "Rows of " + NormalizationTrail.table(existing.name()) + " instead of " + (moved.size() > 1 ? "the columns " : "a column ") + ownerTable + "."
                        + String.join(", ", moved) + ", " + how,
                "Keeping the list in " + ownerTable + "." + String.join(", ", moved) + " next to " + NormalizationTrail.table(existing.name())
                        + " (two copies that drift apart)", NormalizationTrail.capitalized(list.evidence()), withSource(list, sources));
    }

    private static String topic(Table owner, ListColumn list) {
        return NormalizationTrail.words(Inflection.plural(list.thing())) + " of " + NormalizationTrail.a(owner.name());
    }

    private static List<String> withSource(ListColumn list, List<String> sources) {
        List<String> out = new ArrayList<>();
        if (list.source() != null) {
            out.add(list.source());
        }
        out.addAll(sources);
        return out;
    }

    /** A sentence that treats the column's words as several things. */
    record Cue(String phrase, String source) {
    }

    static Cue listCue(DesignContext ctx, String column) {
        Cue list = cue(ctx, column, listPatterns(column));
        return list != null ? list : cue(ctx, column, orderPatterns(column)); // things in an order are several things
    }

    /** Does the text say or imply that the items come in order? */
    static boolean ordered(DesignContext ctx, String thing, String column) {
        return SEQUENCE_WORDS.contains(lastWord(thing)) || cue(ctx, column, orderPatterns(column)) != null;
    }

    private static Cue cue(DesignContext ctx, String column, List<Pattern> patterns) {
        String plural = NormalizationTrail.words(column);
        String singular = NormalizationTrail.words(Inflection.singular(column));
        for (ModelEdits.Sentence s : ModelEdits.sentences(ctx)) {
            if (!s.mentions(singular) && !s.mentions(plural)) {
                continue;
            }
            for (Pattern p : patterns) {
                Matcher matcher = p.matcher(s.text());
                if (matcher.find()) {
                    return new Cue(matcher.group(), s.id());
                }
            }
        }
        return null;
    }

    private static List<Pattern> listPatterns(String column) {
        String p = Pattern.quote(NormalizationTrail.words(column));
        String s = Pattern.quote(NormalizationTrail.words(Inflection.singular(column)));
        return List.of(
                Pattern.compile("\\b(?:list|lists|set|array|collection|series|sequence|multiple|several|many|one or more|two or more|any number of|a few"
                        + "|unlimited|up to \\d+|at least \\d+|\\d+\\s*(?:-|–|to)\\s*\\d+)\\s+(?:of\\s+)?(?:(?:the|their|its)\\s+)?(?:[a-z-]+\\s+)?" + p + "\\b"),
                Pattern.compile("\\b(?:each|every|per|another|individual)\\s+" + s + "\\b"),
                Pattern.compile("\\b(?:add|adds|adding|remove|removes|reorder|reorders)\\s+(?:(?:more|new|extra|additional|the)\\s+)?" + p + "\\b"),
                Pattern.compile("\\badd (?:another|more|an additional|a new) " + s + "\\b"),
                Pattern.compile(p + ",?\\s*\\(?(?:one per line|comma[- ]separated|separated by [a-z ]{1,20})"));
    }

    private static List<Pattern> orderPatterns(String column) {
        String p = Pattern.quote(NormalizationTrail.words(column));
        String s = Pattern.quote(NormalizationTrail.words(Inflection.singular(column)));
        return List.of(
                Pattern.compile("\\b(?:ordered|ranked|numbered|sorted|sequenced)\\s+(?:list of\\s+)?(?:[a-z-]+\\s+)?" + p + "\\b"),
                Pattern.compile(p + "\\s+(?:[a-z]+\\s+){0,3}in\\s+(?:order|sequence|the order)\\b"),
                Pattern.compile("\\b(?:reorder|rearrange|rank)\\s+(?:the\\s+)?(?:[a-z-]+\\s+)?" + p + "\\b"),
                Pattern.compile("\\b(?:order|sequence|ranking) of (?:the )?" + p + "\\b"),
                Pattern.compile("\\b(?:first|second|third|next|previous|last)\\s+" + s + "\\b"));
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf('_') + 1);
    }

    private static String first(List<String> sources) {
        return sources.isEmpty() ? null : sources.get(0);
    }
}
