package dev.schemawright.conformance.shape;

import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.TypeKind;
import java.util.Locale;

/**
 * Coarse type families that PostgreSQL and Prisma both keep (SQLite and SQLModel-on-SQLite store most of them as
 * TEXT, so they are not compared there): a column must land in the family of its logical type, arrays as "x[]".
 */
public final class TypeFamily {
    private TypeFamily() {
    }

    public static String of(ColumnType t) {
        TypeKind k = t.kind();
        String f;
        if (k == TypeKind.TEXT || k == TypeKind.VARCHAR) {
            f = "text";
        } else if (k == TypeKind.SMALLINT || k == TypeKind.INTEGER || k == TypeKind.BIGINT) {
            f = "integer";
        } else if (k == TypeKind.NUMERIC) {
            f = "decimal";
        } else if (k == TypeKind.REAL) {
            f = "float";
        } else if (k == TypeKind.TIMESTAMPTZ) {
            f = "timestamp";
        } else if (k == TypeKind.JSON) {
            f = "json";
        } else if (k == TypeKind.BYTES) {
            f = "bytes";
        } else {
            f = k.name().toLowerCase(Locale.ROOT);  // uuid, boolean, date, time, interval, enum
        }
        return t.array() ? f + "[]" : f;
    }

    /** PostgreSQL's format_type() of a column (enum types come in as "enum"). */
    public static String ofPostgres(String formatType, boolean isEnum) {
        boolean array = formatType.endsWith("[]");
        String base = array ? formatType.substring(0, formatType.length() - 2) : formatType;
        String f;
        if (isEnum) {
            f = "enum";
        } else if (base.equals("text") || base.startsWith("character varying") || base.startsWith("character(")) {
            f = "text";
        } else if (base.equals("smallint") || base.equals("integer") || base.equals("bigint")) {
            f = "integer";
        } else if (base.startsWith("numeric")) {
            f = "decimal";
        } else if (base.equals("double precision") || base.equals("real")) {
            f = "float";
        } else if (base.startsWith("timestamp") && base.endsWith("with time zone")) {
            f = "timestamp";
        } else if (base.startsWith("time")) {
            f = base.startsWith("timestamp") ? "timestamp without time zone" : "time";
        } else if (base.equals("jsonb") || base.equals("json")) {
            f = "json";
        } else if (base.equals("bytea")) {
            f = "bytes";
        } else {
            f = base;  // uuid, boolean, date, interval, or something unexpected that then shows in the diff
        }
        return array ? f + "[]" : f;
    }

    /** A Prisma field: its scalar type, refined by the native type attribute (@db.Uuid, @db.Date, ...). */
    public static String ofPrisma(String kind, String type, String nativeType, String unsupported, boolean list) {
        String f;
        if (kind.equals("enum")) {
            f = "enum";
        } else if (kind.equals("unsupported")) {
            f = unsupported == null ? "unsupported" : ofPostgres(unsupported, false);
        } else if (type.equals("String")) {
            f = "Uuid".equals(nativeType) ? "uuid" : "text";
        } else if (type.equals("Int") || type.equals("BigInt")) {
            f = "integer";
        } else if (type.equals("Decimal")) {
            f = "decimal";
        } else if (type.equals("Float")) {
            f = "float";
        } else if (type.equals("Boolean")) {
            f = "boolean";
        } else if (type.equals("DateTime")) {
            f = "Date".equals(nativeType) ? "date" : ("Time".equals(nativeType) || "Timetz".equals(nativeType)) ? "time"
                    : "Timestamp".equals(nativeType) ? "timestamp without time zone" : "timestamp";
        } else if (type.equals("Json")) {
            f = "json";
        } else if (type.equals("Bytes")) {
            f = "bytes";
        } else {
            f = type;
        }
        return list ? f + "[]" : f;
    }
}
