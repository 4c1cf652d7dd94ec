package dev.schemawright.modeling.domain;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Cardinality;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.intake.Statement;
import dev.schemawright.modeling.lang.Identifiers;
import dev.schemawright.modeling.lang.Inflection;
import dev.schemawright.modeling.lang.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relationships with cardinality: explicit references from plans become foreign keys on the spot (keeping their column
 * names); prose cues ("each X has many Y", "Y belongs to X", "create Y within a X", "X's Y", "tag X with Y") become
 * relationships that the foreign-key and many-to-many passes materialize. Labels (tags, categories) are M:N.
 */
public final class RelationshipPass implements DesignPass {

    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        Sketch sketch = Readings.sketch(ctx);
        boolean supabase = m.stack().auth() == AuthProvider.SUPABASE;
        Map<String, Table> tables = new LinkedHashMap<>();
        m.tables().forEach(t -> tables.put(t.name(), t));
        List<Relationship> rels = new ArrayList<>(m.relationships());

        for (Sketch.Reference ref : sketch.references) {
            Table child = tables.get(ref.entity());
            if (child == null || ref.column().equals("id") && !ref.target().equals(EntityNames.USER) && !ref.target().equals("profile")) {
                if (child == null) {
                    continue;
                }
            }
            boolean toUser = ref.target().equals(EntityNames.USER) && (supabase || !tables.containsKey(EntityNames.USER));
            if (!toUser && !tables.containsKey(ref.target())) {
                continue;
            }
            if (child.foreignKeys().stream().anyMatch(f -> f.columns().equals(List.of(ref.column())))) {
                continue;
            }
            String refTable = toUser ? (supabase ? "users" : EntityNames.USER) : ref.target();
            String refSchema = toUser && supabase ? "auth" : null;
            boolean owned = toUser || ref.column().equals(ref.target() + "_id") && child.kind() != TableKind.ENTITY
                    || child.name().startsWith(ref.target() + "_") || ref.column().equals("id");
            FkAction action = owned ? FkAction.CASCADE : FkAction.RESTRICT;
            String why = owned ? "owned by " + ref.target() + ": deleting it deletes its " + child.name() + " rows"
                    : "reference: a " + ref.target() + " in use cannot be deleted";
            FkAction stated = statedAction(sketch, child.name(), ref.column());
            if (stated != null) {
                action = stated; // the plan says what deleting the parent does: "REFERENCES decks(id) ON DELETE SET NULL"
                why = "as the plan states (ON DELETE " + stated.name().replace('_', ' ') + ")";
            }
            List<Column> cols = new ArrayList<>(child.columns());
            if (cols.stream().noneMatch(c -> c.name().equals(ref.column()))) {
                cols.add(new Column(ref.column(), ColumnType.of(TypeKind.UUID), false, null, false, "", List.of(ref.source())));
            } else {
                cols.replaceAll(c -> c.name().equals(ref.column()) && c.type().kind() != TypeKind.UUID && c.type().kind() != TypeKind.BIGINT
                        ? c.withType(ColumnType.of(TypeKind.UUID)) : c);
            }
            if (action == FkAction.SET_NULL) {
                cols.replaceAll(c -> c.name().equals(ref.column()) ? c.withNullable(true) : c); // SET NULL needs a column that may be null
            }
            List<ForeignKey> fks = new ArrayList<>(child.foreignKeys());
            fks.add(new ForeignKey(Identifiers.derived(child.name() + "_" + ref.column(), "fkey"), List.of(ref.column()), refSchema, refTable,
                    List.of("id"), action, why, List.of(ref.source())));
            tables.put(child.name(), child.withColumns(cols).withForeignKeys(fks));
            if (!toUser) {
                addRel(rels, ref.target(), child.name(), Cardinality.ONE_TO_MANY, null, false, "references", ref.source());
            }
        }
        // explicit join tables: M:N between the two tables they reference
        for (Table t : tables.values()) {
            List<ForeignKey> internal = t.foreignKeys().stream().filter(f -> !f.external() && !f.refTable().equals(EntityNames.USER)).toList();
            if (internal.size() == 2 && (t.kind() == TableKind.JOIN || t.name().equals(internal.get(0).refTable() + "_" + internal.get(1).refTable())
                    || t.name().equals(internal.get(1).refTable() + "_" + internal.get(0).refTable()))) {
                rels.removeIf(r -> r.to().equals(t.name()));
                addRel(rels, internal.get(0).refTable(), internal.get(1).refTable(), Cardinality.MANY_TO_MANY, t.name(), true, "linked via " + t.name(),
                        t.sources().isEmpty() ? null : t.sources().get(0));
            }
        }
        readLinks(ctx, tables, rels);
        return m.withTables(List.copyOf(tables.values())).withRelationships(rels);
    }

    /**
     * Links the prose states (link claims), between the tables they name: "notes belong to a book", "a playlist contains
     * many songs", "tag notes with labels"; a field list naming another table ("a title, a date and a set of questions");
     * a compound of two tables ("quiz attempts"). The first reading of a pair wins.
     */
    private void readLinks(DesignContext ctx, Map<String, Table> tables, List<Relationship> rels) {
        java.util.Set<String> entities = new java.util.TreeSet<>();
        tables.values().stream().filter(t -> t.kind() == TableKind.ENTITY).forEach(t -> entities.add(t.name()));
        // a link said to be optional anywhere is optional ("a folder contains many pages and a page belongs to at most one
        // folder"): the other readings of the pair say nothing about a child without a parent
        java.util.Set<String> optionalPairs = new java.util.HashSet<>();
        for (dev.schemawright.modeling.read.Claim.LinkClaim l : ctx.reading().claims(dev.schemawright.modeling.read.Claim.LinkClaim.class)) {
            if (l.optional()) {
                optionalPairs.add(resolve(l.child(), entities) + "\u0000" + resolve(l.parent(), entities));
            }
        }
        for (dev.schemawright.modeling.read.Claim.LinkClaim l : ctx.reading().claims(dev.schemawright.modeling.read.Claim.LinkClaim.class)) {
            String child = resolve(l.child(), entities);
            String parent = resolve(l.parent(), entities);
            if (child == null || parent == null || child.equals(parent)) {
                continue;
            }
            boolean optional = l.optional() || optionalPairs.contains(child + "\u0000" + parent);
            if (l.kind() == dev.schemawright.modeling.read.Claim.LinkKind.MANY_TO_MANY) {
                if (Vocabulary.LABEL_WORDS.contains(lastWord(parent)) || Vocabulary.LABEL_WORDS.contains(lastWord(child))) {
                    prose(rels, child, parent, "", l.source());
                }
                continue;
            }
            if (l.kind() == dev.schemawright.modeling.read.Claim.LinkKind.REFERENCES) {
                addRel(rels, parent, child, Cardinality.ONE_TO_MANY, null, optional, "references", l.source());
            } else {
                prose(rels, parent, child, optional ? "optional" : "", l.source());
            }
        }
        for (dev.schemawright.modeling.read.Claim.FieldClaim f : ctx.reading().claims(dev.schemawright.modeling.read.Claim.FieldClaim.class)) {
            String owner = resolve(f.entity(), entities);
            String target = resolve(f.field(), entities);
            if (owner != null && target != null && !owner.equals(target)) {
                String word = lastWord(f.field());
                // a field named as the table itself, in the singular; "schedule" standing for "medication_schedule" is its own part
                if (target.equals(f.field()) && Inflection.singular(word).equals(word)) {
                    // one of another table among the fields: "a booking has a date, a room and a guest count" refers to a room
                    addRel(rels, target, owner, Cardinality.ONE_TO_MANY, null, false, "references", f.source());
                } else {
                    // many of another table among the fields: "a quiz has a title and questions"
                    prose(rels, owner, target, "", f.source());
                }
            }
        }
        for (String name : entities) {
            int cut = name.indexOf('_');
            if (cut > 0 && entities.contains(name.substring(0, cut)) && !entities.contains(name.substring(cut + 1))) {
                // "quiz attempts": a compound whose modifier is a table belongs to it
                prose(rels, name.substring(0, cut), name, "", tables.get(name).sources().isEmpty() ? null : tables.get(name).sources().get(0));
            }
        }
    }

    /** The table a claim's name stands for: itself, its head noun, or the one table named after it ("attempt": quiz_attempt). */
    private static String resolve(String name, java.util.Set<String> entities) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        if (entities.contains(name)) {
            return name;
        }
        String head = lastWord(name);
        if (!head.equals(name) && entities.contains(head)) {
            return head;
        }
        List<String> compounds = entities.stream().filter(e -> e.endsWith("_" + name)).toList();
        return compounds.size() == 1 ? compounds.get(0) : null;
    }

    private static final Pattern ON_DELETE = Pattern.compile("(?i)on\\s*delete[:\\s]+(cascade|set\\s*null|setnull|restrict|no\\s*action|noaction)");

    /** The ON DELETE action a plan states for a reference column, if any. */
    static FkAction statedAction(Sketch sketch, String table, String column) {
        Sketch.Entity e = sketch.entities.get(table);
        Sketch.Field f = e == null ? null : e.fields.get(column);
        Matcher m = f == null ? null : ON_DELETE.matcher(f.hint);
        if (m == null || !m.find()) {
            return null;
        }
        String a = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return a.equals("cascade") ? FkAction.CASCADE : a.equals("setnull") ? FkAction.SET_NULL : FkAction.RESTRICT;
    }

    private static void prose(List<Relationship> rels, String parent, String child, String text, String source) {
        if (parent == null || child == null || parent.equals(child)) {
            return;
        }
        boolean label = Vocabulary.LABEL_WORDS.contains(lastWord(child)) || Vocabulary.LABEL_WORDS.contains(lastWord(parent));
        if (label) {
            String owner = Vocabulary.LABEL_WORDS.contains(lastWord(child)) ? parent : child;
            String tag = owner.equals(parent) ? child : parent;
            addRel(rels, owner, tag, Cardinality.MANY_TO_MANY, owner + "_" + tag, true, "categorized by", source);
            return;
        }
        // "optional" says the link is optional when it qualifies the parent ("an optional folder", "the folder is optional"),
        // not when it qualifies a field ("a deck has a title and an optional description")
        boolean optionalWord = text.contains("optionally") || text.contains("optional") && (OPTIONAL_ALONE.matcher(text).find()
                || text.contains("optional " + parent.replace('_', ' ')));
        boolean optional = optionalWord || text.contains("may belong") || text.contains("can belong") || text.contains("standalone")
                || text.contains("at most one") || text.contains("zero or one") || text.contains("0..1");
        addRel(rels, parent, child, Cardinality.ONE_TO_MANY, null, optional, "contains", source);
    }

    private static final java.util.regex.Pattern OPTIONAL_ALONE = java.util.regex.Pattern.compile("\\boptional\\b(?!\\s+[a-z])");

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf('_') + 1);
    }

    static void addRel(List<Relationship> rels, String from, String to, Cardinality card, String via, boolean optional, String label, String source) {
        for (Relationship r : rels) {
            boolean same = r.from().equals(from) && r.to().equals(to);
            boolean reverse = r.from().equals(to) && r.to().equals(from);
            if (same || reverse) {
                return; // first reading wins; the reverse direction would make a cycle
            }
        }
        rels.add(new Relationship(from, to, card, via, optional, label, source == null ? List.of() : List.of(source)));
    }
}
