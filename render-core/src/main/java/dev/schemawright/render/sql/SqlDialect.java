package dev.schemawright.render.sql;

import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexCondition;
import dev.schemawright.contracts.model.IndexPredicate;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.render.naming.PhysicalName;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What differs between the SQL targets, as data and small hooks (Calcite's SqlDialect): identifier quoting and reserved
 * words, literals, a few function spellings, and capability flags the renderers consult instead of switching on the
 * target in every node.
 */
public abstract class SqlDialect {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");

    /** Words both targets treat as reserved or that read badly unquoted (user, order, group, ...). */
    protected static final Set<String> COMMON_RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "between",
            "binary", "both", "case", "cast", "check", "collate", "collation", "column", "concurrently", "constraint",
            "create", "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "default", "deferrable", "delete", "desc", "distinct", "do", "drop",
            "else", "end", "escape", "except", "exists", "false", "fetch", "for", "foreign", "freeze", "from", "full",
            "glob", "grant", "group", "having", "ilike", "in", "index", "initially", "inner", "insert", "intersect",
            "into", "is", "isnull", "join", "key", "lateral", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "match", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order",
            "outer", "overlaps", "placing", "primary", "references", "regexp", "returning", "right", "row", "rowid",
            "select", "session_user", "set", "similar", "some", "symmetric", "system_user", "table", "tablesample",
            "then", "to", "trailing", "transaction", "trigger", "true", "union", "unique", "update", "user", "using",
            "values", "variadic", "verbose", "view", "when", "where", "window", "with");

    /** Maximum identifier length in bytes; longer model names are shortened by {@link PhysicalName}. */
    public abstract int maxIdentifierBytes();

    /** CREATE TYPE ... AS ENUM exists (otherwise TEXT + CHECK IN). */
    public abstract boolean enumTypes();

    /** Row-level security and CREATE POLICY exist. */
    public abstract boolean rowLevelSecurity();

    /** GIN / trigram / full-text index methods exist (otherwise they fall back to btree). */
    public abstract boolean invertedIndexes();

    /** Foreign keys can be added after CREATE TABLE (needed for reference cycles where targets are checked at once). */
    public abstract boolean alterTableAddForeignKey();

    protected abstract Set<String> reservedWords();

    /** Whether {@code name} is a reserved word here (any case): every hand-written query must quote it. */
    public boolean isReserved(String name) {
        return reservedWords().contains(name.toLowerCase(Locale.ROOT));
    }

    /** A safe identifier: the physical name, quoted when not a plain lower-case word or when reserved. */
    public String quote(String modelName) {
        String name = PhysicalName.of(modelName);
        if (PLAIN.matcher(name).matches() && !reservedWords().contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Quoted names separated by commas, for column lists. */
    public String columnList(List<String> names) {
        return names.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    /** The ON DELETE action, always stated (NO ACTION included) so readers never have to know the default. */
    public String onDelete(FkAction a) {
        if (a == FkAction.CASCADE) {
            return "CASCADE";
        } else if (a == FkAction.RESTRICT) {
            return "RESTRICT";
        } else if (a == FkAction.SET_NULL) {
            return "SET NULL";
        } else if (a == FkAction.NO_ACTION) {
            return "NO ACTION";
        }
        throw new IllegalStateException("unsupported " + a);
    }

    /** The WHERE condition of a partial index, or null for a full index: its predicate and its column condition, both holding. */
    public String indexPredicate(Table t, Index ix) {
        IndexPredicate p = ix.where();
        String base;
        if (p == IndexPredicate.NONE) {
            base = null;
        } else if (p == IndexPredicate.NOT_DELETED) {
            if (!t.hasColumn(IndexPlan.SOFT_DELETE_COLUMN)) {
                throw new IllegalStateException("unsupported NOT_DELETED index " + ix.name() + " on " + t.name() + " without "
                        + IndexPlan.SOFT_DELETE_COLUMN);
            }
            base = quote(IndexPlan.SOFT_DELETE_COLUMN) + " IS NULL";
        } else if (p == IndexPredicate.FIRST_NOT_NULL) {
            base = quote(ix.columnNames().get(0)) + " IS NOT NULL";
        } else {
            throw new IllegalStateException("unsupported " + p);
        }
        String condition = ix.condition() == null ? null : condition(t, ix.name(), ix.condition());
        if (base == null || condition == null) {
            return base == null ? condition : base;
        }
        return base + " AND " + condition;
    }

    private String condition(Table t, String index, IndexCondition c) {
        if (!t.hasColumn(c.column())) {
            throw new IllegalStateException("index " + index + " on " + t.name() + ": condition column " + c.column() + " missing");
        }
        String q = quote(c.column());
        return switch (c.op()) {
            case IS_TRUE -> q + " = " + booleanLiteral(true);
            case IS_FALSE -> q + " = " + booleanLiteral(false);
            case IS_NULL -> q + " IS NULL";
            case IS_NOT_NULL -> q + " IS NOT NULL";
            case EQUALS -> q + " = " + literal(c.value());
        };
    }

    /** A boolean literal as this dialect stores booleans. */
    public String booleanLiteral(boolean value) {
        return value ? "true" : "false";
    }

    /** A string literal; single quotes doubled (standard_conforming_strings assumed, which is the default). */
    public String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A numeric literal checked to be one (the model validates defaults, CHECK args arrive as strings). */
    public String numberOrLiteral(String value) {
        return NUMBER.matcher(value.trim()).matches() ? value.trim() : literal(value);
    }

    public String integer(String value, String what) {
        if (!value.trim().matches("\\d{1,9}")) {
            throw new IllegalStateException("unsupported " + what + " bound " + value);
        }
        return value.trim();
    }

    public abstract String lengthFunction();

    public abstract String trimFunction();

    /** Boolean expression that {@code column} looks like an e-mail address. */
    public abstract String emailCheck(String quotedColumn);

    public static boolean isPlain(String name) {
        return PLAIN.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }
}
