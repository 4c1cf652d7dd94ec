package dev.schemawright.modeling.physical;

import dev.schemawright.modeling.ModelQueries;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.Decision;
import dev.schemawright.contracts.model.DefaultValue;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexColumn;
import dev.schemawright.contracts.model.IndexCondition;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.domain.EntityNames;
import dev.schemawright.modeling.domain.KeyStatementReader;
import dev.schemawright.modeling.domain.KeyStatementReader.StatedKey;
import dev.schemawright.modeling.intake.Statement;
import dev.schemawright.modeling.lang.Identifiers;
import dev.schemawright.modeling.lang.Inflection;
import dev.schemawright.modeling.lang.Vocabulary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Uniqueness and indexes beyond one column: what the documents state as SQL, Prisma or plan lines
 * ({@link KeyStatementReader}), and two rules a data architect reads in prose.
 * <ul>
 *   <li>Scoped uniqueness: "tag names must be unique for each user", "codes are unique within a project" →
 *   UNIQUE (user_id, name) — the owner's key first, and the global UNIQUE the same sentence would otherwise give
 *   the column is dropped.</li>
 *   <li>One row in a state per owner: "only one active session per user", "a single default address per customer",
 *   "one incomplete session at a time" → a unique partial index on the owner's key WHERE the state holds, the state
 *   read from the table's columns (is_active, a status value, is_completed false, completed_at null); a default,
 *   primary or current flag the table lacks is added.</li>
 * </ul>
 * A key whose columns the table does not have is not guessed at; every prose rule is recorded as a decision.
 */
