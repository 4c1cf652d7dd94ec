package dev.schemawright.modeling.domain;

import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.modeling.intake.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PRDs often state the data model as a table of entities: {@code | Entity | Attributes | Relationships |} with a row per
 * thing ("Workout | performed at, duration minutes, notes | belongs to a member; contains exercise sets"). Each row is a
 * table; its attribute list gives columns (qualifiers in parentheses are hints: "email (unique)", "level (basic, plus,
 * pro)" lists the values); the relationship cell gives keys: "belongs to / created by / assigned to X" puts x_id here,
 * "has many / contains X" puts this key on X, "includes X" or an X that is "used in" many things is many-to-many.
 */
final class EntityTableReader {
    private static final Set<String> ENTITY_HEADERS = Set.of("entity", "entities", "table", "model", "object", "resource", "data entity",
            "domain object", "record", "encja", "tabela", "obiekt");
    private static final Set<String> ATTRIBUTE_HEADERS = Set.of("attributes", "fields", "columns", "key attributes", "properties", "key fields",
            "main fields", "data", "attributes (key)", "atrybuty", "pola", "kolumny");
    private static final Set<String> RELATION_HEADERS = Set.of("relationships", "relations", "associations", "relationship", "relation",
            "links", "relacje", "powiązania");
    private static final Set<String> QUALIFIERS = Set.of("unique", "required", "optional", "nullable", "not null", "pk", "fk", "primary key",
            "indexed", "mandatory", "auto", "generated", "hashed", "encrypted");
    private static final Pattern NAME = Pattern.compile("^([A-Za-z][A-Za-z0-9_]*(?:[ -][A-Za-z][A-Za-z0-9_]*){0,4})\\s*(?:\\((.*)\\))?\\s*$", Pattern.DOTALL);
    private static final Pattern BELONGS = Pattern.compile("^(?:it\\s+)?(?:belongs to|is owned by|owned by|is created by|created by|"
            + "is assigned to|assigned to|is part of|part of|references?|refers to|points to|is linked to one|for|of|is in|in)\\s+(.+)$");
    private static final Pattern HAS = Pattern.compile("^(?:it\\s+)?(has many|has multiple|has several|has one or more|has zero or more|contains|contain|"
            + "has|have|includes|include|uses|use|holds|owns|groups|many-to-many with|is linked to many|linked to many)\\s+(.+)$");
    private static final Pattern SHARED = Pattern.compile("\\b(?:used in|used by|belongs to many|shared by|appears in|in many)\\b");
    private static final Pattern ARTICLES = Pattern.compile("^(?:a|an|the|one|its|their|many|multiple|several|one or more|zero or more|some|"
            + "exactly one|at most one|any)\\s+");

    private EntityTableReader() {
    }

    /** Reads every entity-table row of the statements; returns how many rows it read. */
    static int read(List<Statement> statements, Sketch sketch) {
        Map<String, String[]> rows = new LinkedHashMap<>(); // entity -> {relationship cell, source}
        for (Statement s : statements) {
            dev.schemawright.modeling.Deadline.current().check("EntityTableReader");
            if (s.kind() != RequirementKind.DATA_ROW || s.facets().size() < 2) {
                continue;
            }
            String entityCell = null;
            String attributes = null;
            String relations = null;
            for (Map.Entry<String, String> cell : s.facets().entrySet()) {
                String header = cell.getKey().replace("*", "").strip().toLowerCase(Locale.ROOT);
                if (entityCell == null && ENTITY_HEADERS.contains(header)) {
                    entityCell = cell.getValue();
                } else if (attributes == null && ATTRIBUTE_HEADERS.contains(header)) {
                    attributes = cell.getValue();
                } else if (relations == null && RELATION_HEADERS.contains(header)) {
                    relations = cell.getValue();
                }
            }
            if (entityCell == null || attributes == null) {
                continue;
            }
            Matcher n = NAME.matcher(entityCell.replace("`", "").replace("*", "").strip());
            String entity = n.matches() ? EntityNames.of(n.group(1).replace(' ', '_').replace('-', '_')) : "";
            if (entity.isEmpty() || !ExplicitSchemaReader.acceptableTable(entity, s.raw())) {
                continue;
            }
            sketch.entity(entity, s.id());
            for (String item : ExplicitSchemaReader.splitTop(attributes.replace("`", ""))) {
                field(entity, item.strip(), s.id(), sketch);
            }
            rows.put(entity, new String[] {relations == null ? "" : relations, s.id()});
        }
        relate(rows, sketch);
        return rows.size();
    }

    /** Keys from each entity's relationship text ({entity -> {text, source}}), targets among the same entities. */
    static void relate(Map<String, String[]> rows, Sketch sketch) {
        for (Map.Entry<String, String[]> row : rows.entrySet()) {
            relations(row.getKey(), row.getValue()[0], row.getValue()[1], rows, sketch);
        }
    }

