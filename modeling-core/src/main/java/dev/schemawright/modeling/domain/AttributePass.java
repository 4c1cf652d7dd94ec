package dev.schemawright.modeling.domain;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.CheckKind;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.DefaultValue;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.lang.Identifiers;
import dev.schemawright.modeling.lang.Inflection;
import dev.schemawright.modeling.lang.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attributes: columns from explicit field lists (with their stated types and rules) and from prose (field lists,
 * "X tracks a, b and c", form fields in acceptance criteria). Validation words become NOT NULL, UNIQUE, CHECK and
 * defaults; listed values become an IN_VALUES check that the enumeration pass may turn into an enum type.
 */
public final class AttributePass implements DesignPass {
    private static final Set<String> AUTH_FIELDS = Set.of("password", "password_confirmation", "repeat_password", "confirm_password",
            "password_hash", "email_address", "credential", "credentials", "login", "e_mail");
    private static final Pattern RANGE = Pattern.compile("(?:between\\s+)?(-?\\d{1,6})\\s*(?:-|–|to|and|\\.\\.)\\s*(-?\\d{1,6})(?!\\s*(?:chars?|characters?|znak))");
    private static final Pattern DEFAULT = Pattern.compile("default\\s*(?:value\\s*)?(?:=|:|is|of)?\\s*'?([A-Za-z0-9_.-]+)'?", Pattern.CASE_INSENSITIVE);
    private static final int MAX_PROSE_COLUMNS = 10;
    private static final Set<String> ACCOUNT_FIELDS = Set.of("email", "email_address", "password", "username", "login", "valid_email");
    /** Words that name no single column ("timestamps", "metadata fields", "flag"). */
    private static final Set<String> GENERIC_COLUMNS = Set.of("timestamp", "timestamps", "flag", "flags", "start", "end", "count", "time", "data",
            "info", "information", "details", "field", "fields", "value", "values", "state", "text", "page", "rate", "date", "percentage",
            "owner", "set", "list", "item", "items", "entry", "entries", "record", "records", "other", "others", "etc", "more", "options");

    @Override
    public SchemaModel apply(DesignContext ctx) {
        Sketch sketch = Readings.sketch(ctx);
        DomainReading prose = Readings.prose(ctx);
        boolean supabase = ctx.model().stack().auth() == AuthProvider.SUPABASE;
        Set<String> entities = new java.util.HashSet<>();
        ctx.model().tables().forEach(t -> entities.add(t.name()));
        Map<String, List<DomainReading.AttributeHint>> claimed = claimedFields(ctx, entities);
        List<Table> out = new ArrayList<>();
        for (Table t : ctx.model().tables()) {
            Map<String, Column> columns = new LinkedHashMap<>();
            t.columns().forEach(c -> columns.put(c.name(), c));
            List<CheckConstraint> checks = new ArrayList<>(t.checks());
            List<UniqueConstraint> uniques = new ArrayList<>(t.uniques());
            Sketch.Entity explicit = sketch.entities.get(t.name());
            if (explicit != null) {
                for (Sketch.Field f : explicit.fields.values()) {
                    add(t.name(), f.name, f.hint.toString(), List.copyOf(f.sources), columns, checks, uniques);
                }
            }
            // the first MAX_PROSE_COLUMNS distinct prose fields that may be columns, whether or not a column has them yet: the
            // same names on a second application, so the pass is idempotent
            java.util.Set<String> counted = new java.util.HashSet<>();
            boolean planned = explicit != null && explicit.fields.size() >= 3;
            for (DomainReading.AttributeHint h : claimed.getOrDefault(t.name(), List.of())) {
                String name = h.attribute();
                boolean exists = columns.containsKey(name);
                if (!planned && exists && !h.qualifier().isEmpty()) {
                    qualify(t.name(), columns.get(name), h, columns, uniques); // "has a unique code" said again of a known column
                }
                if (planned || name.equals("id") || name.endsWith("_id")
                        || AUTH_FIELDS.contains(name) || entities.contains(Inflection.singular(name)) || name.length() > 40
                        || entities.contains(Inflection.singular(name.replaceFirst("^(set|list|collection|group|series)_of_", "")))
                        || GENERIC_COLUMNS.contains(name)
                        || Vocabulary.NOT_ENTITIES.contains(name) && !Vocabulary.ATTRIBUTE_WORDS.contains(name)
                        || name.equals(t.name()) || name.split("_").length > 4
                        || entities.contains(t.name() + "_" + name)) { // "ticket type" is a table of its own, not a column of tickets
                    continue;
                }
                if (!counted.add(name) || counted.size() > MAX_PROSE_COLUMNS || exists) {
                    continue;
                }
                String hint = (h.qualifier() + " " + proseHint(name, h.context())).strip();
                add(t.name(), Identifiers.safe(name), hint, List.of(h.source()), columns, checks, uniques);
            }
            String head = t.name().substring(t.name().lastIndexOf('_') + 1);
            if (t.kind() == dev.schemawright.contracts.model.TableKind.ENTITY && Vocabulary.LABEL_WORDS.contains(head) && columns.keySet().stream().noneMatch(c -> c.equals("name") || c.equals("title") || c.equals("label"))) {
                // a tag or category is its name: users pick it by name, so a label table without one is incomplete
                add(t.name(), "name", "required", t.sources().isEmpty() ? List.of() : List.of(t.sources().get(0)), columns, checks, uniques);
            }
            out.add(t.withColumns(List.copyOf(columns.values())).withChecks(dedupeChecks(checks)).withUniques(uniques));
        }
        return ctx.model().withTables(out);
    }

