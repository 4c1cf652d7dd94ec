package dev.schemawright.versions.diff;

import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.TypeKind;
import java.util.List;
import java.util.Set;

/**
 * How a column's type change treats the values it holds: every old value fits the new type (widening), some may not
 * (narrowing: a shorter varchar, a smaller integer, text to an enum) or the values must be converted (incompatible).
 * Narrowing and incompatible changes are destructive: a migration applies them only when asked to.
 */
public enum TypeChange {
    SAME, WIDENING, NARROWING, INCOMPATIBLE;

    private static final Set<TypeKind> INTEGERS = Set.of(TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT);
    private static final Set<TypeKind> TEXTUAL = Set.of(TypeKind.TEXT, TypeKind.VARCHAR);

    public boolean destructive() {
        return this == NARROWING || this == INCOMPATIBLE;
    }

    /**
     * Classifies {@code from} -> {@code to}. Enum columns compare by values: {@code fromEnum} and {@code toEnum} are the
     * enum types the columns use (null for other kinds); enum names are already the new model's (renames applied).
     */
    public static TypeChange of(ColumnType from, ColumnType to, EnumType fromEnum, EnumType toEnum) {
        if (from.equals(to)) {
            return SAME;  // the same enum type: a change of its values is the enum's own change
        }
        if (from.array() != to.array()) {
            return INCOMPATIBLE;
        }
        TypeKind a = from.kind();
        TypeKind b = to.kind();
        if (a == TypeKind.ENUM && b == TypeKind.ENUM) {
            return sameOrMore(fromEnum, toEnum) ? WIDENING : NARROWING;
        }
        if (b == TypeKind.TEXT) {
            return a == TypeKind.BYTES ? INCOMPATIBLE : WIDENING;  // text holds every other value's text form
        }
        if (a == TypeKind.VARCHAR && b == TypeKind.VARCHAR) {
            return to.length() >= from.length() ? WIDENING : NARROWING;
        }
        if (a == TypeKind.ENUM && b == TypeKind.VARCHAR) {
            return fromEnum != null && fromEnum.values().stream().allMatch(v -> v.length() <= to.length()) ? WIDENING : NARROWING;
        }
        if (TEXTUAL.contains(a) || a == TypeKind.ENUM) {
            // text to a narrower text, an enum or a parsed type: values outside it fail
            return TEXTUAL.contains(b) || b == TypeKind.ENUM || b == TypeKind.UUID || b == TypeKind.JSON || b == TypeKind.DATE
                    || b == TypeKind.TIMESTAMPTZ || b == TypeKind.TIME || b == TypeKind.INTERVAL || b == TypeKind.BOOLEAN || numeric(b)
                    ? NARROWING : INCOMPATIBLE;
        }
        if (INTEGERS.contains(a) && INTEGERS.contains(b)) {
            return rank(b) >= rank(a) ? WIDENING : NARROWING;
        }
        if (INTEGERS.contains(a) && b == TypeKind.NUMERIC) {
            return to.precision() == null || to.precision() - scale(to) >= digits(a) ? WIDENING : NARROWING;
        }
        if (a == TypeKind.NUMERIC && b == TypeKind.NUMERIC) {
            if (to.precision() == null) {
                return WIDENING;
            }
            if (from.precision() == null) {
                return NARROWING;
            }
            return to.precision() - scale(to) >= from.precision() - scale(from) && scale(to) >= scale(from) ? WIDENING : NARROWING;
        }
        if ((a == TypeKind.SMALLINT || a == TypeKind.INTEGER) && b == TypeKind.REAL) {
            return WIDENING;  // a double holds every 32-bit integer exactly
        }
        if (numeric(a) && numeric(b)) {
            return NARROWING;  // bigint or decimal to double loses digits; double to integer or decimal rounds
        }
        if (a == TypeKind.DATE && b == TypeKind.TIMESTAMPTZ) {
            return WIDENING;
        }
        if (a == TypeKind.TIMESTAMPTZ && b == TypeKind.DATE) {
            return NARROWING;
        }
        return INCOMPATIBLE;
    }

    /** Every value of {@code from} is a value of {@code to}. */
    private static boolean sameOrMore(EnumType from, EnumType to) {
        return from == null || to == null || to.values().containsAll(from.values());
    }

    private static boolean numeric(TypeKind k) {
        return INTEGERS.contains(k) || k == TypeKind.NUMERIC || k == TypeKind.REAL;
    }

    private static int rank(TypeKind k) {
        return List.of(TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT).indexOf(k);
    }

    private static int digits(TypeKind k) {
        return k == TypeKind.SMALLINT ? 5 : k == TypeKind.INTEGER ? 10 : 19;
    }

    private static int scale(ColumnType t) {
        return t.scale() == null ? 0 : t.scale();
    }
}
