package dev.schemawright.versions.migrate;

import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.CheckKind;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import java.util.List;
import java.util.Optional;

/**
 * The value a new NOT NULL column without a usable default gives the rows already in its table, so adding it cannot
 * fail: a type's neutral value that passes the column's CHECKs (the first listed value, the lower bound, 1 for
 * positive numbers), a fresh uuid where the column must be unique. None for a foreign key (no row is a safe guess) or
 * when no value passes: the migration then adds the column, asks for a backfill and sets NOT NULL, which fails on a
 * non-empty table until the data is there.
 *
 * @param postgres the PostgreSQL expression
 * @param sqlite   the SQLite expression, in the storage format schema.sqlite.sql uses
 * @param words    how migration.md names it
 */
public record Placeholder(String postgres, String sqlite, String words) {
    private static final String SQLITE_UUID = "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
            + "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
            + "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))";

    public static Optional<Placeholder> of(SchemaModel model, Table t, Column c) {
        if (t.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(c.name()))) {
            return Optional.empty();
        }
        ColumnType type = c.type();
        boolean unique = t.primaryKey().contains(c.name()) || t.uniques().stream().anyMatch(u -> u.columns().contains(c.name()))
                || t.indexes().stream().anyMatch(ix -> ix.unique() && ix.columnNames().contains(c.name()));
        List<CheckConstraint> checks = t.checks().stream().filter(ck -> ck.columns().contains(c.name())).toList();
        if (unique) {
            boolean roomForUuid = type.kind() == TypeKind.TEXT || type.kind() == TypeKind.VARCHAR && type.length() >= 36;
            if (!type.array() && checks.isEmpty() && (type.kind() == TypeKind.UUID || roomForUuid)) {
                return Optional.of(new Placeholder(type.kind() == TypeKind.UUID ? "gen_random_uuid()" : "gen_random_uuid()::text",
                        "(" + SQLITE_UUID + ")", "a fresh uuid per row"));
            }
            return Optional.empty();
        }
        if (checks.size() > 1) {
            return Optional.empty();
        }
        if (checks.size() == 1) {
            return fromCheck(checks.get(0), type);
        }
        return neutral(model, type);
    }

    /** A value the one CHECK on the column accepts. */
    private static Optional<Placeholder> fromCheck(CheckConstraint ck, ColumnType type) {
        CheckKind k = ck.kind();
        if (type.array() || ck.columns().size() != 1) {
            return Optional.empty();
        }
        boolean text = type.kind() == TypeKind.TEXT || type.kind() == TypeKind.VARCHAR;
        boolean number = type.kind() == TypeKind.SMALLINT || type.kind() == TypeKind.INTEGER || type.kind() == TypeKind.BIGINT
                || type.kind() == TypeKind.NUMERIC || type.kind() == TypeKind.REAL;
        if (k == CheckKind.IN_VALUES && text && !ck.args().isEmpty()) {
            return Optional.of(literal(ck.args().get(0)));
        } else if (k == CheckKind.POSITIVE && number) {
            return Optional.of(new Placeholder("1", "1", "1"));
        } else if (k == CheckKind.NON_NEGATIVE && number) {
            return Optional.of(new Placeholder("0", "0", "0"));
        } else if (k == CheckKind.VALUE_BETWEEN && number) {
            String bound = arg(ck, 0).isBlank() ? arg(ck, 1) : arg(ck, 0);
            return bound.matches("-?\\d{1,18}(\\.\\d{1,18})?") ? Optional.of(new Placeholder(bound, bound, bound)) : Optional.empty();
        } else if (k == CheckKind.NOT_BLANK && text && (type.length() == null || type.length() >= 1)) {
            return Optional.of(literal("?"));
        } else if (k == CheckKind.LENGTH_BETWEEN && text) {
            String lo = arg(ck, 0);
            int n = lo.matches("\\d{1,3}") ? Integer.parseInt(lo) : 0;
            String hi = arg(ck, 1);
            if (!hi.isBlank() && (!hi.matches("\\d{1,9}") || Integer.parseInt(hi) < n)) {
                return Optional.empty();
            }
            return Optional.of(literal("?".repeat(n)));
        }
        return Optional.empty();
    }

    private static String arg(CheckConstraint ck, int i) {
        return i < ck.args().size() ? ck.args().get(i).strip() : "";
    }

    private static Optional<Placeholder> neutral(SchemaModel model, ColumnType type) {
        if (type.array()) {
            return Optional.of(new Placeholder("'{}'", "'[]'", "an empty array"));
        }
        TypeKind k = type.kind();
        if (k == TypeKind.TEXT || k == TypeKind.VARCHAR) {
            return Optional.of(literal(""));
        } else if (k == TypeKind.SMALLINT || k == TypeKind.INTEGER || k == TypeKind.BIGINT || k == TypeKind.NUMERIC || k == TypeKind.REAL) {
            return Optional.of(new Placeholder("0", "0", "0"));
        } else if (k == TypeKind.BOOLEAN) {
            return Optional.of(new Placeholder("false", "0", "false"));
        } else if (k == TypeKind.DATE) {
            return Optional.of(new Placeholder("CURRENT_DATE", "(date('now'))", "the day of the migration"));
        } else if (k == TypeKind.TIMESTAMPTZ) {
            return Optional.of(new Placeholder("now()", "(CURRENT_TIMESTAMP)", "the time of the migration"));
        } else if (k == TypeKind.TIME) {
            return Optional.of(new Placeholder("'00:00'", "'00:00:00'", "00:00"));
        } else if (k == TypeKind.INTERVAL) {
            return Optional.of(new Placeholder("'0 seconds'", "'PT0S'", "zero"));
        } else if (k == TypeKind.UUID) {
            return Optional.of(new Placeholder("gen_random_uuid()", "(" + SQLITE_UUID + ")", "a fresh uuid per row"));
        } else if (k == TypeKind.JSON) {
            return Optional.of(new Placeholder("'{}'::jsonb", "'{}'", "an empty JSON object"));
        } else if (k == TypeKind.BYTES) {
            return Optional.of(new Placeholder("'\\x'::bytea", "X''", "no bytes"));
        } else if (k == TypeKind.ENUM) {
            return model.enumType(type.enumName()).map(EnumType::values).map(v -> literal(v.get(0)));
        }
        return Optional.empty();
    }

    private static Placeholder literal(String value) {
        String sql = "'" + value.replace("'", "''") + "'";
        return new Placeholder(sql, sql, value.isEmpty() ? "an empty string" : sql);
    }
}