    /**
     * Field claims by the table they belong to: the owner a claim names (itself, its head noun, or the one table named after
     * it), else the first table its statement names, else the first table its user story names ("enter a title and a date"
     * under "US-005 Add a book").
     */
    private static Map<String, List<DomainReading.AttributeHint>> claimedFields(DesignContext ctx, Set<String> entities) {
        dev.schemawright.modeling.read.Reading reading = ctx.reading();
        Map<String, List<String>> storySources = new java.util.HashMap<>();
        Map<String, String> storyOfSource = new java.util.HashMap<>();
        for (var st : ctx.intake().statements()) {
            String story = st.facets().get("storyId");
            if (story != null) {
                storySources.computeIfAbsent(story, k -> new ArrayList<>()).add(st.id());
                storyOfSource.put(st.id(), story);
            }
        }
        // "status (draft, published, cancelled)": the values a statement lists for a field it names, whoever owns the field
        Map<String, List<String>> valuesOf = new java.util.HashMap<>();
        for (var v : reading.claims(dev.schemawright.modeling.read.Claim.ValueListClaim.class)) {
            valuesOf.putIfAbsent(v.source() + "#" + v.field(), v.values());
        }
        Map<String, List<DomainReading.AttributeHint>> out = new java.util.HashMap<>();
        for (dev.schemawright.modeling.read.Claim.FieldClaim f : reading.claims(dev.schemawright.modeling.read.Claim.FieldClaim.class)) {
            String owner = f.entity().isEmpty() ? null : resolveOwner(f.entity(), entities);
            if (owner == null && f.entity().isEmpty() && !ACCOUNT_FIELDS.contains(f.field())) {
                // an owner-less "email" or "password" is the account's (sign-up stories), never the story's first table
                owner = firstTable(reading.namesIn(f.source()), entities);
                String story = storyOfSource.get(f.source());
                for (int i = 0; owner == null && story != null && i < storySources.get(story).size(); i++) {
                    owner = firstTable(reading.namesIn(storySources.get(story).get(i)), entities);
                }
            }
            if (owner != null && Fields.isColumnName(f.field())) {
                List<String> values = valuesOf.get(f.source() + "#" + f.field());
                // the listed values reach the column as the prose hint reads them: "field (a, b, c)"
                String context = values == null ? "" : f.field().replace('_', ' ') + " (" + String.join(", ", values) + ")";
                out.computeIfAbsent(owner, k -> new ArrayList<>()).add(new DomainReading.AttributeHint(owner, Fields.columnName(f.field()), context, f.source(), f.hint()));
            }
        }
        return out;
    }