public final class StatedKeysPass implements DesignPass {
    private static final String SCOPES = "per|for each|for every|for a|for the|for one|within(?: a| an| the| each| their| its| one)?|"
            + "in(?: a| an| the| each| their| its| one)|across(?: a| the| each)?|inside(?: a| the| each)?";
    private static final Pattern SCOPED_UNIQUE = Pattern.compile("\\b([a-z][a-z ]{0,40}?)\\s+(?:(?:must|should|will|shall|need to|needs to|have to|has to)\\s+)?"
            + "(?:be|are|is|remain|stay)\\s+unique\\s+(?:" + SCOPES + ")\\s+([a-z]+)");
    private static final Pattern UNIQUE_ASIDE = Pattern.compile("\\b([a-z]+)\\s*\\(\\s*unique\\s+(?:" + SCOPES + ")\\s+([a-z]+)\\s*\\)");
    /** "a member can vote once per book", "a user can review a recipe only once". */
    private static final Pattern ONCE = Pattern.compile("\\b([a-z]+)\\s+(?:can|may|is allowed to|are allowed to|should|must|will)\\s+(?:only\\s+)?([a-z]+)"
            + "(?:\\s+(up|in|out|off)\\b)?(?:\\s+(?:on|for|in|to))?(?:\\s+(?:a|an|the|each|any|every)\\s+([a-z]+))?\\s+(?:only\\s+)?once\\b"
            + "(?:\\s+(?:per|for each|for every|for a|on each|on a|on any|in each|in a)\\s+([a-z]+))?");
    private static final Pattern UNIQUE_PER = Pattern.compile("\\bunique\\s+([a-z]+(?:\\s[a-z]+)?)\\s+(?:" + SCOPES + ")\\s+([a-z]+)");
    private static final String STATES = "active|default|primary|current|main|preferred|featured|pinned|incomplete|unfinished|ongoing|open|in[- ]progress|"
            + "pending|draft|live|booked|scheduled|upcoming|confirmed|reserved|published|enabled";
    private static final Pattern ONE_IN_STATE = Pattern.compile("\\b(?:only one|at most one|one|a single|just one|exactly one|no more than one|a maximum of one|max(?:imum)? one)\\s+"
            + "(" + STATES + ")(?:\\s*\\((" + STATES + ")\\))?\\s+([a-z]+(?:\\s[a-z]+)?)\\s+(?:per\\s+([a-z]+)|(?:for|of)\\s+(?:each|every|a|the)\\s+([a-z]+)|at a time|at any (?:one )?time|at once)");
    private static final Pattern OWNER_HAS_ONE = Pattern.compile("\\b(?:each|every|a|an|the|one)\\s+([a-z]+)\\s+(?:(?:can|may|should|must|will|is allowed to)\\s+)?"
            + "(?:only\\s+)?(?:has|have|keeps?|holds?)\\s+(?:only one|at most one|a single|just one|exactly one|no more than one|one)\\s+"
            + "(" + STATES + ")(?:\\s*\\((" + STATES + ")\\))?\\s+([a-z]+(?:\\s(?!per\\b|at\\b|in\\b|for\\b)[a-z]+)?)(?:\\s+per\\s+([a-z]+))?");
    private static final Set<String> USER_WORDS = Set.of("user", "account", "member", "person", "customer", "player", "owner", "profile");
    private static final Set<String> FLAG_STATES = Set.of("active", "default", "primary", "current", "main", "preferred", "featured", "pinned");

    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        List<Table> tables = new ArrayList<>(m.tables());
        List<Decision> decisions = new ArrayList<>(m.decisions());
        for (StatedKey k : KeyStatementReader.read(ctx.intake())) {
            int i = resolve(tables, k);
            if (i >= 0) {
                tables.set(i, add(tables.get(i), m, k.columns(), k.unique(), k.method(), k.condition(), "stated: " + k.text(), k.source()));
            }
        }
        for (Statement s : ctx.intake().statements()) {
            dev.schemawright.modeling.Deadline.current().check("StatedKeysPass");
            String text = s.text().toLowerCase(Locale.ROOT);
            if (!text.contains("unique") && !text.contains("one") && !text.contains("once")) {
                continue;
            }
            scopedUnique(m, tables, decisions, s, text);
            oneInState(m, tables, decisions, s, text);
            if (text.contains("once")) {
                oncePer(m, tables, decisions, s, text);
            }
        }
        return m.withTables(tables).withDecisions(decisions);
    }

    /** "X names must be unique for each user" → UNIQUE (owner, name) on X. */
    private static void scopedUnique(SchemaModel m, List<Table> tables, List<Decision> decisions, Statement s, String text) {
        for (Pattern p : List.of(SCOPED_UNIQUE, UNIQUE_PER, UNIQUE_ASIDE)) {
            Matcher u = p.matcher(text);
            while (u.find()) {
                String[] words = u.group(1).strip().split(" ");
                String column = EntityNames.column(Inflection.singular(words[words.length - 1]));
                int i = -1;
                for (int start = Math.max(0, words.length - 4); start < words.length - 1 && i < 0; start++) {
                    i = ModelQueries.indexOf(tables, EntityNames.of(String.join("_", List.of(words).subList(start, words.length - 1))));
                }
                if (i < 0) {
                    i = onlyTableWith(tables, text, column);
                }
                for (int h = s.headings().size() - 1; i < 0 && h >= 0; h--) { // "- number (unique within the garden)" under "### Plot"
                    int under = ModelQueries.indexOf(tables, EntityNames.of(s.headings().get(h).replaceAll("[#*`]", "").strip().replace(' ', '_')));
                    i = under >= 0 && tables.get(under).hasColumn(column) ? under : -1;
                }
                if (i < 0 || !tables.get(i).hasColumn(column)) {
                    continue;
                }
                Table t = tables.get(i);
                String owner = scopeColumn(m, t, u.group(2));
                if (owner == null || owner.equals(column)) {
                    continue;
                }
                List<UniqueConstraint> uniques = new ArrayList<>(t.uniques());
                uniques.removeIf(x -> x.columns().equals(List.of(column)) && Set.of(s.id()).containsAll(x.sources()));
                t = add(t.withUniques(uniques), m, List.of(IndexColumn.asc(owner), IndexColumn.asc(column)), true, IndexMethod.BTREE, null,
                        u.group(0), s.id());
                tables.set(i, t);
                decide(decisions, "unique-" + t.name() + "-" + owner + "-" + column, "uniqueness of " + t.name() + "." + column,
                        "UNIQUE (" + owner + ", " + column + "): the same " + column.replace('_', ' ') + " may repeat under different "
                                + Inflection.singular(u.group(2)),
                        "UNIQUE (" + column + ") across all " + Inflection.plural(t.name()) + ", or no constraint", u.group(0), s.id());
            }
        }
    }

    /** "a member can vote once per book" → UNIQUE (user_id, book_id) on the table that records the votes. */
    private static void oncePer(SchemaModel m, List<Table> tables, List<Decision> decisions, Statement s, String text) {
        Matcher o = ONCE.matcher(text);
        while (o.find()) {
            String target = o.group(5) != null ? o.group(5) : o.group(4);
            if (target == null) {
                continue;
            }
            String verb = o.group(2);
            String record = Vocabulary.ACTIVITY_RECORDS.getOrDefault(verb, EntityNames.of(verb));
            int i = ModelQueries.indexOf(tables, record);
            if (i < 0 && o.group(3) != null) {
                i = ModelQueries.indexOf(tables, EntityNames.of(verb + o.group(3))); // "sign up once per shift" -> signups
            }
            if (i < 0) {
                continue;
            }
            Table t = tables.get(i);
            String actor = scopeColumn(m, t, o.group(1));
            if (actor == null && ModelQueries.indexOf(tables, EntityNames.of(o.group(1))) < 0) {
                actor = userColumn(m, t); // "a volunteer can sign up once": the person acting is the signed-in user
            }
            String thing = scopeColumn(m, t, target);
            if (actor == null || thing == null || actor.equals(thing)) {
                continue;
            }
            t = add(t, m, List.of(IndexColumn.asc(actor), IndexColumn.asc(thing)), true, IndexMethod.BTREE, null, o.group(0), s.id());
            tables.set(i, t);
            decide(decisions, "unique-" + t.name() + "-" + actor + "-" + thing, "one " + t.name().replace('_', ' ') + " per "
                            + Inflection.singular(o.group(1)) + " and " + Inflection.singular(target),
                    "UNIQUE (" + actor + ", " + thing + ") on " + ModelQueries.tableName(t.name()), "Checked by the application only, or a counter on the "
                            + Inflection.singular(target), o.group(0), s.id());
        }
    }

    /** "only one active session per user", "a user can have only one default address" → UNIQUE (user_id) WHERE the state holds. */
    private static void oneInState(SchemaModel m, List<Table> tables, List<Decision> decisions, Statement s, String text) {
        List<int[]> owned = new ArrayList<>();
        Matcher h = OWNER_HAS_ONE.matcher(text);
        while (h.find()) {
            owned.add(new int[] {h.start(), h.end()});
            oneInState(m, tables, decisions, s, h.group(0), h.group(2), h.group(3), h.group(4), h.group(1), h.group(5));
        }
        Matcher o = ONE_IN_STATE.matcher(text);
        while (o.find()) {
            int start = o.start();
            if (owned.stream().anyMatch(r -> start >= r[0] && start < r[1])) {
                continue; // "a patient has only one booked appointment per doctor": read above, owner and scope together
            }
            String scope = o.group(4) != null ? o.group(4) : o.group(5);
            oneInState(m, tables, decisions, s, o.group(0), o.group(1), o.group(2), o.group(3), scope, null);
        }
    }

    private static void oneInState(SchemaModel m, List<Table> tables, List<Decision> decisions, Statement s, String said, String first,
                                   String second, String noun, String scope, String alsoPer) {
        int i = ModelQueries.indexOf(tables, EntityNames.of(noun.replace(' ', '_')));
        if (i < 0 && noun.contains(" ")) {
            noun = noun.substring(0, noun.indexOf(' '));
            i = ModelQueries.indexOf(tables, EntityNames.of(noun));
        }
        if (i < 0) {
            return;
        }
        Table t = tables.get(i);
        String owner = scope == null ? userColumn(m, t) : scopeColumn(m, t, scope);
        String second2 = alsoPer == null ? null : scopeColumn(m, t, alsoPer);
        if (owner == null || (alsoPer != null && (second2 == null || second2.equals(owner)))) {
            return;
        }
        List<IndexColumn> key = second2 == null ? List.of(IndexColumn.asc(owner)) : List.of(IndexColumn.asc(owner), IndexColumn.asc(second2));
        List<String> states = new ArrayList<>();
        states.add(first.replace(' ', '_').replace('-', '_'));
        if (second != null) {
            states.add(second.replace(' ', '_').replace('-', '_'));
        }
        IndexCondition condition = null;
        for (String state : states) {
            condition = condition == null ? stateCondition(m, t, state) : condition;
        }
        String state = states.get(0);
        String per = (scope == null ? "user" : Inflection.singular(scope)) + (alsoPer == null ? "" : " and " + Inflection.singular(alsoPer));
        if (condition == null && FLAG_STATES.contains(state)) {
            String flag = "is_" + state;
            List<Column> cols = new ArrayList<>(t.columns());
            KeyColumns.insert(cols, new Column(flag, ColumnType.of(TypeKind.BOOLEAN), false, DefaultValue.bool(false), false,
                    "marks the " + state + " " + noun + " (one per " + per + ")", List.of(s.id())));
            t = t.withColumns(cols);
            condition = IndexCondition.isTrue(flag);
        }
        if (condition == null) {
            return;
        }
        tables.set(i, add(t, m, key, true, IndexMethod.BTREE, condition, said, s.id()));
        String cols = String.join(", ", key.stream().map(IndexColumn::name).toList());
        decide(decisions, "one-" + state + "-" + t.name() + "-per-" + cols, "one " + state + " " + noun + " per " + per,
                "Unique partial index on " + ModelQueries.tableName(t.name()) + " (" + cols + ") WHERE " + condition.describe(),
                "Checked by the application only (two concurrent requests could both pass), or a trigger", said, s.id());
    }

    /** The column whose value says a row is in {@code state}: a flag, a status value, or the absence of an end. */
    static IndexCondition stateCondition(SchemaModel m, Table t, String state) {
        Optional<IndexCondition> status = statusValue(m, t, state);
        if (status.isPresent()) {
            return status.get();
        }
        if (isBoolean(t, "is_" + state)) {
            return IndexCondition.isTrue("is_" + state);
        }
        if (state.startsWith("un") && state.length() > 4) { // unread -> is_read false / read_at null, unpaid -> is_paid false
            String done = state.substring(2);
            if (isBoolean(t, "is_" + done)) {
                return IndexCondition.isFalse("is_" + done);
            }
            if (t.column(done + "_at").filter(Column::nullable).isPresent()) {
                return IndexCondition.isNull(done + "_at");
            }
        }
        if (t.column(state + "_at").filter(Column::nullable).isPresent()) {
            return new IndexCondition(state + "_at", IndexCondition.Op.IS_NOT_NULL, null); // archived -> archived_at IS NOT NULL
        }
        boolean unfinished = Set.of("active", "incomplete", "unfinished", "ongoing", "open", "in_progress", "current", "live").contains(state);
        if (unfinished) {
            for (String done : List.of("completed", "finished", "closed", "ended", "archived")) {
                if (isBoolean(t, "is_" + done)) {
                    return IndexCondition.isFalse("is_" + done);
                }
            }
            for (String end : List.of("completed_at", "finished_at", "ended_at", "closed_at", "archived_at")) {
                if (t.column(end).filter(c -> c.nullable()).isPresent()) {
                    return IndexCondition.isNull(end);
                }
            }
        }
        return null;
    }

    private static Optional<IndexCondition> statusValue(SchemaModel m, Table t, String state) {
        for (Column c : t.columns()) {
            if (c.type().enumName() == null || c.type().array()) {
                continue;
            }
            for (EnumType e : m.enums()) {
                if (e.name().equals(c.type().enumName()) && e.values().contains(state)) {
                    return Optional.of(IndexCondition.equalTo(c.name(), state));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isBoolean(Table t, String column) {
        return t.column(column).filter(c -> c.type().kind() == TypeKind.BOOLEAN && !c.type().array()).isPresent();
    }

    /** The key column that scopes a rule: the user's key for user words, else the foreign key to the named table. */
    private static String scopeColumn(SchemaModel m, Table t, String scope) {
        String name = EntityNames.of(scope);
        if (USER_WORDS.contains(name)) {
            String user = userColumn(m, t);
            if (user != null) {
                return user;
            }
        }
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.columns().size() == 1 && EntityNames.of(fk.refTable()).equals(name)) {
                return fk.columns().get(0);
            }
        }
        return t.hasColumn(name + "_id") ? name + "_id" : null;
    }

    /** The column that holds the owning user: user_id, else the one foreign key to the users (or profiles) table. */
    static String userColumn(SchemaModel m, Table t) {
        String users = ModelQueries.userTable(m);
        List<String> found = new ArrayList<>();
        for (ForeignKey fk : t.foreignKeys()) {
            boolean toUsers = fk.refTable().equals(users) || fk.refTable().equals("profile") || "auth".equals(fk.refSchema());
            if (fk.columns().size() == 1 && toUsers && !ModelQueries.isAuditColumn(t.column(fk.columns().get(0)).orElseThrow())) {
                found.add(fk.columns().get(0));
            }
        }
        if (found.contains("user_id")) {
            return "user_id";
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The index in {@code tables} the key is about, or -1: the named table, else the one with all its columns. */
    private static int resolve(List<Table> tables, StatedKey k) {
        List<String> needed = new ArrayList<>(k.columns().stream().map(IndexColumn::name).toList());
        if (k.condition() != null) {
            needed.add(k.condition().column());
        }
        int named = k.table() == null ? -1 : ModelQueries.indexOf(tables, k.table());
        if (named >= 0) {
            return needed.stream().allMatch(tables.get(named)::hasColumn) ? named : -1;
        }
        List<Integer> all = new ArrayList<>();
        List<Integer> near = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            if (needed.stream().allMatch(tables.get(i)::hasColumn)) {
                all.add(i);
                if (k.nearby().contains(tables.get(i).name())) {
                    near.add(i);
                }
            }
        }
        return all.size() == 1 ? all.get(0) : near.size() == 1 ? near.get(0) : -1;
    }

    /** The one table named in the sentence that has the column, or -1. */
    private static int onlyTableWith(List<Table> tables, String text, String column) {
        int found = -1;
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            if (t.hasColumn(column) && (text.contains(t.name().replace('_', ' ')) || text.contains(Inflection.plural(t.name()).replace('_', ' ')))) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** The key or index joins the table unless one like it is there: the same columns (as a set, for uniqueness). */
    private static Table add(Table t, SchemaModel m, List<IndexColumn> columns, boolean unique, IndexMethod method, IndexCondition condition,
                             String reason, String source) {
        List<String> names = columns.stream().map(IndexColumn::name).toList();
        Set<String> set = new HashSet<>(names);
        if (set.size() != names.size() || (condition != null && !valid(m, t, condition))) {
            return t;
        }
        String why = reason.length() > 160 ? reason.substring(0, 157) + "..." : reason;
        if (unique && condition == null) {
            boolean known = new HashSet<>(t.primaryKey()).equals(set)
                    || t.uniques().stream().anyMatch(u -> new HashSet<>(u.columns()).equals(set))
                    || t.indexes().stream().anyMatch(x -> x.unique() && x.condition() == null && new HashSet<>(x.columnNames()).equals(set));
            if (known) {
                return t;
            }
            List<UniqueConstraint> uniques = new ArrayList<>(t.uniques());
            uniques.add(new UniqueConstraint(Identifiers.derived(t.name() + "_" + String.join("_", names), "key"), names, List.of(source)));
            return t.withUniques(uniques);
        }
        boolean known = t.indexes().stream().anyMatch(x -> x.unique() == unique && x.method() == method && x.columns().equals(columns)
                && java.util.Objects.equals(x.condition(), condition));
        if (known) {
            return t;
        }
        // named as IndexPass names indexes: after the table's physical (plural) name, the condition column once
        String base = ModelQueries.tableName(t.name()) + "_" + String.join("_", names)
                + (condition == null || names.contains(condition.column()) ? "" : "_" + condition.column())
                + (condition == null || condition.value() == null ? "" : "_" + Identifiers.snake(condition.value()));
        List<Index> indexes = new ArrayList<>(t.indexes());
        indexes.add(new Index(Identifiers.derived(base, unique ? "key" : method == IndexMethod.TRIGRAM ? "trgm_idx" : "idx"), columns, unique, method, null,
                why, List.of(source), condition));
        return t.withIndexes(indexes);
    }

    /** A condition names a column of the table with a fitting type (a flag is boolean, a compared value one the column takes). */
    private static boolean valid(SchemaModel m, Table t, IndexCondition c) {
        Optional<Column> col = t.column(c.column());
        if (col.isEmpty() || col.get().type().array()) {
            return false;
        }
        ColumnType type = col.get().type();
        return switch (c.op()) {
            case IS_TRUE, IS_FALSE -> type.kind() == TypeKind.BOOLEAN;
            case IS_NULL, IS_NOT_NULL -> true;
            case EQUALS -> type.enumName() != null
                    ? m.enums().stream().anyMatch(e -> e.name().equals(type.enumName()) && e.values().contains(c.value()))
                    : type.kind() == TypeKind.TEXT || type.kind() == TypeKind.VARCHAR;
        };
    }

    private static void decide(List<Decision> decisions, String id, String topic, String choice, String alternative, String said, String source) {
        String safeId = Identifiers.snake(id).replace('_', '-');
        if (decisions.stream().noneMatch(d -> d.id().equals(safeId))) {
            decisions.add(new Decision(safeId, topic, choice, alternative, "The documents say: \"" + said + "\"", List.of(source)));
        }
    }
}
