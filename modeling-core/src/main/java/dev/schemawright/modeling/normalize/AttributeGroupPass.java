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
import dev.schemawright.modeling.domain.DomainReading;
import dev.schemawright.modeling.domain.EntityNames;
import dev.schemawright.modeling.domain.Readings;
import dev.schemawright.modeling.lang.Identifiers;
import dev.schemawright.modeling.lang.Inflection;
import dev.schemawright.modeling.lang.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * 3NF: columns of a table T that share the prefix of another noun X ({@code author_name}, {@code author_bio},
 * {@code author_website} on books) describe X, not T. X is split out (the existing table, or a new one) with the
 * un-prefixed columns, and T keeps only {@code x_id} with a reference FK (RESTRICT, or SET NULL when the group was
 * optional). Conservative, because a wrong split hurts more than a missed one: an existing table X needs two
 * describing columns; a new one also needs a naming column (name, title, email...) and prose that uses X as a noun of
 * its own. Address-like groups stay inline unless the text treats them as things (several per owner, shared, saved).
 * Never split: {@code x_id} alone, {@code *_at}/{@code *_count}/{@code *_url} alone, a prefix naming T itself, or
 * columns the text keeps as a copy on purpose (cache, snapshot, denormalized).
 */
public final class AttributeGroupPass implements DesignPass {
    /** Columns that name an instance of the thing they describe. */
    private static final Set<String> NAMING = Set.of("name", "title", "full_name", "first_name", "last_name", "display_name", "username", "email", "handle");
    /** Parts of a postal address or a position on a map. */
    private static final Set<String> ADDRESS_PARTS = Set.of("street", "street_address", "address", "address_line1", "address_line2", "line1", "line2",
            "city", "town", "zip", "zip_code", "postal_code", "postcode", "country", "country_code", "state", "region", "province", "county", "district",
            "lat", "lng", "lon", "latitude", "longitude", "building", "apartment", "suite", "house_number", "number");
    /** Prefixes that qualify a column rather than name a thing (first_name, last_login_at, display_order). */
    private static final Set<String> QUALIFIERS = Set.of("first", "last", "full", "display", "given", "family", "middle", "nick", "max", "min",
            "default", "current", "previous", "next", "primary", "secondary", "main", "original", "new", "old", "is", "has", "can", "total", "start",
            "end", "created", "updated", "deleted", "short", "long", "public", "private", "external", "internal", "preferred", "estimated", "actual");

