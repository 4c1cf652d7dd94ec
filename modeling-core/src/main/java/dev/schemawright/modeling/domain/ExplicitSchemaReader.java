package dev.schemawright.modeling.domain;

import dev.schemawright.modeling.intake.Intake;
import dev.schemawright.modeling.intake.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what documents state about the schema in so many words: SQL CREATE TABLE blocks, "`name` table" mentions,
 * "`table` (col, col → other.id)" lists, entity headings followed by field bullets, "`table.column`" references and
 * "instead of a separate `x` table" vetoes; in code blocks also Mermaid ER diagrams, Prisma models, DBML, TypeScript types and box diagrams. Planning notes are mostly written this way, and PRDs often carry a data
 * model section; English and Polish cue words are both read.
 */
public final class ExplicitSchemaReader {
    static final String IDENT = "[A-Za-z][A-Za-z0-9_]*";
    private static final String TABLE_WORD = "(?:tables?|tabel[aię]?|tabeli|tabelach)";
    /** Lower case, one of them in every TABLE_WORD: lines without them skip the table patterns (keep in step). */
    private static final List<String> TABLE_WORD_STEMS = List.of("tabl", "tabel");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(?:\"?\\w+\"?\\.)?\"?(" + IDENT + ")\"?\\s*\\(", Pattern.CASE_INSENSITIVE);
    /** DDL without the keywords, as plans sketch it in code blocks: a name alone before "(" on its line, columns below. */
    private static final Pattern BARE_TABLE = Pattern.compile("(?m)^[ \\t]*\"?(" + IDENT + ")\"?[ \\t]*\\([ \\t]*$");
    private static final Pattern TICKED_TABLE = Pattern.compile(
            "`(?:public\\.)?(" + IDENT + ")`\\s+" + TABLE_WORD + "\\b|\\b" + TABLE_WORD + "\\s+`(?:public\\.)?(" + IDENT + ")`",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TICKED_COLUMN_LIST = Pattern.compile("(?:`|\\*\\*)(?:public\\.)?(" + IDENT + ")(?:`|\\*\\*)\\s*\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)");
    private static final Pattern DOTTED = Pattern.compile("`(" + IDENT + ")\\.(" + IDENT + ")`");
    private static final Pattern VETO = Pattern.compile(
            "(?:instead of (?:a |the )?(?:storing (?:\\w+ )?in )?(?:a )?separate|no separate|not (?:create|use) (?:a |any )?(?:separate |custom )?|"
                    + "without (?:a )?separate|rather than (?:a )?separate|do not create (?:a )?(?:custom |separate )?)\\s*`?(" + IDENT + ")`?(?:\\s+" + TABLE_WORD + ")?",
            Pattern.CASE_INSENSITIVE);
    /** Lower case, one of them in every VETO match: statements without them skip VETO (keep in step). */
    private static final List<String> VETO_WORDS = List.of("instead of", "no separate", "not create", "not use", "without", "rather than");
    private static final Pattern ENTITY_HEADING = Pattern.compile("^(?:#{2,6}\\s+|\\*\\*)?(?:\\d+[.)]\\s*)?([A-Z][A-Za-z0-9]*(?:[ _][A-Za-z][A-Za-z0-9]*)?)(?:\\*\\*)?"
            + "\\s*(?:\\((?:join|junction|association|pivot|link)?\\s*table\\)|table|entity)?\\s*:?\\s*(?:\\*\\*)?\\s*$");
    private static final Pattern FIELD_BULLET = Pattern.compile("^\\s*(?:(?:[-*+]|\\d+[.)])\\s+)?(?:`|\\*\\*)?(" + IDENT + ")(?:`|\\*\\*)?\\s*(?:[:(\\-–—]\\s*(.*))?$");
    private static final Pattern TABLE_BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(?:`|\\*\\*)(" + IDENT + ")(?:`|\\*\\*)\\s*(?::|—|–|-)\\s*(.*)$");
    static final Pattern FK_ARROW = Pattern.compile("(?:→|->|=>|references|refs?\\.?|fk to|foreign key to|foreign key \\(?\\w+\\)? references|klucz obcy do)\\s*`?(?:auth\\.|public\\.)?(" + IDENT + ")(?:\\.|\\(|`|\\s|$|,)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_TABLES = Set.of("join", "junction", "the", "this", "that", "each", "every", "a", "an", "one", "separate",
            "new", "lookup", "pivot", "cache", "summary", "main", "user_owned", "all", "these", "those", "other", "any", "same", "domain", "sql");
    static final Set<String> SQL_TYPES = Set.of("uuid", "text", "varchar", "char", "integer", "int", "bigint", "smallint", "serial", "bigserial",
            "boolean", "bool", "timestamptz", "timestamp", "date", "time", "numeric", "decimal", "real", "float", "double", "jsonb", "json",
            "bytea", "interval", "string", "long", "enum", "array", "citext", "inet");

    public Sketch read(Intake intake) {
        Sketch sketch = new Sketch();
        java.util.Set<Statement> buildable = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        buildable.addAll(intake.statements());
        for (Statement code : intake.code()) {
            dev.schemawright.modeling.Deadline.current().check("ExplicitSchemaReader");
            readCode(code, sketch);
        }
        for (Map.Entry<String, List<Statement>> doc : intake.documents().entrySet()) {
            List<Statement> lines = doc.getValue().stream().filter(buildable::contains).toList();
            readSql(lines, sketch, CREATE_TABLE);
        }
        sketch.entities.values().forEach(e -> e.code = true); // what is known so far was written as code
        for (Map.Entry<String, List<Statement>> doc : intake.documents().entrySet()) {
            List<Statement> lines = doc.getValue().stream().filter(buildable::contains).toList();
            readEntityBlocks(lines, sketch);
            for (Statement s : lines) {
                dev.schemawright.modeling.Deadline.current().check("ExplicitSchemaReader");
                readLine(s, sketch);
            }
        }
        dropTableLists(sketch);
        EntityTableReader.read(intake.statements(), sketch);
        for (Statement s : intake.statements()) {
            dev.schemawright.modeling.Deadline.current().check("ExplicitSchemaReader");
            if (!mentionsAny(s.raw().toLowerCase(Locale.ROOT), VETO_WORDS)) {
                continue;
            }
            Matcher v = VETO.matcher(s.raw());
            while (v.find()) {
                String name = EntityNames.of(v.group(1));
                if (!NOT_TABLES.contains(name) && !name.isEmpty()) {
                    sketch.vetoed.add(name);
                }
            }
        }
        return sketch;
    }

    /** A code block states a schema when it is SQL DDL, a Mermaid ER diagram, Prisma models or a box diagram. */
    private void readCode(Statement code, Sketch sketch) {
        String text = code.raw();
        if (MermaidErReader.draws(text)) {
            MermaidErReader.read(text, code.id(), sketch);
        } else if (PrismaSchemaReader.draws(text)) {
            PrismaSchemaReader.read(text, code.id(), sketch);
        } else if (DbmlReader.draws(text)) {
            DbmlReader.read(text, code.id(), sketch);
        } else if (BoxDiagramReader.draws(text)) {
            BoxDiagramReader.read(text, code.id(), sketch);
        } else if (CREATE_TABLE.matcher(text).find()) {
            readSql(List.of(code), sketch, CREATE_TABLE);
        } else if (TypeScriptTypesReader.draws(text)) {
            TypeScriptTypesReader.read(text, code.id(), sketch);
        } else if (BARE_TABLE.matcher(text).find()) {
            readSql(List.of(code), sketch, BARE_TABLE);
        }
    }

    /** CREATE TABLE statements, possibly spread over many requirement lines of a code block. */
    private void readSql(List<Statement> lines, Sketch sketch, Pattern tableStart) {
        StringBuilder text = new StringBuilder();
        List<String> ids = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (Statement s : lines) {
            dev.schemawright.modeling.Deadline.current().check("ExplicitSchemaReader");
            offsets.add(text.length());
            ids.add(s.id());
            text.append(s.raw()).append('\n');
        }
        String all = text.toString();
        Matcher m = tableStart.matcher(all);
        while (m.find()) {
            String table = EntityNames.of(m.group(1));
            int close = closing(all, m.end(), '(', ')');
            int end = close >= 0 ? close : all.length() - 1; // an unclosed block: up to its last character, as before
            String source = ids.get(Math.max(0, indexOf(offsets, m.start())));
            if (table.isEmpty()) {
                continue;
            }
            sketch.entity(table, source);
            String body = all.substring(m.end(), Math.max(m.end(), end)).replaceAll("--[^\n]*", " ");
            for (String item : splitTop(body)) {
                String it = item.strip();
                String low = it.toLowerCase(Locale.ROOT);
                if (low.isEmpty() || low.matches("^(constraint|primary\\s+key|unique|check|foreign\\s+key|exclude|index)\\b.*")) {
                    Matcher fk = Pattern.compile("foreign\\s+key\\s*\\((\\w+)\\)\\s*references\\s+(?:\\w+\\.)?(\\w+)", Pattern.CASE_INSENSITIVE).matcher(it);
                    if (fk.find()) {
                        sketch.references.add(new Sketch.Reference(table, EntityNames.column(fk.group(1)), EntityNames.of(fk.group(2)), source));
                    }
                    continue;
                }
                Matcher col = Pattern.compile("^\"?(" + IDENT + ")\"?\\s+(.*)$", Pattern.DOTALL).matcher(it);
                if (!col.find()) {
                    continue;
                }
                String column = EntityNames.column(col.group(1));
                sketch.field(table, column, col.group(2).replaceAll("\\s+", " "), source);
                Matcher ref = Pattern.compile("references\\s+(?:\"?(\\w+)\"?\\.)?\"?(\\w+)\"?", Pattern.CASE_INSENSITIVE).matcher(col.group(2));
                if (ref.find()) {
                    sketch.references.add(new Sketch.Reference(table, column, EntityNames.of(ref.group(2)), source));
                }
            }
        }
    }

    private static int indexOf(List<Integer> offsets, int position) {
        int idx = 0;
        for (int i = 0; i < offsets.size(); i++) {
            if (offsets.get(i) <= position) {
                idx = i;
            }
        }
        return idx;
    }

    /**
     * "**Recipe**" or "### Recipe" followed by field bullets ("- `title` (String, required)", "- title: text"). In a data
     * model section plain words count too ("- opening hours", "- status: free, rented", "- starts at, ends at"), a
     * bullet naming another entity of the section is a key to it, and "belongs to a garden" / "has many plots" are keys.
     */
    private void readEntityBlocks(List<Statement> lines, Sketch sketch) {
        Map<String, String[]> plainRelations = new java.util.LinkedHashMap<>();
        List<String[]> plainFields = new ArrayList<>(); // {entity, phrase, hint, source}
        for (int i = 0; i < lines.size(); i++) {
            Matcher h = ENTITY_HEADING.matcher(lines.get(i).raw());
            if (!h.matches()) {
                continue;
            }
            boolean plainAllowed = plainSection(lines.get(i), h.group(1)) && lines.get(i).raw().startsWith("#");
            List<String[]> fields = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            List<String[]> plain = new ArrayList<>();
            int j = i + 1;
            for (; j < lines.size() && j <= i + 60; j++) {
                Statement line = lines.get(j);
                String raw = line.raw();
                if (line.kind() == dev.schemawright.contracts.requirement.RequirementKind.DATA_ROW && !fieldRow(line)) {
                    break; // a table row about tables or permissions, not a column of this entity
                }
                Matcher f = FIELD_BULLET.matcher(raw);
                String rest = f.matches() && f.group(2) != null ? f.group(2) : "";
                boolean identifierLike = f.matches() && (TICKED_START.matcher(raw).find() || f.group(1).contains("_")
                        || f.group(1).matches(".*[a-z][A-Z].*") || looksTyped(rest));
                if (identifierLike && plain.isEmpty()) {
                    fields.add(new String[] {f.group(1), rest});
                    sources.add(lines.get(j).id());
                    continue;
                }
                if (raw.isBlank() || raw.startsWith("```")) {
                    continue;
                }
                if (plainAllowed && fields.size() < 2 && !raw.startsWith("#") && plainBullet(raw, line.id(), plain)) {
                    for (int k = 0; k < fields.size(); k++) { // "- number (unique)" looked typed; the block is plain words
                        plain.add(0, new String[] {fields.get(k)[0].toLowerCase(Locale.ROOT), fields.get(k)[1].replaceAll("\\)$", ""), sources.get(k)});
                    }
                    fields.clear();
                    sources.clear();
                    continue;
                }
                break;
            }
            String entity = EntityNames.of(h.group(1).replaceAll("(?i)\\s+(?:table|entity)$", "").replace(' ', '_'));
            boolean named = !entity.isEmpty() && !NOT_TABLES.contains(entity) && !PlanLineReader.COLUMN_SECTIONS.contains(h.group(1).toLowerCase(Locale.ROOT));
            if (fields.size() >= 2 && named) {
                Sketch.Entity e = sketch.entity(entity, lines.get(i).id());
                e.join |= lines.get(i).raw().toLowerCase(Locale.ROOT).matches(".*(join|junction|association|pivot|link)\\s*table.*");
                for (int k = 0; k < fields.size(); k++) {
                    String col = EntityNames.column(fields.get(k)[0]);
                    if (col.startsWith("composite") || col.equals("primary") || col.equals("unique") || col.equals("index")) {
                        continue;
                    }
                    sketch.field(entity, col, fields.get(k)[1], sources.get(k));
                    Matcher fk = FK_ARROW.matcher(fields.get(k)[1]);
                    if (fk.find()) {
                        sketch.references.add(new Sketch.Reference(entity, col, EntityNames.of(fk.group(1)), sources.get(k)));
                    }
                }
                i = j - 1;
            } else if (plain.size() >= 2 && named && !dev.schemawright.modeling.lang.Vocabulary.hardNotEntity(entity) && !isAuthUsers(lines.get(i).raw(), entity)
                    && !PlanLineReader.DOCUMENT_PARTS.contains(h.group(1).toLowerCase(Locale.ROOT))) {
                sketch.entity(entity, lines.get(i).id());
                StringBuilder relations = new StringBuilder();
                for (String[] p : plain) {
                    if (p[1] == null) {
                        relations.append(p[0]).append("; ");
                    } else {
                        plainFields.add(new String[] {entity, p[0], p[1], p[2]});
                    }
                }
                plainRelations.put(entity, new String[] {relations.toString(), lines.get(i).id()});
                i = j - 1;
            }
        }
        Set<String> actors = plainFields.isEmpty() ? Set.of() : actors(lines);
        for (String[] f : plainFields) {
            String target = EntityNames.of(f[1].replace(' ', '_'));
            if (plainRelations.containsKey(target) && !target.equals(f[0])) {
                plainRelations.get(f[0])[0] += "references " + f[1] + "; "; // "- tool" under Booking: a key to the tool
            } else if (!f[1].contains(" ") && actors.contains(f[1])) {
                sketch.field(f[0], f[1] + "_id", "uuid " + f[2], f[3]); // "- gardener" when gardeners are the users: a key to them
                sketch.references.add(new Sketch.Reference(f[0], f[1] + "_id", EntityNames.USER, f[3]));
            } else {
                sketch.field(f[0], EntityNames.column(unitName(f[1]).replace(' ', '_')), f[2], f[3]);
            }
        }
        EntityTableReader.relate(plainRelations, sketch);
    }

    private static final Pattern STORY_ACTOR = Pattern.compile("\\bas an? ([a-z]+)\\b");
    private static final Pattern IN_UNIT = Pattern.compile("^(.+?) in (square meters|square metres|meters|metres|kilograms|kilometers|kilometres|"
            + "centimeters|centimetres|grams|minutes|hours|seconds|days|pounds|miles)$");
    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("square meters", "m2"), Map.entry("square metres", "m2"),
            Map.entry("meters", "m"), Map.entry("metres", "m"), Map.entry("kilograms", "kg"), Map.entry("kilometers", "km"),
            Map.entry("kilometres", "km"), Map.entry("centimeters", "cm"), Map.entry("centimetres", "cm"), Map.entry("grams", "g"),
            Map.entry("minutes", "minutes"), Map.entry("hours", "hours"), Map.entry("seconds", "seconds"), Map.entry("days", "days"),
            Map.entry("pounds", "lb"), Map.entry("miles", "mi"));

