package dev.schemawright.modeling.physical;

import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexColumn;
import dev.schemawright.contracts.model.IndexCondition;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.intake.Statement;
import dev.schemawright.modeling.lang.Identifiers;
import dev.schemawright.modeling.lang.Inflection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indexes: every FK gets one unless an index or key already starts with its columns; access patterns in the stories
 * ("search by name" -> trigram, "filter by status" -> btree, "sort by date" -> btree descending) index the column they
 * name on the table the sentence is about; a view of the rows in one state ("users see only their active subscriptions") a
 * partial index over them. No duplicates.
 */
public final class IndexPass implements DesignPass {
    private static final Pattern STATE_VIEW = Pattern.compile("\\b(?:see|sees|view|views|list|lists|show|shows|display|displays|browse|browses|filter|filters)"
            + "\\s+(?:only\\s+)?(?:their\\s+|the\\s+|all\\s+|his\\s+|her\\s+|my\\s+)?(?:own\\s+)?(active|open|pending|unread|draft|published|archived|"
            + "incomplete|unfinished|ongoing|in[- ]progress|upcoming|scheduled|overdue|unpaid)\\s+([a-z]+)(?:\\s+([a-z]+))?");
    private static final Pattern ACCESS = Pattern.compile("\\b(search|searching|searches|find|filter|filtering|filters|sort|sorting|sorted|order|ordered|group|grouped)"
            + "\\s+(?:\\w+\\s+){0,3}?by\\s+(?:their\\s+|its\\s+|the\\s+)?([a-z]+(?:\\s[a-z]+)?)");

    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        List<Table> out = new ArrayList<>();
        for (Table t : m.tables()) {
            List<Index> idx = new ArrayList<>(t.indexes());
            for (ForeignKey fk : t.foreignKeys()) {
                if (!covered(t, idx, fk.columns())) {
                    idx.add(new Index(Identifiers.derived(t.name() + "_" + String.join("_", fk.columns()), "idx"),
                            fk.columns().stream().map(IndexColumn::asc).toList(), false, IndexMethod.BTREE, null,
                            "foreign key " + fk.name() + " (joins and ON DELETE checks)", fk.sources()));
                }
            }
            out.add(t.withIndexes(idx));
        }
        m = m.withTables(out);
        return stateViews(ctx, accessPatterns(ctx, m));
    }

    /**
     * "Users see only their active subscriptions", "the dashboard lists open tickets": a view of the rows in one state is
     * served by a partial index over those rows (the owner's key first, else newest first), the state read from the
     * table's columns as the uniqueness rules read it.
     */
    private static SchemaModel stateViews(DesignContext ctx, SchemaModel m) {
        List<Table> tables = new ArrayList<>(m.tables());
        for (Statement s : ctx.intake().statements()) {
            dev.schemawright.modeling.Deadline.current().check("IndexPass");
            String text = s.text().toLowerCase(Locale.ROOT);
            Matcher v = STATE_VIEW.matcher(text);
            while (v.find()) {
                String state = v.group(1).replace(' ', '_').replace('-', '_');
                for (int i = 0; i < tables.size(); i++) {
                    Table t = tables.get(i);
                    String single = Inflection.singular(t.name()).replace('_', ' ');
                    if (!Inflection.singular(v.group(2)).equals(single) && !(v.group(3) != null
                            && Inflection.singular(v.group(2) + " " + v.group(3)).equals(single))) {
                        continue;
                    }
                    IndexCondition condition = StatedKeysPass.stateCondition(m, t, state);
                    String owner = StatedKeysPass.userColumn(m, t);
                    String lead = owner != null ? owner : t.hasColumn("created_at") ? "created_at" : null;
                    if (condition == null || lead == null || lead.equals(condition.column())) {
                        continue;
                    }
                    IndexColumn first = lead.equals("created_at") ? IndexColumn.desc(lead) : IndexColumn.asc(lead);
                    List<Index> idx = new ArrayList<>(t.indexes());
                    IndexCondition c = condition;
                    if (idx.stream().anyMatch(x -> x.columnNames().equals(List.of(lead)) && c.equals(x.condition()))) {
                        continue;
                    }
                    idx.add(new Index(Identifiers.derived(t.name() + "_" + lead + "_" + state, "idx"), List.of(first), false, IndexMethod.BTREE,
                            null, "rows in one state listed: " + v.group(0), List.of(s.id()), condition));
                    tables.set(i, t.withIndexes(idx));
                }
            }
        }
        return m.withTables(tables);
    }

    private static SchemaModel accessPatterns(DesignContext ctx, SchemaModel m) {
        List<Table> tables = new ArrayList<>(m.tables());
        for (Statement s : ctx.intake().statements()) {
            dev.schemawright.modeling.Deadline.current().check("IndexPass");
            String text = s.text().toLowerCase(Locale.ROOT);
            Matcher a = ACCESS.matcher(text);
            while (text.contains("by") && a.find()) { // every access pattern says "by"; most statements do not
                String verb = a.group(1);
                for (int i = 0; i < tables.size(); i++) {
                    Table t = tables.get(i);
                    String single = Inflection.singular(t.name()).replace('_', ' ');
                    if (!text.contains(single)) {
                        continue;
                    }
                    String column = columnFor(t, a.group(2));
                    if (column == null) {
                        continue;
                    }
                    boolean search = verb.startsWith("search") || verb.equals("find");
                    boolean sort = verb.startsWith("sort") || verb.startsWith("order");
                    var col = t.column(column).get();
                    boolean textual = col.type().kind() == TypeKind.TEXT || col.type().kind() == TypeKind.VARCHAR;
                    IndexMethod method = search && textual ? IndexMethod.TRIGRAM : col.type().array() ? IndexMethod.GIN : IndexMethod.BTREE;
                    List<String> cols = t.hasColumn("user_id") && method == IndexMethod.BTREE && !column.equals("user_id")
                            ? List.of("user_id", column) : List.of(column);
                    List<Index> idx = new ArrayList<>(t.indexes());
                    if (idx.stream().anyMatch(x -> x.columnNames().equals(cols) && x.method() == method)) {
                        continue;
                    }
                    List<IndexColumn> ic = new ArrayList<>();
                    for (String c : cols) {
                        ic.add(sort && c.equals(column) ? IndexColumn.desc(c) : IndexColumn.asc(c));
                    }
                    idx.add(new Index(Identifiers.derived(t.name() + "_" + String.join("_", cols), method == IndexMethod.TRIGRAM ? "trgm_idx" : "idx"),
                            ic, false, method, null, "access pattern: " + a.group(0), List.of(s.id())));
                    tables.set(i, t.withIndexes(idx));
                }
            }
        }
        return m.withTables(tables);
    }

    private static String columnFor(Table t, String phrase) {
        String snake = Identifiers.snake(phrase);
        String first = snake.contains("_") ? snake.substring(0, snake.indexOf('_')) : snake;
        for (String candidate : List.of(snake, first, Inflection.singular(first), first + "_at", first + "_date")) {
            if (t.hasColumn(candidate)) {
                return candidate;
            }
        }
        if (first.equals("date") || first.equals("newest") || first.equals("recent")) {
            return t.hasColumn("created_at") ? "created_at" : null;
        }
        return null;
    }

    static boolean covered(Table t, List<Index> idx, List<String> columns) {
        if (t.primaryKey().size() >= columns.size() && t.primaryKey().subList(0, columns.size()).equals(columns)) {
            return true;
        }
        if (t.uniques().stream().anyMatch(u -> u.columns().size() >= columns.size() && u.columns().subList(0, columns.size()).equals(columns))) {
            return true;
        }
        // a partial index serves only its rows: joins and ON DELETE checks need a full one
        return idx.stream().anyMatch(i -> i.method() == IndexMethod.BTREE && !i.partial() && i.columnNames().size() >= columns.size()
                && i.columnNames().subList(0, columns.size()).equals(columns));
    }
}
