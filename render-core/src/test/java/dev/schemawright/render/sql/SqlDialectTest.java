package dev.schemawright.render.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.render.postgres.PostgresDialect;
import dev.schemawright.render.sqlite.SqliteDialect;
import org.junit.jupiter.api.Test;

class SqlDialectTest {
    @Test
    void quotesReservedMixedCaseAndHostileNamesOnly() {
        PostgresDialect pg = PostgresDialect.INSTANCE;
        assertThat(pg.quote("decks")).isEqualTo("decks");
        assertThat(pg.quote("user")).isEqualTo("\"user\"");
        assertThat(pg.quote("group")).isEqualTo("\"group\"");
        assertThat(pg.quote("UserName")).isEqualTo("\"UserName\"");
        assertThat(pg.quote("a\"b; drop")).isEqualTo("\"a\"\"b; drop\"");
        assertThat(pg.quote("café")).isEqualTo("\"café\"");
        assertThat(SqliteDialect.INSTANCE.quote("action")).isEqualTo("\"action\"");
        assertThat(pg.quote("action")).isEqualTo("action");
    }

    @Test
    void literalsDoubleSingleQuotesAndNumbersStayNumbers() {
        PostgresDialect pg = PostgresDialect.INSTANCE;
        assertThat(pg.literal("it's")).isEqualTo("'it''s'");
        assertThat(pg.numberOrLiteral("12.5")).isEqualTo("12.5");
        assertThat(pg.numberOrLiteral("2024-01-01")).isEqualTo("'2024-01-01'");
        assertThat(pg.numberOrLiteral("1); drop table x; --")).isEqualTo("'1); drop table x; --'");
    }
}
