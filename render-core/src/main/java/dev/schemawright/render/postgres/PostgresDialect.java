package dev.schemawright.render.postgres;

import dev.schemawright.render.sql.SqlDialect;
import java.util.Set;

/** PostgreSQL 13+ (gen_random_uuid() is built in): enums, RLS, GIN/trigram/full-text, ALTER TABLE ADD FOREIGN KEY. */
public final class PostgresDialect extends SqlDialect {
    public static final PostgresDialect INSTANCE = new PostgresDialect();

    private PostgresDialect() {
    }

    @Override
    public int maxIdentifierBytes() {
        return 63;
    }

    @Override
    public boolean enumTypes() {
        return true;
    }

    @Override
    public boolean rowLevelSecurity() {
        return true;
    }

    @Override
    public boolean invertedIndexes() {
        return true;
    }

    @Override
    public boolean alterTableAddForeignKey() {
        return true;
    }

    @Override
    protected Set<String> reservedWords() {
        return COMMON_RESERVED;
    }

    @Override
    public String lengthFunction() {
        return "char_length";
    }

    @Override
    public String trimFunction() {
        return "btrim";
    }

    @Override
    public String emailCheck(String quotedColumn) {
        return quotedColumn + " ~* '^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$'";
    }
}
