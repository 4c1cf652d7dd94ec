package dev.schemawright.render.sql;

import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.render.naming.PhysicalName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Database names of enum types. In PostgreSQL a table is also a type, and an unquoted built-in type name (text, date,
 * status-free words like "time") resolves to pg_catalog first, so an enum named like a table or a built-in type gets
 * the suffix {@code _enum}. PostgreSQL, Prisma (@@map) and SQLModel (sa.Enum name) all use this name.
 */
public final class EnumTypeNames {
    private static final Set<String> BUILT_IN = Set.of("bigint", "bit", "bool", "boolean", "box", "bytea", "char", "character", "cidr",
            "circle", "date", "decimal", "double", "float", "float4", "float8", "inet", "int", "int2", "int4", "int8", "integer", "interval",
            "json", "jsonb", "line", "lseg", "macaddr", "money", "name", "numeric", "oid", "path", "point", "polygon", "real", "record",
            "regclass", "serial", "smallint", "text", "time", "timestamp", "timestamptz", "timetz", "trigger", "tsquery", "tsvector",
            "uuid", "varchar", "void", "xml");
    private final Map<String, String> physical = new HashMap<>();
    private final Set<String> tables;

    private EnumTypeNames(Set<String> tables) {
        this.tables = tables;
    }

    public static EnumTypeNames of(SchemaModel model) {
        Set<String> tables = new HashSet<>();
        for (Table t : model.tables()) {
            tables.add(PhysicalName.of(t.name()).toLowerCase(Locale.ROOT));
        }
        EnumTypeNames names = new EnumTypeNames(tables);
        for (EnumType e : model.enums()) {
            names.physical.put(e.name(), names.rename(e.name()));
        }
        return names;
    }

    /** Without a model: only the built-in type rule applies. */
    public static EnumTypeNames withoutModel() {
        return new EnumTypeNames(Set.of());
    }

    public String physical(String enumName) {
        String known = physical.get(enumName);
        return known != null ? known : rename(enumName);
    }

    private String rename(String enumName) {
        String p = PhysicalName.of(enumName);
        String lower = p.toLowerCase(Locale.ROOT);
        return BUILT_IN.contains(lower) || tables.contains(lower) ? PhysicalName.of(enumName + "_enum") : p;
    }
}
