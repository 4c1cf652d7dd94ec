package dev.schemawright.render.sqlite;

import dev.schemawright.render.sql.SqlDialect;
import java.util.HashSet;
import java.util.Set;

/** SQLite 3.38+ (json_valid built in): no enum types, no RLS, btree only, no ALTER TABLE ADD CONSTRAINT. */
public final class SqliteDialect extends SqlDialect {
    public static final SqliteDialect INSTANCE = new SqliteDialect();
    private static final Set<String> RESERVED;

    static {
        Set<String> words = new HashSet<>(COMMON_RESERVED);
        words.addAll(Set.of("abort", "action", "after", "always", "attach", "autoincrement", "before", "begin", "by", "cascade",
                "commit", "conflict", "current", "database", "deferred", "detach", "each", "exclude", "exclusive", "explain",
                "fail", "filter", "first", "following", "generated", "groups", "if", "ignore", "immediate", "indexed", "instead",
                "last", "materialized", "no", "nothing", "nulls", "of", "others", "over", "partition", "plan", "pragma",
                "preceding", "query", "raise", "range", "recursive", "reindex", "release", "rename", "replace", "restrict",
                "rollback", "rows", "savepoint", "temp", "temporary", "ties", "unbounded", "vacuum", "virtual", "without"));
        RESERVED = Set.copyOf(words);
    }

    private SqliteDialect() {
    }

    @Override
    public int maxIdentifierBytes() {
        return 63;
    }

    @Override
    public String booleanLiteral(boolean value) {
        return value ? "1" : "0"; // booleans are INTEGER 0/1 here
    }

    @Override
    public boolean enumTypes() {
        return false;
    }

    @Override
    public boolean rowLevelSecurity() {
        return false;
    }

    @Override
    public boolean invertedIndexes() {
        return false;
    }

    @Override
    public boolean alterTableAddForeignKey() {
        return false;
    }

    @Override
    protected Set<String> reservedWords() {
        return RESERVED;
    }

    @Override
    public String lengthFunction() {
        return "length";
    }

    @Override
    public String trimFunction() {
        return "trim";
    }

    @Override
    public String emailCheck(String quotedColumn) {
        // SQLite has no regular expressions without an extension; LIKE catches the gross mistakes.
        return quotedColumn + " LIKE '%_@_%._%'";
    }
}
