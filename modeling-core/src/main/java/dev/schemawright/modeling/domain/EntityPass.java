package dev.schemawright.modeling.domain;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.lang.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Entities: every table the documents name explicitly (unless vetoed), plus nouns whose evidence in the prose reaches
 * the threshold. When a plan already names its tables, the prose must be more convincing to add another.
 */
public final class EntityPass implements DesignPass {
    static final double DETAILED_PLAN_SHARE = 0.5;
    /** Rules that read a contribution users make on a row: "post comments on a meeting", "vote on books". */
    private static final Set<String> CONTRIBUTIONS = Set.of("links/post-on", "things/act-on");

    @Override
    public SchemaModel apply(DesignContext ctx) {
        Sketch sketch = Readings.sketch(ctx);
        boolean supabase = ctx.model().stack().auth() == AuthProvider.SUPABASE;
        List<Table> tables = new ArrayList<>(ctx.model().tables());
        Set<String> present = new LinkedHashSet<>();
        tables.forEach(t -> present.add(t.name()));
        int explicit = 0;
        Set<String> vetoed = new java.util.HashSet<>(sketch.vetoed);
        ctx.reading().claims(dev.schemawright.modeling.read.Claim.VetoClaim.class).forEach(v -> vetoed.add(v.name()));
        for (Sketch.Entity e : sketch.entities.values()) {
            if (vetoed.contains(e.name) && e.fields.isEmpty()) {
                continue;
            }
            if (!e.code && !e.identifier && (!Things.isThing(e.name) || valuesNotColumns(e))) {
                continue; // a plan's prose or lists: "### Performance Optimization", "statuses (draft, sent, accepted)"
            }
            if (supabase && e.name.equals(EntityNames.USER)) {
                continue; // Supabase Auth owns the users table
            }
            if (!fromTechStack(ctx, e)) {
                explicit++; // an ORM snippet in a stack note is an example of the stack, not the plan of the product
            }
            if (present.add(e.name)) {
                tables.add(new Table(e.name, e.join ? TableKind.JOIN : TableKind.ENTITY, "", List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), false, List.of(), List.copyOf(e.sources)));
            }
        }
        addProseThings(ctx, sketch, explicit, tables, present);
        return ctx.model().withTables(tables);
    }

    /**
     * Nouns the prose treats as data: in enough statements, with enough evidence in all (grown with the document's length
     * and when a plan names its tables), and near enough to the best-evidenced noun; never a word that is no thing.
     */
    private static void addProseThings(DesignContext ctx, Sketch sketch, int explicit, List<Table> tables, Set<String> present) {
        EvidenceWeights w = Readings.weights(ctx);
        Candidates candidates = Candidates.of(ctx.reading(), w);
        Set<String> vetoed = new java.util.HashSet<>(sketch.vetoed);
        ctx.reading().claims(dev.schemawright.modeling.read.Claim.VetoClaim.class).forEach(v -> vetoed.add(v.name()));
        long detailed = sketch.entities.values().stream().filter(e -> e.fields.size() >= 3 && !fromTechStack(ctx, e)).count();
        // a plan listing the columns of three or more tables is the schema its authors meant: the prose must be surer of another
        double base = w.threshold();
        double threshold = detailed >= 3 ? 1 - (1 - base) * DETAILED_PLAN_SHARE : base;
        // fields listed for a thing that is a table (planned, or evidenced enough)
        // kinds of user who sign in ("teachers and students both sign in") are roles of the users table, unless given fields
        Set<String> roles = new java.util.HashSet<>();
        ctx.reading().claims(dev.schemawright.modeling.read.Claim.NotStoredClaim.class).stream().filter(n -> n.reason().equals("role"))
                .forEach(n -> roles.add(n.name()));
        Set<String> listedAsFields = new java.util.HashSet<>();
        for (dev.schemawright.modeling.read.Claim.FieldClaim f : ctx.reading().claims(dev.schemawright.modeling.read.Claim.FieldClaim.class)) {
            Candidates.Evidence owner = candidates.get(f.entity());
            if (present.contains(f.entity()) || owner != null && owner.score() >= threshold) {
                listedAsFields.add(f.field());
            }
        }
        Set<String> unknownWords = untranslated(ctx);
        for (Candidates.Evidence e : candidates.ranked()) {
            String name = e.name();
            if (unknownWords.contains(name) && e.fields().size() < 3) {
                continue; // a word no dictionary knows ("wad", "ladowanie") is a table only when the documents give it fields
            }
            if (e.score() < threshold || !Things.isThing(name) || vetoed.contains(name) || name.equals(EntityNames.USER)
                    || plannedAsColumn(sketch, name) || coveredBy(name, present) || compoundOfPresent(name, present)
                    || valuesOfAField(e, listedAsFields) || sketch.tableLists.containsAll(e.sources()) || roles.contains(name) && e.fields().size() < 2) {
                continue;
            }
            add(name, e, tables, present);
        }
        // what users make on a table's rows is a row of its own: "members post comments on a meeting", "members vote on books"
        for (dev.schemawright.modeling.read.Claim.LinkClaim l : ctx.reading().claims(dev.schemawright.modeling.read.Claim.LinkClaim.class)) {
            Candidates.Evidence e = candidates.get(l.child());
            if (CONTRIBUTIONS.contains(l.rule()) && e != null && present.contains(l.parent()) && !present.contains(l.child())
                    && e.kind("created") + e.kind("acted") >= 1 && Things.isThing(l.child()) && !vetoed.contains(l.child()) && !l.child().equals(EntityNames.USER)
                    && !plannedAsColumn(sketch, l.child()) && !coveredBy(l.child(), present) && !compoundOfPresent(l.child(), present)) {
                add(l.child(), e, tables, present);
            }
        }
        // labels a table's rows are organized by, many-to-many ("organize notes with labels"), are rows of their own
        // whatever their own evidence (lang/en/words/label.txt)
        for (dev.schemawright.modeling.read.Claim.LinkClaim l : ctx.reading().claims(dev.schemawright.modeling.read.Claim.LinkClaim.class)) {
            if (l.kind() != dev.schemawright.modeling.read.Claim.LinkKind.MANY_TO_MANY) {
                continue;
            }
            for (String[] ends : new String[][] {{l.child(), l.parent()}, {l.parent(), l.child()}}) {
                Candidates.Evidence e = candidates.get(ends[1]);
                if (present.contains(ends[0]) && e != null && Things.isLabel(ends[1].substring(ends[1].lastIndexOf('_') + 1)) && Things.isThing(ends[1]) && !vetoed.contains(ends[1]) && !ends[1].equals(EntityNames.USER)
                        && !plannedAsColumn(sketch, ends[1]) && !coveredBy(ends[1], present) && !compoundOfPresent(ends[1], present)) {
                    add(ends[1], e, tables, present);
                }
            }
        }
    }

    /**
     * "recipes with fields: title, ingredients, steps ... a list of ingredients": a noun listed (in the plural) among another
     * thing's fields and given no fields of its own is that thing's multi-valued attribute (normalization makes it a child table of values),
     * not a table of its own with nothing in it.
     */
    private static boolean valuesOfAField(Candidates.Evidence e, Set<String> listedAsFields) {
        return e.fields().isEmpty() && e.parentLinks() == 0
                && listedAsFields.contains(dev.schemawright.modeling.lang.Inflection.plural(e.name()));
    }

    /** Names made by transliterating a Polish word the lexicon lacks (empty when no document is Polish). */
    private static Set<String> untranslated(DesignContext ctx) {
        dev.schemawright.modeling.read.DocumentLanguages languages = dev.schemawright.modeling.read.DocumentLanguages.of(ctx.intake());
        if (!languages.any("pl")) {
            return Set.of();
        }
        List<String> texts = ctx.intake().statements().stream().filter(s -> "pl".equals(languages.of(s.document()))).map(s -> s.text()).toList();
        Set<String> out = new java.util.HashSet<>();
        dev.schemawright.modeling.lang.pl.Polish.shared().origins(texts).forEach((name, o) -> {
            if (o.transliterated()) {
                out.add(name);
            }
        });
        return out;
    }

    private static void add(String name, Candidates.Evidence e, List<Table> tables, Set<String> present) {
        present.add(name);
        List<String> sources = List.copyOf(e.sources());
        tables.add(new Table(name, TableKind.ENTITY, "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false, List.of(),
                sources.subList(0, Math.min(8, sources.size()))));
    }

    /** "code snippet" when snippets are a table already: the same thing, unless its modifier is a table too ("quiz attempt"). */
    private static boolean compoundOfPresent(String name, Set<String> present) {
        int cut = name.lastIndexOf('_');
        return cut > 0 && present.contains(name.substring(cut + 1)) && !present.contains(name.substring(0, cut));
    }

    /**
     * "status (draft, sent, accepted)", "event_type (generate, accept)": an attribute word followed by a list of bare words
     * is the attribute's allowed values, not a table with those columns.
     */
    private static boolean valuesNotColumns(Sketch.Entity e) {
        String head = e.name.substring(e.name.lastIndexOf('_') + 1);
        return Things.isAttribute(head) && !Things.isLabel(head) && !e.fields.isEmpty()
                && e.fields.values().stream().allMatch(f -> f.hint.toString().isBlank() && !f.name.endsWith("_id"));
    }

    private static boolean fromTechStack(DesignContext ctx, Sketch.Entity e) {
        java.util.Map<String, DocumentRole> roles = ctx.remember("requirement-roles", () -> {
            java.util.Map<String, DocumentRole> m = new java.util.HashMap<>();
            ctx.intake().statements().forEach(s -> m.put(s.id(), s.role()));
            ctx.intake().code().forEach(s -> m.put(s.id(), s.role()));
            return m;
        });
        return !e.sources.isEmpty() && e.sources.stream().allMatch(id -> roles.get(id) == DocumentRole.TECH_STACK);
    }

    private static boolean plannedAsColumn(Sketch sketch, String name) {
        String plural = dev.schemawright.modeling.lang.Inflection.plural(name);
        return sketch.entities.values().stream().anyMatch(e -> e.fields.containsKey(name) || e.fields.containsKey(plural));
    }

    /** "attempt" is covered by "quiz_attempt"; "quiz_attempt" is new even when "quiz" exists. */
    private static boolean coveredBy(String name, Set<String> present) {
        if (present.contains(name)) {
            return true;
        }
        for (String p : present) {
            if (p.endsWith("_" + name)) {
                return true;
            }
        }
        return false;
    }
}