    private static String firstTable(List<String> names, Set<String> entities) {
        for (String n : names) {
            String t = resolveOwner(n, entities);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static String resolveOwner(String name, Set<String> entities) {
        if (entities.contains(name)) {
            return name;
        }
        String head = name.substring(name.lastIndexOf('_') + 1);
        if (entities.contains(head)) {
            return head;
        }
        List<String> compounds = entities.stream().filter(e -> e.endsWith("_" + name)).sorted().toList();
        return compounds.size() == 1 ? compounds.get(0) : null;
    }

    /** A later mention says a prose column is unique or required: the constraint joins the column. */
    private static void qualify(String table, Column c, DomainReading.AttributeHint h, Map<String, Column> columns, List<UniqueConstraint> uniques) {
        if (h.qualifier().equals("unique") && uniques.stream().noneMatch(u -> u.columns().equals(List.of(c.name())))) {
            List<String> sources = new ArrayList<>(c.sources());
            if (!sources.contains(h.source())) {
                sources.add(h.source());
            }
            uniques.add(new UniqueConstraint(Identifiers.derived(table + "_" + c.name(), "key"), List.of(c.name()), sources));
        } else if (h.qualifier().equals("required") && c.nullable()) {
            columns.put(c.name(), c.withNullable(false));
        }
    }

    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^a-z]+");

    /** The first entity a sentence names (its subject, usually). */
    static String mentioned(String text, Set<String> entities) {
        String[] words = NOT_LETTERS.split(text.toLowerCase(Locale.ROOT));
        for (String w : words) {
            String s = Inflection.singular(w);
            if (entities.contains(s)) {
                return s;
            }
        }
        return null;
    }

    /** What the sentence says right after the attribute: "(want to read / reading / completed)", "(max 500 chars)". */
    private static String proseHint(String name, String context) {
        String phrase = name.replace('_', ' ');
        String low = context.toLowerCase(Locale.ROOT);
        int at = low.indexOf(phrase);
        if (at < 0) {
            return "";
        }
        String rest = context.substring(at + phrase.length());
        Matcher paren = Pattern.compile("^\\s*\\(([^)]{1,200})\\)").matcher(rest);
        if (paren.find()) {
            String inside = paren.group(1);
            if (inside.contains("/") || inside.contains(",") || inside.contains(" or ")) {
                return inside.toLowerCase(Locale.ROOT).startsWith("e.g") ? "values: " + inside.replaceFirst("(?i)e\\.g\\.,?", "") : inside;
            }
            return inside;
        }
        return "";
    }

    static void add(String table, String rawName, String hint, List<String> sources, Map<String, Column> columns,
                    List<CheckConstraint> checks, List<UniqueConstraint> uniques) {
        String name = Identifiers.safe(rawName);
        if (name.isEmpty() || columns.containsKey(name)) {
            return;
        }
        String h = hint == null ? "" : hint;
        String low = h.toLowerCase(Locale.ROOT);
        ColumnType type = TypeInference.infer(name, h);
        List<String> values = TypeInference.enumValues(h);
        if (values.isEmpty() && (name.equals("status") || name.endsWith("_status") || name.endsWith("_type") || name.equals("role")
                || name.equals("type") || name.equals("visibility") || name.equals("difficulty") || name.equals("level"))) {
            values = slashValues(h);
        }
        boolean notNull = low.matches(".*\\b(required|not null|mandatory|wymagan\\w*|non-null)\\b.*") || low.contains("primary key");
        boolean nullable = !notNull && (low.matches(".*\\b(optional|nullable|null)\\b.*") || true);
        if (name.equals("name") || name.equals("title")) {
            nullable = low.matches(".*\\b(optional|nullable)\\b.*");
        }
        DefaultValue def = defaultValue(type, low, values);
        String description = "";
        if (type.array() && !low.matches(".*\\b(nullable|null allowed)\\b.*")) {
            // a list is never unknown, only empty: one meaning for "none", and every target (Prisma lists) can say it
            nullable = false;
            def = DefaultValue.of(dev.schemawright.contracts.model.DefaultKind.EMPTY_ARRAY);
            description = "empty when there are none";
        }
        Column c = new Column(name, type, nullable, def, false, description, sources);
        columns.put(name, c);
        if (!values.isEmpty() && (type.kind() == TypeKind.TEXT || type.kind() == TypeKind.VARCHAR)) {
            checks.add(new CheckConstraint(Identifiers.derived(table + "_" + name, "check"), CheckKind.IN_VALUES, List.of(name), values, sources));
        }
        if (low.matches(".*\\bunique\\b.*") && !low.matches(".*unique constraint on \\(.*")) {
            uniques.add(new UniqueConstraint(Identifiers.derived(table + "_" + name, "key"), List.of(name), sources));
        }
        boolean numeric = type.kind() == TypeKind.INTEGER || type.kind() == TypeKind.NUMERIC || type.kind() == TypeKind.REAL
                || type.kind() == TypeKind.SMALLINT || type.kind() == TypeKind.BIGINT;
        if (numeric && !type.array()) {
            Matcher r = RANGE.matcher(low);
            if ((name.contains("rating") || name.contains("score") || low.contains("between") || low.contains("range")) && r.find()
                    && Long.parseLong(r.group(1)) < Long.parseLong(r.group(2))) {
                checks.add(new CheckConstraint(Identifiers.derived(table + "_" + name, "range"), CheckKind.VALUE_BETWEEN, List.of(name),
                        List.of(r.group(1), r.group(2)), sources));
            } else if (low.matches(".*\\b(positive|> ?0|greater than (0|zero))\\b.*")) {
                checks.add(new CheckConstraint(Identifiers.derived(table + "_" + name, "positive"), CheckKind.POSITIVE, List.of(name), List.of(), sources));
            } else if (low.matches(".*(non-negative|nonnegative|>= ?0|≥ ?0|not negative).*") || name.endsWith("_count")
                    || name.equals("quantity") || name.equals("price") || name.equals("amount")) {
                checks.add(new CheckConstraint(Identifiers.derived(table + "_" + name, "nonneg"), CheckKind.NON_NEGATIVE, List.of(name), List.of(), sources));
            }
        }
    }

    private static List<String> slashValues(String hint) {
        if (!hint.contains("/") && !hint.contains(",")) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String v : hint.split("\\s*(?:/|,|\\bor\\b)\\s*")) {
            String s = v.toLowerCase(Locale.ROOT).replaceAll("^(e\\.g\\.|values:)\\s*", "").strip().replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
            if (!s.isEmpty() && s.length() <= 30 && s.matches("[a-z][a-z0-9_]*") && !values.contains(s)) {
                values.add(s);
            }
        }
        return values.size() >= 2 && values.size() <= 12 ? values : List.of();
    }

