package dev.schemawright.modeling.domain;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.modeling.intake.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two ways planning notes state tables line by line (after ingest, list markers are gone, code spans keep backticks):
 * <ul>
 *   <li>a definition line, {@code loans: Core loan records (principal, annual_rate, term_months)} or
 *   {@code simulations: ... Fields: id, user_id, status (ENUM)}, in a schema section or planning notes: the name is a
 *   table, its identifier lists are columns;</li>
 *   <li>a column line under a heading that names a table ({@code ### 1. user_personas} then {@code `user_id`: UUID NOT
 *   NULL REFERENCES auth.users(id)}): the heading's table gets the column, with its type and constraints as the hint.</li>
 * </ul>
 */
final class PlanLineReader {
    private static final String IDENT = ExplicitSchemaReader.IDENT;
    private static final Pattern DEFINITION = Pattern.compile("^(?:[-*+]\\s+|\\d+[.)]\\s+)?(?:\\*\\*)?`?(" + IDENT + ")`?(?:\\*\\*)?\\s*(?::|—|–|\\s-)\\s*(.+)$");
    private static final Pattern COLUMN_LINE = Pattern.compile("^(?:[-*+]\\s+|\\d+[.)]\\s+)?(?:\\*\\*)?(`)?(" + IDENT + ")`?(?:\\*\\*)?\\s*(?::|—|–|\\s-\\s)\\s*(.+)$");
    private static final Pattern PAREN_LIST = Pattern.compile("\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)");
    private static final Pattern FIELDS_LIST = Pattern.compile("\\b(?:fields|columns|attributes|kolumny|pola)\\s*:\\s*(.+?)(?:\\.\\s+[A-Z]|\\.?$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TICKED_SNAKE = Pattern.compile("`([a-z][a-z0-9]*(?:_[a-z0-9]+)+)`(?!\\s*\\()");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d+(?:\\.\\d+)*[.)]?\\s+|table:?\\s+|tabela:?\\s+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_SUFFIX = Pattern.compile("\\s*(?:\\((?:join |junction |association |pivot |link )?table\\)|table|tabela)$", Pattern.CASE_INSENSITIVE);
    /** Headings under a table's heading that still hold its columns; others (indexes, policies...) hold none. */
    static final Set<String> COLUMN_SECTIONS = Set.of("columns", "fields", "attributes", "schema", "structure", "kolumny", "pola");
    private static final Set<String> FIELD_HEADERS = Set.of("column", "column name", "field", "field name", "name", "attribute", "kolumna", "pole",
            "nazwa");
    private static final Set<String> TYPE_HEADERS = Set.of("type", "data type", "datatype", "sql type", "postgres type", "typ", "typ danych");
    static final Set<String> DOCUMENT_PARTS = Set.of("summary", "summaries", "decisions", "recommendations", "issues", "notes",
            "overview", "requirements", "planning", "plan", "questions", "answers", "conclusions", "introduction", "appendix", "glossary");
    private static final Set<String> NOT_COLUMNS = Set.of("purpose", "example", "examples", "note", "notes", "description", "relationships",
            "relationship", "indexes", "index", "constraints", "constraint", "rls", "policies", "policy", "triggers", "trigger", "why", "usage",
            "rationale", "cardinality", "primary", "foreign", "unique", "check", "default", "type", "reason", "access");

    private PlanLineReader() {
    }

    /** The table of a definition line, after recording its columns; null when the line defines no table. */
    static String definition(Statement s, Sketch sketch) {
        if (!(s.role() == DocumentRole.PLANNING_NOTES || ExplicitSchemaReader.inSchemaSection(s))) {
            return null;
        }
        Matcher d = DEFINITION.matcher(s.raw());
        if (!d.matches()) {
            return null;
        }
        String word = d.group(1);
        String rest = d.group(2);
        boolean tableLike = word.equals(word.toLowerCase(Locale.ROOT)) && (word.contains("_") || word.endsWith("s"))
                && !rest.toLowerCase(Locale.ROOT).contains("managed by supabase");
        String table = EntityNames.of(word);
        if (!tableLike || !ExplicitSchemaReader.acceptableTable(table, s.raw()) || ExplicitSchemaReader.looksTyped(rest)) {
            return null; // "`user_id`: UUID NOT NULL" is a column, not a table
        }
        if (columnsOf(table, rest, s, sketch) > 0 || sketch.entities.containsKey(table)) {
            sketch.entity(table, s.id());
        }
        // without columns yet, a glossary entry ("streaks: consecutive days") is no table, unless the next sentence lists them
        return table;
    }

    /** "name: description" where the name is a lower-case identifier, anywhere in a statement (lines run together). */
    private static final Pattern INLINE_DEFINITION = Pattern.compile("(?<![\\w.`])([a-z][a-z0-9]*(?:_[a-z0-9]+)*):\\s+(\\S+)");
    /** Column names by their ending: a key, a time, a count ("user_id: uuid", "created_at: timestamptz"). */
    private static final Pattern COLUMN_ENDING = Pattern.compile(".*_(?:id|at|on|by|count|date|time|url|flag)$");

    /**
     * Definition lines that ingest ran together into one paragraph ("users: credentials (email, password) user_profiles:
     * demographics (age, gender) medication_schedules: ..."): three or more identifiers each followed by a colon and a
     * description, two of them snake_case, none typed like a column, are the tables the notes list. Returns how many.
     */
    static int inlineDefinitions(Statement s, Sketch sketch) {
        if (s.role() != DocumentRole.PLANNING_NOTES) {
            return 0;
        }
        List<String> names = new java.util.ArrayList<>();
        Matcher m = INLINE_DEFINITION.matcher(s.raw());
        while (m.find()) {
            String word = m.group(1);
            String rest = s.raw().substring(m.start(2));
            if (COLUMN_ENDING.matcher(word).matches() || ExplicitSchemaReader.looksTyped(rest) || !(word.contains("_") || word.endsWith("s"))) {
                return 0; // a column listing, not a table listing
            }
            names.add(word);
        }
        if (names.size() < 3 || names.stream().filter(n -> n.contains("_")).count() < 2) {
            return 0;
        }
        int n = 0;
        sketch.tableLists.add(s.id());
        for (String word : names) {
            String table = EntityNames.of(word);
            if (ExplicitSchemaReader.acceptableTable(table, s.raw())) {
                sketch.entity(table, s.id()).identifier = true;
                n++;
            }
        }
        return n;
    }

    /** The columns a line lists for a table: "Fields: a, b (type)", identifier lists in parentheses, ticked snake_case names. */
    static int columnsOf(String table, String rest, Statement s, Sketch sketch) {
        int columns = 0;
        Matcher f = FIELDS_LIST.matcher(rest);
        if (f.find()) {
            columns += columns(table, f.group(1), s, sketch, false);
        }
        Matcher p = PAREN_LIST.matcher(rest);
        while (p.find()) {
            columns += columns(table, p.group(1), s, sketch, true);
        }
        Matcher t = TICKED_SNAKE.matcher(rest);
        while (t.find()) {
            if (!sketch.entities.containsKey(EntityNames.of(t.group(1)))) {
                sketch.field(table, t.group(1), "", s.id());
                columns++;
            }
        }
        return columns;
    }

    /** Adds the identifier items of a list as columns; a prose list ("rate changes, term edits") adds none. */
    private static int columns(String table, String list, Statement s, Sketch sketch, boolean strict) {
        List<String> items = ExplicitSchemaReader.splitTop(list.replace("`", ""));
        long identifiers = items.stream().map(String::strip).filter(x -> x.matches(IDENT + "(\\s.*)?")).count();
        long snake = items.stream().map(String::strip).filter(x -> x.matches("(id|[a-z][a-z0-9]*_[a-z0-9_]+)(\\s.*)?")).count();
        if (items.size() < 2 || identifiers < items.size() - 1 || strict && snake < 1 || snake < 1 && identifiers < 3) {
            return 0;
        }
        int n = 0;
        for (String item : items) {
            Matcher c = Pattern.compile("^(" + IDENT + ")(.*)$", Pattern.DOTALL).matcher(item.strip());
            if (c.find() && !c.group(1).equalsIgnoreCase("etc")) {
                sketch.field(table, EntityNames.column(c.group(1)), c.group(2).strip().replaceAll("^\\((.*)\\)$", "$1"), s.id());
                n++;
            }
        }
        return n;
    }

    /** A row of a "| Column | Type | ... |" table under a table's heading; true when it was read as one. */
    static boolean columnRow(Statement s, Sketch sketch) {
        if (s.kind() != dev.schemawright.contracts.requirement.RequirementKind.DATA_ROW || s.facets().size() < 2) {
            return false;
        }
        List<String> headers = s.facets().keySet().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!FIELD_HEADERS.contains(headers.get(0)) || headers.stream().noneMatch(TYPE_HEADERS::contains)) {
            return false;
        }
        List<String> cells = List.copyOf(s.facets().values());
        String word = cells.get(0).replace("`", "").replace("*", "").strip();
        String table = headingTable(s.headings(), true);
        if (!word.matches(IDENT) || table == null) {
            return false;
        }
        String column = EntityNames.column(word);
        String hint = String.join(" ", cells.subList(1, cells.size())).replace("`", "").strip();
        sketch.field(table, column, hint, s.id());
        Matcher fk = ExplicitSchemaReader.FK_ARROW.matcher(hint);
        if (fk.find()) {
            sketch.references.add(new Sketch.Reference(table, column, EntityNames.of(fk.group(1)), s.id()));
        }
        return true;
    }

    /** A column line under a table's heading; true when it was read as one. */
    static boolean sectionColumn(Statement s, Sketch sketch) {
        Matcher c = COLUMN_LINE.matcher(s.raw());
        if (!c.matches()) {
            return false;
        }
        String word = c.group(2);
        String rest = c.group(3);
        if (c.group(1) == null && !ExplicitSchemaReader.looksTyped(rest) && DEFINITION.matcher(s.raw()).matches()
                && word.equals(word.toLowerCase(Locale.ROOT)) && word.endsWith("s")) {
            return false; // "loan_change_events: Append-only audit trail ..." defines a table
        }
        boolean identifierLike = c.group(1) != null || word.contains("_") || word.matches(".*[a-z][A-Z].*") || ExplicitSchemaReader.looksTyped(rest);
        if (!identifierLike || NOT_COLUMNS.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String table = headingTable(s.headings(), c.group(1) != null || ExplicitSchemaReader.looksTyped(rest));
        if (table == null || EntityNames.of(word).equals(table)) {
            return false;
        }
        String column = EntityNames.column(word);
        sketch.entity(table, null);
        sketch.field(table, column, rest, s.id());
        Matcher fk = ExplicitSchemaReader.FK_ARROW.matcher(rest);
        if (fk.find()) {
            sketch.references.add(new Sketch.Reference(table, column, EntityNames.of(fk.group(1)), s.id()));
        }
        return true;
    }

    /**
     * The table the innermost headings name ("1. user_personas", "`decks` table", "Table: decks"), skipping "Columns"; a
     * plain word ("Decks") counts when the column line itself is unmistakable ({@code strong}: ticked or typed).
     */
    static String headingTable(List<String> headings, boolean strong) {
        for (int i = headings.size() - 1; i >= 0; i--) {
            String h = headings.get(i).replace("`", "").replace("*", "").strip();
            String lower = h.toLowerCase(Locale.ROOT).replaceAll("[:\\s]+$", "");
            if (COLUMN_SECTIONS.contains(lower)) {
                continue;
            }
            String name = TABLE_SUFFIX.matcher(NUMBERING.matcher(h).replaceFirst("")).replaceFirst("").strip();
            String head = name.substring(name.lastIndexOf('_') + 1).toLowerCase(Locale.ROOT);
            if (!name.matches(IDENT) || dev.schemawright.modeling.lang.Vocabulary.hardNotEntity(head) || DOCUMENT_PARTS.contains(head)) {
                return null; // "database_planning_summary", "decisions": parts of the document, not tables
            }
            boolean tableLike = strong || name.contains("_") || name.equals(name.toLowerCase(Locale.ROOT)) && name.endsWith("s")
                    || !name.equals(h) && TABLE_SUFFIX.matcher(NUMBERING.matcher(h).replaceFirst("")).find();
            String table = EntityNames.of(name);
            // a heading over typed columns names a table even when the word usually names a screen ("### `services` table")
            boolean acceptable = strong ? !table.isEmpty() && !dev.schemawright.modeling.lang.Vocabulary.hardNotEntity(table) && !table.equals(EntityNames.USER)
                    || ExplicitSchemaReader.acceptableTable(table, h) : ExplicitSchemaReader.acceptableTable(table, h);
            return tableLike && acceptable ? table : null;
        }
        return null;
    }
}