    private static final Pattern PLAIN_SECTION = Pattern.compile(".*\\b(?:data model|entities|entity|domain model|data structures?|schema|"
            + "data requirements|data objects|model danych|encje)\\b.*", Pattern.CASE_INSENSITIVE);
    /** Heading words of document parts, not things ("Next Steps", "Security Decisions", "Resolved Issues"). */
    private static final Set<String> DOCUMENT_HEADS = Set.of("decision", "step", "requirement", "issue", "consideration", "recommendation",
            "note", "question", "validation", "summary", "documentation", "reference", "goal", "metric", "risk", "assumption", "constraint",
            "feature", "story", "overview", "strategy", "approach", "principle", "rule", "guideline", "policy", "index", "relationship",
            "trigger", "migration", "test", "task", "phase", "plan", "criterion", "scope", "change", "improvement", "consequence");

    /** Plain-word field bullets are read only under a data-model section, and under a heading that names a thing. */
    private static boolean plainSection(Statement heading, String name) {
        List<String> above = heading.headings().size() > 1 ? heading.headings().subList(0, heading.headings().size() - 1) : heading.headings();
        String[] words = name.toLowerCase(Locale.ROOT).split("[ _]");
        String last = dev.schemawright.modeling.lang.Inflection.singular(words[words.length - 1]);
        return above.stream().anyMatch(h -> PLAIN_SECTION.matcher(h).matches()) && !DOCUMENT_HEADS.contains(last)
                && !PlanLineReader.DOCUMENT_PARTS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Who the stories are about ("As a gardener, I want…"), and the usual names of a user. */
    private static Set<String> actors(List<Statement> lines) {
        Set<String> out = new java.util.HashSet<>(Set.of("user", "owner", "author", "creator", "assignee"));
        for (Statement s : lines) {
            dev.schemawright.modeling.Deadline.current().check("ExplicitSchemaReader");
            Matcher m = STORY_ACTOR.matcher(s.text().toLowerCase(Locale.ROOT));
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** "size in square meters" -> "size m2", so the column says its unit and is typed as a measure. */
    static String unitName(String phrase) {
        Matcher m = IN_UNIT.matcher(phrase);
        return m.matches() ? m.group(1) + " " + UNITS.get(m.group(2)) : phrase;
    }

    private static final Pattern PLAIN_BULLET = Pattern.compile("^\\s*(?:(?:[-*+]|\\d+[.)])\\s+)?(?:\\*\\*)?([A-Za-z][A-Za-z0-9]*(?:[ -][A-Za-z][A-Za-z0-9]*){0,3})(?:\\*\\*)?"
            + "\\s*(?:\\((.*)\\)|:\\s*(.*)|[—–-]\\s+(.*))?\\s*$");
    private static final Set<String> NOT_FIELD_STARTS = Set.of("is", "are", "can", "may", "must", "should", "will", "users", "user", "the", "a",
            "an", "each", "every", "when", "if", "as", "it", "this", "they", "we", "no", "not", "only", "all");

    /**
     * A plain-word bullet in a data model section: {phrase, hint, source} per field ("starts at, ends at" gives two), or
     * {text, null, source} for a relationship; false when the line is prose, not a field list.
     */
    private static boolean plainBullet(String raw, String source, List<String[]> out) {
        String text = raw.replaceFirst("^\\s*(?:[-*+]|\\d+[.)])\\s+", "").strip();
        if (text.contains("**") || text.split("\\s+").length > 12) {
            return false; // "**Row-level security**: implement it in the repository layer" is a note, not a field
        }
        if (EntityTableReader.relationship(text)) {
            out.add(new String[] {text, null, source});
            return true;
        }
        List<String> parts = text.contains(",") && !text.contains(":") && !text.contains("(") ? splitTop(text) : List.of(text);
        List<String[]> read = new ArrayList<>();
        for (String part : parts) {
            Matcher m = PLAIN_BULLET.matcher(part.strip());
            if (!m.matches() || NOT_FIELD_STARTS.contains(m.group(1).split("[ -]")[0].toLowerCase(Locale.ROOT))) {
                return false;
            }
            String hint = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : "";
            if (hint.split("\\s+").length > 8) {
                return false;
            }
            if (hint.matches("[A-Za-z][\\w -]{0,30}(?:\\s*[,/|]\\s*[A-Za-z][\\w -]{0,30})+") && !hint.toLowerCase(Locale.ROOT).matches(".*\\b(?:unique|required|optional)\\b.*")) {
                hint = "values: " + hint; // "status: free, rented, closed", "condition (good, worn, broken)"
            }
            read.add(new String[] {m.group(1).toLowerCase(Locale.ROOT), hint, source});
        }
        out.addAll(read);
        return !read.isEmpty();
    }

    private static final Pattern TICKED_START = Pattern.compile("^\\s*(?:(?:[-*+]|\\d+[.)])\\s+)?`");
    private static final Set<String> FIELD_HEADERS = Set.of("column", "columns", "field", "fields", "name", "attribute", "attributes",
            "column name", "field name", "property", "kolumna", "pole", "nazwa", "atrybut");

    /** A table row names a column when its first header says so ("Column | Type | Notes"). */
    private static boolean fieldRow(Statement row) {
        return !row.facets().isEmpty() && FIELD_HEADERS.contains(row.facets().keySet().iterator().next().strip().toLowerCase(Locale.ROOT));
    }

    private static final List<Pattern> TYPE_FIRST = SQL_TYPES.stream().map(t -> Pattern.compile("^\\(?" + t + "\\b.*")).toList();
    private static final Pattern RULE_FIRST = Pattern.compile("^\\(?(pk|fk|primary key|foreign key|required|optional|unique|nullable|not null)\\b.*");

    static boolean looksTyped(String rest) {
        String low = rest.toLowerCase(Locale.ROOT);
        for (Pattern t : TYPE_FIRST) {
            if (t.matcher(low).matches()) {
                return true;
            }
        }
        return RULE_FIRST.matcher(low).matches();
    }

    private static final Pattern PLAIN_TABLE = Pattern.compile(
            "(?:\\b(a|an|the|separate|new|dedicated|single|own|main|normalized|normalised|custom|lookup|join|junction|cache|log|audit)\\s+)?`?\\b("
                    + IDENT + ")`?\\s+" + TABLE_WORD + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_FIRST = Pattern.compile("\\b" + TABLE_WORD + "\\s+`?(" + IDENT + ")`?", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_LIST = Pattern.compile("\\b((?:" + IDENT + "\\s*,\\s*)*" + IDENT + "\\s+(?:and|i|oraz|&)\\s+" + IDENT + ")\\s+" + TABLE_WORD + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COLUMN_LIST = Pattern.compile("(?:^|[\\s:`*])(" + IDENT + ")`?\\**\\s*\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)");
    private static final Pattern PLAIN_DOTTED = Pattern.compile("\\b(" + IDENT + ")\\.(" + IDENT + ")\\b");
    private static final Pattern ARROW = Pattern.compile("\\b(" + IDENT + ")\\s*(?:→|->)\\s*(?:auth\\.|public\\.)?(" + IDENT + ")(?:\\.(" + IDENT + "))?");
    private static final Pattern SNAKE = Pattern.compile("\\b([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\\b");
    private static final Set<String> NOT_COLUMN_OWNERS = Set.of("check", "unique", "index", "key", "on", "in", "of", "for", "with", "where", "and", "or",
            "constraint", "constraints", "primary", "foreign", "references", "count", "sum", "max", "min", "avg", "now", "coalesce", "extract",
            "char_length", "length", "lower", "upper", "to_tsvector", "uuid", "varchar", "numeric", "decimal", "e", "i", "eg", "ie", "see", "via",
            "using", "gin", "btree", "gist", "default", "interval", "delete", "update", "select", "insert", "values", "returns", "function");
    private static final Set<String> FILE_WORDS = Set.of("sql", "md", "ts", "tsx", "js", "jsx", "astro", "json", "com", "io", "ai", "uid", "env",
            "yml", "yaml", "py", "java", "html", "css", "net", "org", "dev", "app", "txt", "pdf", "csv", "role", "jwt", "email");

    private static final Pattern LIST_ITEM = Pattern.compile("^`?(" + IDENT + ")`?(.*)$", Pattern.DOTALL);
    private String lastTable;
    /** The definition lines just read, one after another: {table, statement id}. */
    private final List<String[]> definitionRun = new ArrayList<>();
    private String lastTableLine;

    private static final Pattern SCHEMA_HINT = Pattern.compile("(?i)tabl|tabel|_|\\.|→|->|\\(");
    private static final List<String> ARROWS = List.of("→", "->");
    private static final Pattern LINE_PART = Pattern.compile("\\.\\d+$");
    private static final Pattern IDENT_ITEM = Pattern.compile(IDENT + "(\\s.*)?");
    private static final Pattern SNAKE_ITEM = Pattern.compile("(id|[a-z][a-z0-9]*_[a-z0-9_]+)(\\s.*)?");
    /** "on the profiles, decks and cards tables": a few names, bounded (an unbounded run of names and spaces backtracks). */
    private static final Pattern ON_TABLES = Pattern.compile("\\b(?:on|in|to|for)\\s+(?:all\\s+)?(?:the\\s+)?[a-z_]+(?:[ ,]{1,3}[a-z_]+){0,8}\\s+tables\\b");

    /** What PLAIN_DOTTED needs somewhere: an identifier character, a dot, a letter ("table.column", not "end. Next"). */
    private static boolean hasDottedName(String raw) {
        for (int i = raw.indexOf('.'); i >= 0; i = raw.indexOf('.', i + 1)) {
            if (i == 0 || i + 1 == raw.length()) {
                continue;
            }
            char before = raw.charAt(i - 1);
            char after = raw.charAt(i + 1);
            if ((Character.isLetterOrDigit(before) || before == '_') && (after >= 'a' && after <= 'z' || after >= 'A' && after <= 'Z')) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line followed by bullets that each name a table of the plan's list ("- Built-in migrations" right before
     * "- `users` - owners", "- `apartments` - flats", where the label line between was a bold caption): the bullets list
     * tables, so the line is no entity and its "fields" none of its columns.
     */
    private static void dropTableLists(Sketch sketch) {
        for (Sketch.Entity e : new ArrayList<>(sketch.entities.values())) {
            if (e.code || e.identifier || e.fields.size() < 2) {
                continue;
            }
            long tables = e.fields.keySet().stream().filter(f -> {
                Sketch.Entity t = sketch.entities.get(EntityNames.of(f));
                return t != null && t != e && t.identifier;
            }).count();
            if (tables == e.fields.size()) {
                sketch.entities.remove(e.name);
                sketch.references.removeIf(r -> r.entity().equals(e.name));
            }
        }
    }

    private static int fieldCount(Sketch sketch) {
        int n = 0;
        for (Sketch.Entity e : sketch.entities.values()) {
            n += e.fields.size();
        }
        return n;
    }

    private void readLine(Statement s, Sketch sketch) {
        String line = LINE_PART.matcher(s.id()).replaceFirst("");
        if (PlanLineReader.columnRow(s, sketch) || PlanLineReader.sectionColumn(s, sketch)) {
            return;
        }
        if (PlanLineReader.inlineDefinitions(s, sketch) > 0) {
            return;
        }
        int fieldsBefore = fieldCount(sketch);
        String defined = PlanLineReader.definition(s, sketch);
        if (defined != null) {
            lastTable = defined;
            lastTableLine = line;
            // whether this line gave columns: a table the prose or another section named before ("users") gives none here
            definitionRun.add(new String[] {defined, s.id(), fieldCount(sketch) > fieldsBefore ? "columns" : ""});
            // consecutive definition lines of which one names an identifier ("beds: ...", "sowing_records: ...") list tables,
            // with or without their columns; among lines that do give columns, a word without them ("streaks: consecutive
            // days") is a gloss, and only identifiers are tables
            if (definitionRun.size() >= 2 && definitionRun.stream().anyMatch(d -> d[0].contains("_"))) {
                boolean columnsGiven = definitionRun.stream().anyMatch(d -> !d[2].isEmpty());
                definitionRun.stream().filter(d -> !columnsGiven || d[0].contains("_")).forEach(d -> sketch.entity(d[0], d[1]).identifier = true);
            }
            return;
        }
        definitionRun.clear();
        if (lastTable != null && line.equals(lastTableLine) && PlanLineReader.columnsOf(lastTable, s.raw(), s, sketch) > 0) {
            return; // "Fields: ..." in the next sentence of a definition line
        }
        String raw = s.raw().replace("`", "");
        boolean hint = raw.indexOf('.') >= 0 || raw.indexOf('_') >= 0 || raw.indexOf('(') >= 0 || SCHEMA_HINT.matcher(raw).find();
        if (!hint) {
            return;
        }
        String low = raw.toLowerCase(Locale.ROOT);
        List<String> tablesHere = new ArrayList<>();
        boolean namesTables = mentionsAny(low, TABLE_WORD_STEMS);
        Matcher t = PLAIN_TABLE.matcher(raw);
        while (namesTables && t.find()) {
            String word = t.group(2);
            boolean qualified = t.group(1) != null || word.contains("_") || t.start(2) == 0 && Character.isUpperCase(word.charAt(0));
            boolean pluralish = word.toLowerCase(Locale.ROOT).endsWith("s") || word.contains("_");
            String name = EntityNames.of(word);
            if (qualified && pluralish && acceptableTable(name, raw)) {
                sketch.entity(name, s.id());
                tablesHere.add(name);
            } else if (t.start(2) == 0 && raw.matches("^\\S+(\\s\\S+)?\\s+(?i:table|tabela)\\s*(:.*|\\(.*\\))?$") && Character.isUpperCase(word.charAt(0))
                    && acceptableTable(name, raw)) {
                sketch.entity(name, s.id()); // "User Table" as a section title
                tablesHere.add(name);
            }
        }
        Matcher tf = TABLE_FIRST.matcher(raw);
        while (namesTables && tf.find()) {
            String word = tf.group(1);
            String name = EntityNames.of(word);
            // "table `decks`", "tabela deck_cards": named as identifiers; "every table carries ..." is a verb after "table"
            boolean identifier = word.contains("_") || s.raw().contains("`" + word + "`") || s.raw().matches("(?s).*\\b" + TABLE_WORD + ":\\s*`?" + Pattern.quote(word) + "\\b.*");
            if (identifier && acceptableTable(name, raw) && !tablesHere.contains(name)
                    && !Set.of("with", "for", "per", "and", "to", "in", "on", "structure", "partitioning", "policies", "names").contains(word.toLowerCase(Locale.ROOT))) {
                sketch.entity(name, s.id());
                tablesHere.add(name);
            }
        }
        Matcher tl = TABLE_LIST.matcher(raw);
        while (namesTables && tl.find()) {
            for (String w : tl.group(1).split("\\s*(?:,|\\band\\b|\\bi\\b|\\boraz\\b|&)\\s*")) {
                String name = EntityNames.of(w.strip());
                if (!w.isBlank() && acceptableTable(name, raw) && (sketch.entities.containsKey(name) || w.contains("_") || w.endsWith("s")) && !tablesHere.contains(name)) {
                    sketch.entity(name, s.id());
                    tablesHere.add(name);
                }
            }
        }
        Matcher b = TABLE_BULLET.matcher(s.raw());
        if (b.matches() && b.group(1).equals(b.group(1).toLowerCase(Locale.ROOT)) && inSchemaSection(s)) {
            String name = EntityNames.of(b.group(1));
            if (acceptableTable(name, raw) && !b.group(2).toLowerCase(Locale.ROOT).contains("managed by supabase")) {
                sketch.entity(name, s.id());
                tablesHere.add(name);
            }
        }
        Matcher l = COLUMN_LIST.matcher(raw);
        while (raw.indexOf('(') >= 0 && l.find()) {
            String owner = l.group(1);
            String name = EntityNames.of(owner);
            List<String> items = splitTop(l.group(2));
            long identifiers = items.stream().map(String::strip).filter(x -> IDENT_ITEM.matcher(x).matches()).count();
            long snakeItems = items.stream().map(String::strip).filter(x -> SNAKE_ITEM.matcher(x).matches()).count();
            boolean ownerOk = !NOT_COLUMN_OWNERS.contains(owner.toLowerCase(Locale.ROOT)) && (owner.contains("_") || sketch.entities.containsKey(name)
                    || owner.equals(owner.toLowerCase(Locale.ROOT)) && owner.endsWith("s"));
            if (!ownerOk || !acceptableTable(name, raw) || items.size() < 2 || identifiers < items.size() - 1 || snakeItems < 1
                    || l.group(2).contains("=") || l.group(2).contains("'") || l.group(2).length() > 400) {
                continue;
            }
            sketch.entity(name, s.id());
            tablesHere.add(name);
            for (String item : items) {
                Matcher c = LIST_ITEM.matcher(item.strip());
                if (!c.find() || c.group(1).equalsIgnoreCase("etc")) {
                    continue;
                }
                String col = EntityNames.column(c.group(1));
                sketch.field(name, col, c.group(2).strip(), s.id());
                Matcher fk = FK_ARROW.matcher(c.group(2));
                if (fk.find()) {
                    sketch.references.add(new Sketch.Reference(name, col, EntityNames.of(fk.group(1)), s.id()));
                }
            }
        }
        Matcher d = PLAIN_DOTTED.matcher(raw);
        while (hasDottedName(raw) && d.find()) {
            String tableWord = d.group(1);
            String column = d.group(2);
            String table = EntityNames.of(tableWord);
            if (tableWord.equalsIgnoreCase("auth") || FILE_WORDS.contains(column.toLowerCase(Locale.ROOT)) || tableWord.length() < 3
                    || column.length() < 2 || Character.isDigit(column.charAt(0))) {
                continue;
            }
            boolean known = sketch.entities.containsKey(table) || tableWord.contains("_") || tableWord.equals(tableWord.toLowerCase(Locale.ROOT)) && tableWord.endsWith("s");
            if (known && acceptableTable(table, raw) && (column.contains("_") || column.equals(column.toLowerCase(Locale.ROOT)) || column.matches(".*[a-z][A-Z].*"))) {
                sketch.field(table, EntityNames.column(column), "", s.id());
            }
        }
        Matcher a = ARROW.matcher(raw);
        while (mentionsAny(raw, ARROWS) && a.find()) {
            String left = a.group(1);
            String target = EntityNames.of(a.group(2));
            if (a.group(3) != null && !a.group(3).equals("id") || target.isEmpty() || left.contains("_id")) {
                continue;
            }
            String leftName = EntityNames.of(left);
            boolean leftKnown = sketch.entities.containsKey(leftName) || leftName.equals(EntityNames.USER);
            boolean targetKnown = sketch.entities.containsKey(target) || target.equals(EntityNames.USER);
            if (!leftKnown || !targetKnown || leftName.equals(target)) {
                continue;
            }
            ArrowReading reading = arrowReading(raw.substring(a.end()), sketch, leftName, target);
            if (reading == ArrowReading.MANY_TO_MANY) {
                continue;
            }
            if (reading == ArrowReading.PARENT_TO_CHILD) {
                sketch.references.add(new Sketch.Reference(target, leftName + "_id", leftName, s.id()));
            } else if (sketch.entities.containsKey(leftName)) {
                Sketch.Entity child = sketch.entities.get(leftName);
                if (target.equals("profile") && child.fields.containsKey("user_id") && !child.fields.containsKey("profile_id")) {
                    // "user_cards → profiles": the user key points at the profile (whose id is the auth user's id)
                    sketch.references.removeIf(r -> r.entity().equals(leftName) && r.column().equals("user_id"));
                    sketch.references.add(new Sketch.Reference(leftName, "user_id", target, s.id()));
                    continue;
                }
                sketch.references.add(new Sketch.Reference(leftName, (target.equals(EntityNames.USER) && raw.contains("auth.users") && leftName.equals("profile")) ? "id" : target + "_id", target, s.id()));
            }
        }
        // snake_case identifiers in a sentence about exactly one table are its columns ("use total_cards_count counter on profiles table")
        if (tablesHere.isEmpty() && line.equals(lastTableLine) && lastTable != null) {
            tablesHere.add(lastTable);
        }
        List<String> distinct = tablesHere.stream().distinct().toList();
        if (!distinct.isEmpty()) {
            Matcher sn = SNAKE.matcher(raw);
            while (sn.find()) {
                String col = sn.group(1);
                if (sketch.entities.containsKey(EntityNames.of(col)) || col.startsWith("auth_") || low.contains(col + "()") || col.length() > 50
                        || raw.contains(col + ".") || raw.contains(col + "(") || raw.contains("." + col) && !raw.contains(" " + col)) {
                    continue;
                }
                boolean onTable = distinct.size() == 1 || ON_TABLES.matcher(low).find();
                if (!onTable) {
                    continue;
                }
                for (String table : distinct.size() == 1 ? distinct : distinct) {
                    sketch.field(table, col, typeAfter(raw, sn.end()), s.id());
                }
            }
            lastTable = distinct.size() == 1 ? distinct.get(0) : null;
            lastTableLine = line;
        }
    }

    private enum ArrowReading { PARENT_TO_CHILD, CHILD_TO_PARENT, MANY_TO_MANY }

    private static final Pattern ONE_TO_MANY_AFTER = Pattern.compile("^[\\s:(\\-–—,]*(?:one[- ]to[- ](?:many|zero|0)|1\\s*:\\s*(?:n|m|\\*|many|0\\.\\.\\*)|1\\s*[-–]\\s*n\\b|has many|contains)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MANY_TO_ONE_AFTER = Pattern.compile("^[\\s:(\\-–—,]*(?:many[- ]to[- ]one|n\\s*:\\s*1|belongs to|references)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MANY_TO_MANY_AFTER = Pattern.compile("^[\\s:(\\-–—,]*(?:many[- ]to[- ]many|[nm]\\s*:\\s*[nm])\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "a → b" is a reference from a to b ("user_cards → cards RESTRICT") unless what follows says the arrow runs from
     * parent to children ("users → loans: one-to-many") or b already has a key column for a.
     */
    private static ArrowReading arrowReading(String after, Sketch sketch, String left, String right) {
        if (MANY_TO_MANY_AFTER.matcher(after).find()) {
            return ArrowReading.MANY_TO_MANY;
        }
        if (ONE_TO_MANY_AFTER.matcher(after).find()) {
            return ArrowReading.PARENT_TO_CHILD;
        }
        if (MANY_TO_ONE_AFTER.matcher(after).find()) {
            return ArrowReading.CHILD_TO_PARENT;
        }
        Sketch.Entity r = sketch.entities.get(right);
        Sketch.Entity l = sketch.entities.get(left);
        boolean rightHasKey = r != null && r.fields.containsKey(left + "_id");
        boolean leftHasKey = l != null && l.fields.containsKey(right + "_id");
        return rightHasKey && !leftHasKey || left.equals(EntityNames.USER) ? ArrowReading.PARENT_TO_CHILD : ArrowReading.CHILD_TO_PARENT;
    }

    private static String typeAfter(String raw, int end) {
        String rest = raw.substring(end).strip();
        String word = rest.split("[^A-Za-z0-9\\[\\]()]+", 2)[0];
        return SQL_TYPES.contains(word.toLowerCase(Locale.ROOT).replaceAll("\\(.*|\\[]", "")) ? rest.substring(0, Math.min(rest.length(), 40)) : "";
    }

    static boolean acceptableTable(String name, String raw) {
        return !name.isEmpty() && !NOT_TABLES.contains(name) && name.length() >= 3 && !isAuthUsers(raw, name)
                && !dev.schemawright.modeling.lang.Vocabulary.NOT_ENTITIES.contains(name) || name.equals("user") && !raw.toLowerCase(Locale.ROOT).contains("auth.users");
    }

    private static boolean isAuthUsers(String raw, String name) {
        return name.equals("user") && raw.toLowerCase(Locale.ROOT).contains("auth.users");
    }

    static boolean inSchemaSection(Statement s) {
        String h = s.headingText().toLowerCase(Locale.ROOT);
        return h.matches(".*(entit|table|schema|data model|database|encj|tabel|model danych|baza danych|relationship).*");
    }

    /** The index of the {@code close} that ends the bracket opened just before {@code from} (nested pairs skipped), or -1. */
    static int closing(String text, int from, char open, char close) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == open ? 1 : c == close ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Splits on commas at parenthesis depth 0. */
    static List<String> splitTop(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : body.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(cur.toString());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        if (!cur.toString().isBlank()) {
            parts.add(cur.toString());
        }
        return parts;
    }
}