    /** Whether a phrase states a relationship ("belongs to a garden", "has many plots") rather than naming a field. */
    static boolean relationship(String phrase) {
        String c = phrase.strip().toLowerCase(Locale.ROOT);
        return BELONGS.matcher(c).matches() && !c.matches("^(?:for|of|in|is in)\\b.*") || HAS.matcher(c).matches() && !c.startsWith("has ")
                && !c.startsWith("have ") || c.matches("^has (?:many|multiple|several|one or more|zero or more) .+");
    }

    private static void field(String entity, String item, String source, Sketch sketch) {
        Matcher m = NAME.matcher(item);
        if (!m.matches() || m.group(1).equalsIgnoreCase("etc")) {
            return;
        }
        String column = EntityNames.column(m.group(1).strip().replace(' ', '_').replace('-', '_'));
        String inside = m.group(2) == null ? "" : m.group(2).strip();
        String hint = inside;
        List<String> parts = ExplicitSchemaReader.splitTop(inside.replace('/', ',').replace('|', ','));
        boolean qualifiers = parts.stream().map(p -> p.strip().toLowerCase(Locale.ROOT)).allMatch(p -> p.isEmpty() || QUALIFIERS.contains(p)
                || p.matches("(?:max|min|up to)\\s+\\d+.*|\\d+\\s*(?:chars?|characters).*"));
        if (!qualifiers && parts.size() >= 2 && parts.stream().allMatch(p -> p.strip().matches("[A-Za-z][\\w -]{0,30}"))) {
            hint = "values: " + String.join(", ", parts.stream().map(String::strip).toList()); // "level (basic, plus, pro)"
        }
        sketch.field(entity, column, hint, source);
    }

    private static void relations(String entity, String cell, String source, Map<String, String[]> rows, Sketch sketch) {
        for (String clause : cell.toLowerCase(Locale.ROOT).split("[;.]|,\\s*(?=(?:belongs|has|contains|includes|is|owned|created|assigned|uses)\\b)")) {
            String c = clause.strip();
            Matcher b = BELONGS.matcher(c);
            Matcher h = HAS.matcher(c);
            if (b.matches()) {
                // belonging, ownership and being part of go with the parent; a plain reference, or one to a shared thing, does not
                boolean owned = c.matches("^(?:it\\s+)?(?:belongs to|is owned by|owned by|is created by|created by|is part of|part of)\\b.*");
                for (String target : targets(b.group(1), rows)) {
                    boolean shared = SHARED.matcher(rows.get(target)[0].toLowerCase(Locale.ROOT)).find();
                    reference(sketch, entity, target, source);
                    sketch.field(entity, target + "_id", owned && !shared ? "required on delete cascade" : "on delete restrict", source);
                }
            } else if (h.matches()) {
                boolean manyToMany = h.group(1).startsWith("include") || h.group(1).startsWith("use") || h.group(1).contains("many-to-many")
                        || h.group(1).contains("linked");
                for (String target : targets(h.group(2), rows)) {
                    boolean shared = SHARED.matcher(rows.get(target)[0].toLowerCase(Locale.ROOT)).find();
                    if (manyToMany || shared) {
                        String join = entity + "_" + target;
                        if (!sketch.entities.containsKey(target + "_" + entity)) {
                            sketch.entity(join, source).join = true;
                            reference(sketch, join, entity, source);
                            reference(sketch, join, target, source);
                        }
                    } else if (sketch.references.stream().noneMatch(r -> r.entity().equals(target) && r.target().equals(entity))) {
                        reference(sketch, target, entity, source); // "contains exercise sets": the sets go with their workout
                        sketch.field(target, entity + "_id", "required on delete cascade", source);
                    }
                }
            }
        }
    }

    /** The entities a phrase names ("a workout and an exercise", "exercise sets"), among the table's rows. */
    private static List<String> targets(String phrase, Map<String, String[]> rows) {
        List<String> out = new ArrayList<>();
        for (String part : phrase.split("\\s*(?:,|\\band\\b|\\bor\\b)\\s*")) {
            String p = ARTICLES.matcher(part.strip()).replaceFirst("").replaceAll("\\(.*\\)", "").strip();
            String[] words = p.split("\\s+");
            // the longest leading run of words that names a row: "exercise sets per workout" -> exercise_set
            for (int n = Math.min(words.length, 4); n >= 1; n--) {
                String name = EntityNames.of(String.join("_", java.util.Arrays.copyOf(words, n)));
                if (rows.containsKey(name)) {
                    out.add(name);
                    break;
                }
            }
        }
        return out;
    }

    private static void reference(Sketch sketch, String entity, String target, String source) {
        String column = target + "_id";
        if (entity.equals(target) || sketch.references.stream().anyMatch(r -> r.entity().equals(entity) && r.column().equals(column))) {
            return;
        }
        sketch.references.add(new Sketch.Reference(entity, column, target, source));
    }
}
