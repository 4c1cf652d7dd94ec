package dev.schemawright.render.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexColumn;
import dev.schemawright.contracts.model.IndexCondition;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.IndexPredicate;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TypeKind;
import java.util.List;

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

    @Test
    void partialIndexConditionsAreQuotedAndCombinedWithTheLiveRowPredicate() {
        Table t = Table.of("sessions", TableKind.ENTITY, List.of(Column.of("user", ColumnType.of(TypeKind.UUID), false),
                Column.of("is_completed", ColumnType.of(TypeKind.BOOLEAN), false), Column.of("status", ColumnType.of(TypeKind.TEXT), false),
                Column.of("deleted_at", ColumnType.of(TypeKind.TIMESTAMPTZ), true)), List.of());
        Index flag = new Index("one_open", List.of(IndexColumn.asc("user")), true, IndexMethod.BTREE, IndexPredicate.NOT_DELETED, "", List.of(),
                IndexCondition.isFalse("is_completed"));
        assertThat(PostgresDialect.INSTANCE.indexPredicate(t, flag)).isEqualTo("deleted_at IS NULL AND is_completed = false");
        assertThat(SqliteDialect.INSTANCE.indexPredicate(t, flag)).isEqualTo("deleted_at IS NULL AND is_completed = 0");
        Index valued = new Index("one_booked", List.of(IndexColumn.asc("user")), true, IndexMethod.BTREE, null, "", List.of(),
                IndexCondition.equalTo("status", "it's; drop"));
        assertThat(PostgresDialect.INSTANCE.indexPredicate(t, valued)).isEqualTo("status = 'it''s; drop'");
        assertThat(valued.partial()).isTrue();
        Index missing = new Index("bad", List.of(IndexColumn.asc("user")), true, IndexMethod.BTREE, null, "", List.of(),
                IndexCondition.isTrue("is_pinned"));
        assertThatThrownBy(() -> PostgresDialect.INSTANCE.indexPredicate(t, missing)).hasMessageContaining("is_pinned");
    }
}
