package dev.schemawright.contracts.model;

import java.util.Objects;

/**
 * A logical type. {@code length} for VARCHAR; {@code precision}/{@code scale} for NUMERIC; {@code enumName} for ENUM;
 * {@code array} for multi-valued scalars (PostgreSQL arrays; other targets say how they store them).
 */
public record ColumnType(TypeKind kind, Integer length, Integer precision, Integer scale, String enumName, boolean array) {
    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        if (kind == TypeKind.VARCHAR && (length == null || length < 1)) {
            throw new IllegalArgumentException("varchar needs a positive length");
        }
        if (kind == TypeKind.ENUM && (enumName == null || enumName.isBlank())) {
            throw new IllegalArgumentException("enum type needs enumName");
        }
        if (kind != TypeKind.ENUM && enumName != null) {
            throw new IllegalArgumentException("enumName only for ENUM");
        }
        if (precision != null && (precision < 1 || (scale != null && (scale < 0 || scale > precision)))) {
            throw new IllegalArgumentException("bad numeric precision/scale " + precision + "," + scale);
        }
    }

    public static ColumnType of(TypeKind kind) {
        return new ColumnType(kind, null, null, null, null, false);
    }

    public static ColumnType varchar(int length) {
        return new ColumnType(TypeKind.VARCHAR, length, null, null, null, false);
    }

    public static ColumnType numeric(int precision, int scale) {
        return new ColumnType(TypeKind.NUMERIC, null, precision, scale, null, false);
    }

    public static ColumnType enumOf(String enumName) {
        return new ColumnType(TypeKind.ENUM, null, null, null, enumName, false);
    }

    public ColumnType asArray() {
        return new ColumnType(kind, length, precision, scale, enumName, true);
    }
}