    private static DefaultValue defaultValue(ColumnType type, String low, List<String> values) {
        Matcher d = DEFAULT.matcher(low);
        if (!d.find()) {
            return null;
        }
        String v = d.group(1).toLowerCase(Locale.ROOT);
        if (type.kind() == TypeKind.BOOLEAN && (v.equals("true") || v.equals("false"))) {
            return DefaultValue.bool(Boolean.parseBoolean(v));
        }
        if ((type.kind() == TypeKind.INTEGER || type.kind() == TypeKind.NUMERIC) && v.matches("-?\\d{1,12}(\\.\\d{1,6})?")) {
            return DefaultValue.number(v);
        }
        if (type.kind() == TypeKind.TIMESTAMPTZ && v.startsWith("now")) {
            return DefaultValue.of(dev.schemawright.contracts.model.DefaultKind.NOW);
        }
        if ((type.kind() == TypeKind.TEXT || type.kind() == TypeKind.VARCHAR) && (values.isEmpty() || values.contains(v)) && v.matches("[a-z][a-z0-9_]*")) {
            return DefaultValue.string(v);
        }
        return null;
    }

    private static List<CheckConstraint> dedupeChecks(List<CheckConstraint> checks) {
        Map<String, CheckConstraint> byName = new LinkedHashMap<>();
        checks.forEach(c -> byName.putIfAbsent(c.name(), c));
        return List.copyOf(byName.values());
    }
}
