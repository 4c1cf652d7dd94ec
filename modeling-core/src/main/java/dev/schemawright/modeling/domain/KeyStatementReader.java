package dev.schemawright.modeling.domain;

import dev.schemawright.contracts.model.IndexColumn;
import dev.schemawright.contracts.model.IndexCondition;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.modeling.intake.Intake;
import dev.schemawright.modeling.intake.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keys and indexes the documents state, as SQL ({@code UNIQUE (a, b)} inside CREATE TABLE, {@code CREATE [UNIQUE] INDEX
 * … ON t (…) [WHERE …]}), Prisma ({@code @@unique([a, b])}, {@code @@index([…])}) or plan lines ("composite unique
 * constraint on `(user_id, card_id, variant)` in `user_cards`", "Unique partial index on sessions: `(user_id) WHERE
 * is_completed = false`", "unique constraint on user_id + card_id"). Only plain column lists are read: an expression
 * index or a WHERE with AND/OR is left to the SQL the plan author writes by hand, never half-read.
 */
public final class KeyStatementReader {
    /**
     * A stated key or index. {@code table} is the entity the text names (singular snake_case), or null when the text only
     * lists columns: the design then picks the one table that has them all, preferring {@code nearby} (tables named
     * in the line or its headings). {@code liveRows}: the WHERE said deleted_at IS NULL.
     */
    public record StatedKey(String table, Set<String> nearby, List<IndexColumn> columns, boolean unique, IndexMethod method,
                            IndexCondition condition, boolean liveRows, String text, String source) {
    }

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final String ID = "[A-Za-z_][A-Za-z0-9_]*";
    private static final String QID = "[`\"]?(?:" + ID + "[`\"]?\\.[`\"]?)?(" + ID + ")[`\"]?";
    private static final Pattern CREATE_INDEX = Pattern.compile("create\\s+(unique\\s+)?index\\s+(?:concurrently\\s+)?(?:if\\s+not\\s+exists\\s+)?"
            + "(?:[`\"]?" + ID + "[`\"]?\\s+)?on\\s+(?:only\\s+)?" + QID + "\\s*(?:using\\s+(\\w+)\\s*)?\\(", CI);
    private static final Pattern CREATE_TABLE = Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?" + QID + "\\s*\\(", CI);
    /** "UNIQUE (a, b)", "unique constraint on `(a, b)`", "composite unique index on (a, b) in `t`", "unique key (a)". */
    private static final Pattern UNIQUE_LIST = Pattern.compile("\\bunique(?:\\s+nulls\\s+not\\s+distinct)?(?:\\s+(?:partial\\s+)?(?:constraints?|index(?:es)?|keys?))?"
            + "(?:\\s+on)?(?:\\s+" + QID + "\\s*:?)?\\s*[`*]*\\(", CI);
    /** "[unique] [partial] index on t: (a) WHERE …", "History index: `(a, b DESC) WHERE …`". */
    private static final Pattern INDEX_LIST = Pattern.compile("\\b(unique\\s+)?(?:partial\\s+)?(?:composite\\s+)?index(?:\\s+on)?(?:\\s+" + QID + ")?\\s*:?\\s*[`*]*\\(", CI);
    private static final Pattern PLUS_LIST = Pattern.compile("\\bunique\\s+(?:constraint|index|key)\\s+on\\s+`?(" + ID + "(?:\\s*\\+\\s*" + ID + ")+)`?", CI);
    private static final Pattern DBML_TABLE = Pattern.compile("^\\s*Table\\s+\"?(?:\\w+\\.)?\"?(\\w+)\"?(?:\\s+as\\s+\\w+)?\\s*(?:\\[[^\\]]*])?\\s*\\{");
    private static final Pattern DBML_INDEXES = Pattern.compile("^\\s*[Ii]ndexes\\s*\\{");
    private static final Pattern DBML_INDEX = Pattern.compile("^\\s*\\(?\\s*([\\w\\s,`]+?)\\s*\\)?\\s*(?:\\[(.*)])?\\s*$");
    private static final Pattern PRISMA_MODEL = Pattern.compile("^\\s*model\\s+(" + ID + ")\\s*\\{");
    private static final Pattern PRISMA_KEY = Pattern.compile("@@(unique|index)\\(\\s*(?:fields:\\s*)?\\[([^\\]]*)]");
    private static final Pattern IN_TABLE = Pattern.compile("\\b(?:in|on|of|for)\\s+(?:the\\s+)?`(" + ID + ")`(?:\\s+table)?", CI);
    private static final Pattern WHERE = Pattern.compile("^\\s*`?\\s*where\\s+([^`;]+)", CI);
    private static final Pattern COLUMN = Pattern.compile("^[`\"]?(" + ID + ")[`\"]?(?:\\s+(asc|desc))?(?:\\s+nulls\\s+(?:first|last))?(?:\\s+(gin_trgm_ops|\\w+_ops))?$", CI);
    private static final Pattern COND_BOOL = Pattern.compile("^[`\"]?(" + ID + ")[`\"]?\\s*(?:=|is)\\s*(true|false)$", CI);
    private static final Pattern COND_NULL = Pattern.compile("^[`\"]?(" + ID + ")[`\"]?\\s+is\\s+(not\\s+)?null$", CI);
    private static final Pattern COND_EQ = Pattern.compile("^[`\"]?(" + ID + ")[`\"]?\\s*=\\s*'([^']{1,63})'(?:::\\w+)?$", CI);
    private static final Pattern COND_FLAG = Pattern.compile("^(not\\s+)?[`\"]?(" + ID + ")[`\"]?$", CI);
    private static final Pattern HEADING_TABLE = Pattern.compile("^[#\\s\\d.)]*(?:table\\s+)?[`*]*(" + ID + ")[`*]*(?:\\s+(?:table|\\(.*\\)))?\\s*:?$", CI);
    private static final Pattern IDENTIFIER = Pattern.compile(ID);
    private static final Set<String> NOT_TABLES = Set.of("the", "a", "an", "each", "this", "that", "table", "column", "columns", "constraint", "index",
            "key", "schema", "note", "overview", "summary", "detail", "decision", "performance", "indexing", "uniqueness");

    private KeyStatementReader() {
    }

    public static List<StatedKey> read(Intake intake) {
        List<StatedKey> out = new ArrayList<>();
        for (Statement code : intake.code()) {
            dev.schemawright.modeling.Deadline.current().check("KeyStatementReader");
            readBlock(code, out);
        }
        for (Statement s : intake.statements()) {
            dev.schemawright.modeling.Deadline.current().check("KeyStatementReader");
            String low = s.raw().toLowerCase(Locale.ROOT);
            if (low.contains("unique") || low.contains("index") || low.contains("@@")) { // every form says one of them
                readLine(s.raw(), tableBefore(s), nearby(s), s.id(), out);
            }
        }
        return out;
    }

    /** A code block: lines read one by one, with the CREATE TABLE or Prisma model they sit in. */
    private static void readBlock(Statement code, List<StatedKey> out) {
        String table = null;
        int depth = 0;
        boolean dbmlIndexes = false;
        for (String line : code.raw().split("\n")) {
            Matcher t = CREATE_TABLE.matcher(line);
            Matcher p = PRISMA_MODEL.matcher(line);
            Matcher d = DBML_TABLE.matcher(line);
            if (DBML_INDEXES.matcher(line).find()) {
                dbmlIndexes = true;
                continue;
            }
            if (dbmlIndexes) {
                if (line.contains("}")) {
                    dbmlIndexes = false;
                } else {
                    dbmlIndex(line, table, code.id(), out); // "(user_id, status) [unique]", "starts_at"
                }
                continue;
            }
            if (d.find()) {
                table = EntityNames.of(d.group(1));
                depth = 0;
            } else if (t.find()) {
                table = EntityNames.of(t.group(1));
                depth = 0;
            } else if (p.find()) {
                table = EntityNames.of(p.group(1));
                depth = 0;
            }
            String low = line.toLowerCase(Locale.ROOT);
            if (low.contains("unique") || low.contains("index") || low.contains("@@")) {
                readLine(line, table, Set.of(), code.id(), out);
            }
            for (char c : line.toCharArray()) {
                depth += c == '(' || c == '{' ? 1 : c == ')' || c == '}' ? -1 : 0;
            }
            if (depth <= 0 && (line.contains(");") || line.strip().equals("}") || line.strip().equals(")"))) {
                table = null;
            }
        }
    }

    private static void dbmlIndex(String line, String table, String source, List<StatedKey> out) {
        Matcher m = DBML_INDEX.matcher(line);
        if (table == null || !m.matches()) {
            return;
        }
        List<IndexColumn> cols = new ArrayList<>();
        for (String c : m.group(1).split(",")) {
            if (!c.strip().matches(ID)) {
                return; // an expression index (`lower(name)`)
            }
            cols.add(IndexColumn.asc(EntityNames.column(c.strip())));
        }
        String settings = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        IndexMethod method = settings.contains("type: gin") ? IndexMethod.GIN : IndexMethod.BTREE;
        out.add(new StatedKey(table, Set.of(), cols, settings.matches(".*\\b(?:unique|pk)\\b.*"), method, null, false, line.strip(), source));
    }

    private static void readLine(String line, String table, Set<String> nearby, String source, List<StatedKey> out) {
        int before = out.size();
        Matcher ci = CREATE_INDEX.matcher(line);
        while (ci.find()) {
            IndexMethod method = method(ci.group(3));
            key(EntityNames.of(ci.group(2)), nearby, line, ci.end(), ci.group(1) != null, method, source, out);
        }
        if (out.size() > before || line.toLowerCase(Locale.ROOT).contains("create")) {
            return;
        }
        Matcher pk = PRISMA_KEY.matcher(line);
        if (pk.find()) {
            List<IndexColumn> cols = new ArrayList<>();
            for (String c : pk.group(2).split(",")) {
                String name = c.strip().replaceAll("\\(.*$", "");
                if (!name.matches(ID)) {
                    return;
                }
                cols.add(IndexColumn.asc(EntityNames.column(name)));
            }
            if (!cols.isEmpty()) {
                out.add(new StatedKey(table, nearby, cols, pk.group(1).equals("unique"), IndexMethod.BTREE, null, false, line.strip(), source));
            }
            return;
        }
        Matcher u = UNIQUE_LIST.matcher(line);
        if (u.find()) {
            String named = u.group(1) != null && !NOT_TABLES.contains(u.group(1).toLowerCase(Locale.ROOT)) ? EntityNames.of(u.group(1)) : inTable(line, table);
            key(named, nearby, line, u.end(), true, IndexMethod.BTREE, source, out);
            return;
        }
        Matcher plus = PLUS_LIST.matcher(line);
        if (plus.find()) {
            List<IndexColumn> cols = new ArrayList<>();
            for (String c : plus.group(1).split("\\+")) {
                cols.add(IndexColumn.asc(EntityNames.column(c)));
            }
            out.add(new StatedKey(inTable(line, table), nearby, cols, true, IndexMethod.BTREE, null, false, line.strip(), source));
            return;
        }
        Matcher ix = INDEX_LIST.matcher(line);
        if (ix.find()) {
            String named = ix.group(2) != null && !NOT_TABLES.contains(ix.group(2).toLowerCase(Locale.ROOT)) ? EntityNames.of(ix.group(2)) : inTable(line, table);
            key(named, nearby, line, ix.end(), ix.group(1) != null, IndexMethod.BTREE, source, out);
        }
    }

    /** The column list that starts at {@code open} (just past "("), and a WHERE after it. */
    private static void key(String table, Set<String> nearby, String line, int open, boolean unique, IndexMethod method, String source,
                            List<StatedKey> out) {
        int close = ExplicitSchemaReader.closing(line, open, '(', ')');
        if (close < 0) {
            return;
        }
        List<IndexColumn> cols = new ArrayList<>();
        for (String part : line.substring(open, close).split(",")) {
            Matcher c = COLUMN.matcher(part.strip());
            if (!c.matches()) {
                return; // an expression (lower(name), to_tsvector(...)): not a plain column list
            }
            if (c.group(3) != null && c.group(3).equalsIgnoreCase("gin_trgm_ops")) {
                method = IndexMethod.TRIGRAM;
            }
            String name = EntityNames.column(c.group(1));
            cols.add("desc".equalsIgnoreCase(c.group(2)) ? IndexColumn.desc(name) : IndexColumn.asc(name));
        }
        if (cols.isEmpty()) {
            return;
        }
        IndexCondition condition = null;
        boolean live = false;
        Matcher w = WHERE.matcher(line.substring(close + 1));
        if (w.find()) {
            String cond = w.group(1).strip().replaceAll("[).,]+$", "").replaceAll("^\\(+", "").strip();
            if (cond.toLowerCase(Locale.ROOT).matches("(?:[`\"]?deleted_at[`\"]?)\\s+is\\s+null")) {
                live = true;
            } else {
                condition = condition(cond);
                if (condition == null) {
                    return; // a predicate the model cannot hold: leave the index to hand-written SQL
                }
            }
        }
        out.add(new StatedKey(table, nearby, cols, unique, method, condition, live, line.strip(), source));
    }

    /** One column compared with a constant; null for anything else (AND, OR, functions). */
    static IndexCondition condition(String cond) {
        Matcher b = COND_BOOL.matcher(cond);
        if (b.matches()) {
            String col = EntityNames.column(b.group(1));
            return b.group(2).equalsIgnoreCase("true") ? IndexCondition.isTrue(col) : IndexCondition.isFalse(col);
        }
        Matcher n = COND_NULL.matcher(cond);
        if (n.matches()) {
            String col = EntityNames.column(n.group(1));
            return n.group(2) == null ? IndexCondition.isNull(col) : new IndexCondition(col, IndexCondition.Op.IS_NOT_NULL, null);
        }
        Matcher e = COND_EQ.matcher(cond);
        if (e.matches()) {
            return IndexCondition.equalTo(EntityNames.column(e.group(1)), e.group(2));
        }
        Matcher f = COND_FLAG.matcher(cond);
        if (f.matches() && !f.group(2).equalsIgnoreCase("and") && !f.group(2).equalsIgnoreCase("or")) {
            String col = EntityNames.column(f.group(2));
            return f.group(1) == null ? IndexCondition.isTrue(col) : IndexCondition.isFalse(col);
        }
        return null;
    }

    private static IndexMethod method(String using) {
        if (using == null) {
            return IndexMethod.BTREE;
        }
        return using.equalsIgnoreCase("gin") ? IndexMethod.GIN : IndexMethod.BTREE;
    }

    /** "… in `user_cards`": the table a plan line names for its constraint, else the one it sits under. */
    private static String inTable(String line, String fallback) {
        Matcher m = IN_TABLE.matcher(line);
        while (m.find()) {
            String name = EntityNames.of(m.group(1));
            if (!name.isEmpty()) {
                return name;
            }
        }
        return fallback;
    }

    /** A plan line under a heading that is one identifier ("### `sessions`", "#### sessions table") sits in that table. */
    private static String tableBefore(Statement s) {
        for (int i = s.headings().size() - 1; i >= 0; i--) {
            Matcher m = HEADING_TABLE.matcher(s.headings().get(i).strip());
            if (m.matches() && !NOT_TABLES.contains(EntityNames.of(m.group(1)))) {
                return EntityNames.of(m.group(1));
            }
        }
        return null;
    }

    /** Identifiers in the line and its headings: where a bare column list is most likely about. */
    private static Set<String> nearby(Statement s) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(s.raw() + " " + String.join(" ", s.headings()));
        while (m.find()) {
            out.add(EntityNames.of(m.group()));
        }
        return out;
    }
}