    /** Where users live is the users pass's call (auth.users, profiles), never a split of prefixed columns. */
    private static final Set<String> USER_TABLES = Set.of(EntityNames.USER, "profile");

    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        Set<String> newThings = newThings(ctx, m);
        for (Table t : m.tables()) {
            if (t.kind() != TableKind.ENTITY) {
                continue;
            }
            for (Map.Entry<String, List<Column>> group : groups(t).entrySet()) {
                Table current = m.table(t.name()).orElseThrow();
                m = split(ctx, m, current, group.getKey(), group.getValue(), newThings);
            }
        }
        return m;
    }

    /**
     * Nouns that get a new table: some group names an instance of it and the prose uses it as a noun. Decided on the
     * model as it comes in, so every table's group for that noun moves, whichever table is read first.
     */
    private static Set<String> newThings(DesignContext ctx, SchemaModel m) {
        Set<String> out = new TreeSet<>();
        for (Table t : m.tables()) {
            if (t.kind() != TableKind.ENTITY) {
                continue;
            }
            groups(t).forEach((prefix, group) -> {
                String thing = EntityNames.of(prefix);
                if (existingFor(ctx, m, thing, t.name()).isEmpty() && describing(prefix, group).stream().anyMatch(NAMING::contains)
                        && !inlineOnPurpose(ctx, thing, prefix, group) && usedAsNoun(ctx, thing)) {
                    out.add(thing);
                }
            });
        }
        return out;
    }

    /** The entity table that already holds the thing, or that the duplicate pass would merge a new one into. */
    private static Optional<Table> existingFor(DesignContext ctx, SchemaModel m, String thing, String owner) {
        return DuplicateEntityPass.twin(ctx, m, thing).filter(x -> !x.name().equals(owner));
    }

    /** Address parts (unless the text treats addresses as things) and copies the text keeps on purpose stay where they are. */
    private static boolean inlineOnPurpose(DesignContext ctx, String thing, String prefix, List<Column> group) {
        List<String> rests = describing(prefix, group);
        boolean addressLike = ADDRESS_PARTS.containsAll(rests) || ADDRESS_PARTS.contains(thing);
        return ModelEdits.keptOnPurpose(ctx, group) || addressLike && !treatedAsThing(ctx, thing);
    }

    /** Columns by their first word, for prefixes with at least two describing columns (x_id alone never counts). */
    private static Map<String, List<Column>> groups(Table t) {
        Map<String, List<Column>> byPrefix = new LinkedHashMap<>();
        for (Column c : t.columns()) {
            int cut = c.name().indexOf('_');
            // x_count counts X for T (chapter_count on a book): a fact about T, never part of X's group
            if (cut > 0 && cut < c.name().length() - 1 && !c.name().endsWith("count")) {
                byPrefix.computeIfAbsent(c.name().substring(0, cut), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, List<Column>> out = new LinkedHashMap<>();
        byPrefix.forEach((prefix, cols) -> {
            String thing = Inflection.singular(prefix);
            List<String> rests = describing(prefix, cols);
            boolean self = thing.equals(t.name()) || t.name().startsWith(thing + "_") || t.name().endsWith("_" + thing) || prefix.equals(t.name());
            boolean onlyMarkers = rests.stream().allMatch(r -> r.endsWith("_at") || r.equals("at") || r.endsWith("count") || r.endsWith("url"));
            if (rests.size() >= 2 && !self && !onlyMarkers && !QUALIFIERS.contains(prefix) && !USER_TABLES.contains(thing)) {
                out.put(prefix, cols);
            }
        });
        return out;
    }

    /** The un-prefixed names of the group's describing columns (its own x_id excluded). */
    private static List<String> describing(String prefix, List<Column> cols) {
        return cols.stream().map(c -> c.name().substring(prefix.length() + 1)).filter(r -> !r.equals("id")).toList();
    }

    private static SchemaModel split(DesignContext ctx, SchemaModel m, Table t, String prefix, List<Column> group, Set<String> newThings) {
        String thing = EntityNames.of(prefix);
        Optional<Table> existing = existingFor(ctx, m, thing, t.name());
        // a child of T is not something T refers to: chapter_title on a book is about the book's chapters
        boolean childOfT = existing.isPresent() && ModelEdits.descends(m, t.name(), existing.get().name());
        if (inlineOnPurpose(ctx, thing, prefix, group) || childOfT) {
            return m;
        }
        String evidence;
        if (existing.isPresent() && !newThings.contains(thing)) {
            evidence = "the " + NormalizationTrail.words(thing) + " columns repeat what " + NormalizationTrail.table(existing.get().name()) + " stores";
        } else if (newThings.contains(thing)) {
            evidence = "the documents speak of the " + NormalizationTrail.words(thing) + " as a thing of its own, and these columns describe it ("
                    + String.join(", ", describing(prefix, group).stream().map(NormalizationTrail::words).toList()) + ")";
        } else {
            return m;
        }
        List<Column> describing = group.stream().filter(c -> !c.name().equals(prefix + "_id")).toList();
        List<String> sources = group.stream().flatMap(c -> c.sources().stream()).distinct().toList();
        boolean optional = describing.stream().allMatch(Column::nullable);
        Table target = existing.orElseGet(() -> new Table(thing, TableKind.ENTITY, "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false,
                List.of(), sources));
        List<Column> targetCols = new ArrayList<>(target.columns());
        List<CheckConstraint> targetChecks = new ArrayList<>(target.checks());
        List<UniqueConstraint> targetUniques = new ArrayList<>(target.uniques());
        for (Column c : describing) {
            String rest = c.name().substring(prefix.length() + 1);
            if (target.hasColumn(rest)) {
                continue;
            }
            targetCols.add(c.withName(rest));
            targetChecks.addAll(ModelEdits.checksMoved(t, c.name(), target.name(), rest));
            if (t.uniques().stream().anyMatch(u -> u.columns().equals(List.of(c.name())))) {
                targetUniques.add(new UniqueConstraint(Identifiers.derived(target.name() + "_" + rest, "key"), List.of(rest), c.sources()));
            }
        }
        Table filled = target.withColumns(targetCols).withChecks(targetChecks).withUniques(targetUniques);

        String ownerTable = NormalizationTrail.table(t.name());
        Table owner = ModelEdits.withoutColumns(t, describing.stream().map(Column::name).toList());
        SchemaModel out;
        String link;
        boolean linkedAlready = m.relationships().stream().anyMatch(r -> r.cardinality() != Cardinality.MANY_TO_MANY && r.from().equals(filled.name())
                && r.to().equals(t.name())) || ModelEdits.references(m, t.name(), filled.name());
        if (linkedAlready) {
            // T already belongs to or points at X: the copies go, the link stays as the documents gave it
            out = ModelEdits.replace(m, owner);
            link = ownerTable + " already links to it";
        } else {
            String key = Identifiers.truncate(thing + "_id", Identifiers.MAX_BYTES);
            int at = t.columns().indexOf(group.get(0));
            owner = ModelEdits.withoutColumns(owner, List.of(key)); // re-added below as the reference, where the group was
            List<Column> cols = new ArrayList<>(owner.columns());
            Column reference = t.column(key).map(c -> c.withType(ColumnType.of(TypeKind.UUID)).withNullable(optional))
                    .orElse(new Column(key, ColumnType.of(TypeKind.UUID), optional, null, false, "", sources));
            cols.add(Math.min(at, cols.size()), reference);
            FkAction action = optional ? FkAction.SET_NULL : FkAction.RESTRICT;
            String why = optional ? "optional reference: the " + NormalizationTrail.words(t.name()) + " stays when its " + NormalizationTrail.words(thing) + " is deleted"
                    : "reference: " + NormalizationTrail.a(thing) + " in use cannot be deleted";
            List<ForeignKey> fks = new ArrayList<>(owner.foreignKeys());
            fks.add(new ForeignKey(Identifiers.derived(t.name() + "_" + key, "fkey"), List.of(key), null, filled.name(), List.of("id"), action, why, sources));
            out = ModelEdits.withRelationship(ModelEdits.replace(m, owner.withColumns(cols).withForeignKeys(fks)),
                    new Relationship(filled.name(), t.name(), Cardinality.ONE_TO_MANY, null, optional, "references", sources));
            link = ownerTable + " refers to it by " + key + " (ON DELETE " + action.name().replace('_', ' ') + ")";
        }
        out = existing.isPresent() ? ModelEdits.replace(out, filled) : ModelEdits.withTable(out, filled);
        String moved = String.join(", ", describing.stream().map(Column::name).toList());
        return NormalizationTrail.record(out, "attribute-group", ownerTable + "-" + prefix, NormalizationTrail.words(thing) + " details on a "
                        + NormalizationTrail.words(t.name()),
                (existing.isPresent() ? "" : "A new table " + NormalizationTrail.table(thing) + "; ") + ownerTable + "." + moved + " become columns of "
                        + NormalizationTrail.table(thing) + ", and " + link,
                "Keeping " + moved + " on every " + NormalizationTrail.words(t.name()) + " row: the same " + NormalizationTrail.words(thing)
                        + " is copied into each and updates must find every copy",
                NormalizationTrail.capitalized(evidence), sources);
    }

    /** Is the prefix used in the prose as a noun of its own ("the author", "an author's bio"), not only inside column phrases? */
    private static boolean usedAsNoun(DesignContext ctx, String thing) {
        DomainReading prose = Readings.prose(ctx);
        DomainReading.Candidate c = prose.candidates.get(thing);
        if (Vocabulary.NOT_ENTITIES.contains(thing)) {
            return false;
        }
        return c != null && c.lowercaseMentions >= 2 || mentions(ctx, thing) >= 3;
    }

    /** Mentions of the word followed by something other than a describing word ("author wrote", "the author.", "authors"). */
    private static int mentions(DesignContext ctx, String thing) {
        Pattern p = Pattern.compile("\\b(?:" + Pattern.quote(NormalizationTrail.words(thing)) + "|" + Pattern.quote(NormalizationTrail.words(Inflection.plural(thing)))
                + ")(?:'s|’s)?\\b(?!\\s+(?:name|bio|email|website|url|title|phone|id)\\b)");
        String one = NormalizationTrail.words(thing);
        String many = NormalizationTrail.words(Inflection.plural(thing));
        int n = 0;
        for (ModelEdits.Sentence s : ModelEdits.sentences(ctx)) {
            if (!s.mentions(one) && !s.mentions(many)) {
                continue;
            }
            var matcher = p.matcher(s.text());
            while (matcher.find()) {
                n++;
            }
        }
        return n;
    }

    /** Addresses become rows only when the text treats them as things: several per owner, shared, saved or reused. */
    private static boolean treatedAsThing(DesignContext ctx, String thing) {
        String words = Pattern.quote(NormalizationTrail.words(Inflection.plural(thing)));
        Pattern cue = Pattern.compile("\\b(?:multiple|several|many|saved|shared|reuse|reused|reusable|address book of|list of)\\s+(?:[a-z-]+\\s+)?" + words + "\\b");
        String plural = NormalizationTrail.words(Inflection.plural(thing));
        return ModelEdits.sentences(ctx).stream().anyMatch(s -> s.mentions(plural) && cue.matcher(s.text()).find());
    }
}
