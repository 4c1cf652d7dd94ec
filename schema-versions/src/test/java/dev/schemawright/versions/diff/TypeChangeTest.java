package dev.schemawright.versions.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.TypeKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeChangeTest {
    private static ColumnType type(String s) {
        if (s.startsWith("varchar")) {
            return ColumnType.varchar(Integer.parseInt(s.substring(8, s.length() - 1)));
        }
        if (s.startsWith("numeric(")) {
            String[] p = s.substring(8, s.length() - 1).split(":");
            return ColumnType.numeric(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
        }
        if (s.startsWith("enum ")) {
            return ColumnType.enumOf(s.substring(5));
        }
        boolean array = s.endsWith("[]");
        ColumnType t = ColumnType.of(TypeKind.valueOf(s.replace("[]", "").toUpperCase()));
        return array ? t.asArray() : t;
    }

    private static EnumType enumOf(ColumnType t) {
        if (t.enumName() == null) {
            return null;
        }
        return t.enumName().equals("small") ? new EnumType("small", List.of("a", "b"), List.of()) : new EnumType("big", List.of("a", "b", "c"), List.of());
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "varchar(40), varchar(80), WIDENING",
            "varchar(80), varchar(40), NARROWING",
            "varchar(40), text, WIDENING",
            "text, varchar(40), NARROWING",
            "integer, bigint, WIDENING",
            "bigint, integer, NARROWING",
            "smallint, real, WIDENING",
            "bigint, real, NARROWING",
            "integer, numeric(12:0), WIDENING",
            "integer, numeric(6:2), NARROWING",
            "numeric(12:2), numeric(14:2), WIDENING",
            "numeric(12:2), numeric(12:4), NARROWING",
            "enum small, text, WIDENING",
            "text, enum small, NARROWING",
            "enum small, enum big, WIDENING",
            "enum big, enum small, NARROWING",
            "date, timestamptz, WIDENING",
            "timestamptz, date, NARROWING",
            "uuid, text, WIDENING",
            "text, uuid, NARROWING",
            "bytes, text, INCOMPATIBLE",
            "boolean, integer, INCOMPATIBLE",
            "text, text[], INCOMPATIBLE",
            "integer, integer, SAME",
    })
    void classifiesWhatAChangeDoesToTheValues(String from, String to, TypeChange expected) {
        ColumnType a = type(from);
        ColumnType b = type(to);
        assertThat(TypeChange.of(a, b, enumOf(a), enumOf(b))).isEqualTo(expected);
        assertThat(expected.destructive()).isEqualTo(expected == TypeChange.NARROWING || expected == TypeChange.INCOMPATIBLE);
    }
}
