package dev.schemawright.render.prisma;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.DefaultValue;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexColumn;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.render.naming.CaseConversion;
import dev.schemawright.render.naming.NameAllocator;
import dev.schemawright.render.naming.PhysicalName;
import dev.schemawright.render.postgres.PostgresDialect;
import dev.schemawright.render.postgres.PostgresRenderer;
import dev.schemawright.render.relations.RelationPlan;
import dev.schemawright.render.relations.RelationPlan.Link;
import dev.schemawright.render.sql.CheckExpressions;
import dev.schemawright.render.sql.EnumTypeNames;
import dev.schemawright.render.sql.ExternalTables;
import dev.schemawright.render.sql.IndexPlan;
import dev.schemawright.render.sql.SqlComments;
import dev.schemawright.render.sql.KeyColumnsRequired;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * schema.prisma for Prisma 7 (datasource without url; validated by @prisma/prisma-schema-wasm 8.x), PostgreSQL
 * provider. PascalCase models and camelCase fields mapped to the physical names, both sides of every relation, native
 * types. What Prisma cannot express (RLS, CHECKs, partial/expression indexes, references into auth) stays as comments.
 */
public final class PrismaRenderer {
    private static final Pattern IDENT = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Set<String> RESERVED_TYPES = Set.of("String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime",
            "Json", "Bytes", "Unsupported", "Prisma", "PrismaClient");

    public String render(SchemaModel input) {
        SchemaModel model = KeyColumnsRequired.apply(input);
        ExternalTables external = ExternalTables.of(model);
        return new Rendering(external.inline(model), external).render();
    }

    /** Names and output of one render call (the renderer itself stays stateless and thread-safe). */
    private static final class Rendering {
        private final SchemaModel model;
        private final RelationPlan relations;
        private final IndexPlan indexPlan;
        private final boolean supabase;
        private final Map<String, String> modelNames = new HashMap<>();
        private final Map<String, String> enumNames = new HashMap<>();
        private final Map<String, Map<String, String>> enumValues = new HashMap<>();
        private final Map<String, Map<String, String>> fieldNames = new HashMap<>();
        private final Map<Link, String> childField = new HashMap<>();
        private final Map<Link, String> parentField = new HashMap<>();
        private final StringBuilder out = new StringBuilder();
        private final EnumTypeNames enumTypeNames;
        /** Tables of other schemas (Supabase's auth.users) as models of their own: then every model and enum names its schema. */
        private final ExternalTables external;

        Rendering(SchemaModel model, ExternalTables external) {
            this.model = model;
            this.external = external;
            this.enumTypeNames = EnumTypeNames.of(model);
            this.relations = RelationPlan.of(model);
            this.indexPlan = IndexPlan.of(model);
            this.supabase = model.stack().auth() == AuthProvider.SUPABASE;
            NameAllocator types = new NameAllocator(RESERVED_TYPES);
            for (Table t : model.tables()) {
                modelNames.put(t.name(), types.allocate(CaseConversion.pascal(CaseConversion.singularLast(t.name()))));
            }
            for (EnumType e : model.enums()) {
                enumNames.put(e.name(), types.allocate(CaseConversion.pascal(e.name())));
                NameAllocator values = new NameAllocator(Set.of());
                Map<String, String> byValue = new LinkedHashMap<>();
                for (String v : e.values()) {
                    byValue.put(v, values.allocate(IDENT.matcher(v).matches() ? v : CaseConversion.snake(v)));
                }
                enumValues.put(e.name(), byValue);
            }
            Map<String, NameAllocator> fields = new HashMap<>();
            for (Table t : model.tables()) {
                NameAllocator a = new NameAllocator(Set.of());
                Map<String, String> byColumn = new LinkedHashMap<>();
                t.columns().forEach(c -> byColumn.put(c.name(), a.allocate(CaseConversion.camel(c.name()))));
                fieldNames.put(t.name(), byColumn);
                fields.put(t.name(), a);
            }
            for (Link l : relations.links()) {
                childField.put(l, fields.get(l.child().name()).allocate(CaseConversion.camel(l.childFieldBase())));
                parentField.put(l, fields.get(l.parent().name()).allocate(CaseConversion.camel(l.parentFieldBase())));
            }
        }

        String render() {
            out.append("// schema.prisma: ").append(SqlComments.line(model.title())).append(" (project ")
                    .append(SqlComments.line(model.projectId())).append("), rendered by Schemawright.\n")
                    .append("// Prisma 7 (datasource url lives in prisma.config.ts). Mirrors schema.postgres.sql; what Prisma cannot express\n")
                    .append("// (row-level security, CHECK constraints, partial and expression indexes) is noted in comments.\n");
            if (!external.isEmpty()) {
                out.append("// The users Supabase Auth owns are mapped from their own schema so that relations reach them; introspect that\n")
                        .append("// schema with `prisma db pull` rather than letting Prisma Migrate create or change it.\n");
            }
            out.append("\ngenerator client {\n  provider = \"prisma-client\"\n  output   = \"../generated/prisma\"\n}\n\n")
                    .append("datasource db {\n  provider = \"postgresql\"\n");
            if (!external.isEmpty()) {
                java.util.TreeSet<String> schemas = new java.util.TreeSet<>(List.of("public"));
                external.tables().forEach(lt -> schemas.add(lt.schema()));
                out.append("  schemas  = [").append(schemas.stream().map(PrismaRenderer::quote).collect(Collectors.joining(", "))).append("]\n");
            }
            out.append("}\n");
            for (Table t : model.tables()) {
                out.append('\n');
                model(t);
            }
            for (EnumType e : model.enums()) {
                out.append('\n');
                enumType(e);
            }
            return out.toString();
        }

        private void model(Table t) {
            String doc = SqlComments.line(t.description());
            if (!doc.isEmpty()) {
                out.append("/// ").append(doc).append('\n');
            }
            out.append("model ").append(modelNames.get(t.name())).append(" {\n");
            List<String[]> rows = new ArrayList<>();
            Map<String, String> names = fieldNames.get(t.name());
            for (Column c : t.columns()) {
                rows.add(new String[] {names.get(c.name()), fieldType(c), scalarAttributes(t, c), fieldComment(t, c)});
            }
            for (Link l : relations.outgoing(t)) {
                String fields = l.fk().columns().stream().map(names::get).collect(Collectors.joining(", "));
                String refs = l.fk().refColumns().stream().map(c -> fieldName(l.parent(), c)).collect(Collectors.joining(", "));
                String name = l.ambiguous() ? quote(l.fk().name()) + ", " : "";
                FkAction action = l.fk().onDelete();
                String comment = "";
                if (action == FkAction.SET_NULL && !l.optional()) {
                    action = FkAction.NO_ACTION;
                    comment = "ON DELETE SET NULL on a required column cannot work; NoAction here";
                }
                rows.add(new String[] {childField.get(l), modelNames.get(l.parent().name()) + (l.optional() ? "?" : ""),
                        "@relation(" + name + "fields: [" + fields + "], references: [" + refs + "], onDelete: " + action(action)
                                + ", map: " + quote(PhysicalName.of(l.fk().name())) + ")", comment});
            }
            for (Link l : relations.incoming(t)) {
                String type = modelNames.get(l.child().name()) + (l.oneToOne() ? "?" : "[]");
                String attrs = l.ambiguous() ? "@relation(" + quote(l.fk().name()) + ")" : "";
                if (ignored(l.child())) {
                    // Prisma requires relation fields to an @@ignore model to be ignored too
                    attrs = (attrs + " @ignore").strip();
                }
                rows.add(new String[] {parentField.get(l), type, attrs, ""});
            }
            appendAligned(rows);
            List<String> block = blockAttributes(t, names);
            if (!block.isEmpty()) {
                out.append('\n');
                block.forEach(b -> out.append("  ").append(b).append('\n'));
            }
            out.append("}\n");
        }

        private void appendAligned(List<String[]> rows) {
            int w0 = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
            int w1 = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
            for (String[] r : rows) {
                StringBuilder line = new StringBuilder("  ").append(pad(r[0], w0)).append(' ').append(r[2].isEmpty() && r[3].isEmpty() ? r[1] : pad(r[1], w1));
                if (!r[2].isEmpty()) {
                    line.append(' ').append(r[2]);
                }
                if (!r[3].isEmpty()) {
                    line.append(" // ").append(r[3]);
                }
                out.append(line.toString().stripTrailing()).append('\n');
            }
        }

        private static String pad(String s, int width) {
            return s.length() >= width ? s : s + " ".repeat(width - s.length());
        }

        private String fieldName(Table t, String column) {
            String f = fieldNames.get(t.name()).get(column);
            if (f == null) {
                throw new IllegalStateException("unsupported column " + column + " missing from " + t.name());
            }
            return f;
        }

        private String fieldType(Column c) {
            ColumnType t = c.type();
            String base = scalarType(t);
            if (t.array()) {
                // Prisma lists cannot be optional; a NULL list and an empty list read the same to the client.
                return base + "[]";
            }
            return base + (c.nullable() ? "?" : "");
        }

        private String scalarType(ColumnType t) {
            TypeKind k = t.kind();
            if (k == TypeKind.UUID || k == TypeKind.TEXT || k == TypeKind.VARCHAR) {
                return "String";
            } else if (k == TypeKind.SMALLINT || k == TypeKind.INTEGER) {
                return "Int";
            } else if (k == TypeKind.BIGINT) {
                return "BigInt";
            } else if (k == TypeKind.NUMERIC) {
                return "Decimal";
            } else if (k == TypeKind.REAL) {
                return "Float";
            } else if (k == TypeKind.BOOLEAN) {
                return "Boolean";
            } else if (k == TypeKind.DATE || k == TypeKind.TIME || k == TypeKind.TIMESTAMPTZ) {
                return "DateTime";
            } else if (k == TypeKind.INTERVAL) {
                return "Unsupported(\"interval" + (t.array() ? "[]" : "") + "\")";
            } else if (k == TypeKind.JSON) {
                return "Json";
            } else if (k == TypeKind.BYTES) {
                return "Bytes";
            } else if (k == TypeKind.ENUM) {
                String n = enumNames.get(t.enumName());
                if (n == null) {
                    throw new IllegalStateException("unsupported enum " + t.enumName() + " (not in the model)");
                }
                return n;
            }
            throw new IllegalStateException("unsupported " + k);
        }

        private String nativeType(ColumnType t) {
            TypeKind k = t.kind();
            if (k == TypeKind.UUID) {
                return "@db.Uuid";
            } else if (k == TypeKind.VARCHAR) {
                return "@db.VarChar(" + t.length() + ")";
            } else if (k == TypeKind.SMALLINT) {
                return "@db.SmallInt";
            } else if (k == TypeKind.NUMERIC && t.precision() != null) {
                return "@db.Decimal(" + t.precision() + ", " + (t.scale() == null ? 0 : t.scale()) + ")";
            } else if (k == TypeKind.REAL) {
                return "@db.DoublePrecision";
            } else if (k == TypeKind.DATE) {
                return "@db.Date";
            } else if (k == TypeKind.TIME) {
                return "@db.Time(6)";
            } else if (k == TypeKind.TIMESTAMPTZ) {
                return "@db.Timestamptz(6)";
            }
            return "";
        }

        private String scalarAttributes(Table t, Column c) {
            List<String> attrs = new ArrayList<>();
            if (t.primaryKey().size() == 1 && t.primaryKey().get(0).equals(c.name())) {
                attrs.add("@id(map: " + quote(PhysicalName.of(t.name() + "_pkey")) + ")");
            }
            String def = defaultAttribute(c);
            if (def != null) {
                attrs.add(def);
            }
            if (c.name().equals("updated_at") && c.type().kind() == TypeKind.TIMESTAMPTZ && !c.type().array()) {
                // the SQL trigger sets it for every writer; @updatedAt makes Prisma Client agree without a round trip
                attrs.add("@updatedAt");
            }
            String physical = PhysicalName.of(c.name());
            if (!physical.equals(fieldNames.get(t.name()).get(c.name()))) {
                attrs.add("@map(" + quote(physical) + ")");
            }
            String nt = nativeType(c.type());
            if (!nt.isEmpty() && c.type().kind() != TypeKind.INTERVAL) {
                attrs.add(nt);
            }
            return String.join(" ", attrs);
        }

        private String defaultAttribute(Column c) {
            if (c.identity()) {
                return "@default(autoincrement())";
            }
            DefaultValue v = c.defaultValue();
            if (v == null || c.type().kind() == TypeKind.INTERVAL) {
                return null;
            }
            DefaultKind k = v.kind();
            String expr;
            if (c.type().kind() == TypeKind.ENUM && (k == DefaultKind.ENUM_VALUE || k == DefaultKind.STRING)) {
                String value = enumValues.get(c.type().enumName()).get(v.value());
                if (value == null) {
                    throw new IllegalStateException("unsupported default " + v.value() + " for enum " + c.type().enumName());
                }
                expr = value;
            } else if (k == DefaultKind.STRING || k == DefaultKind.ENUM_VALUE) {
                expr = quote(v.value());
            } else if (k == DefaultKind.NUMBER || k == DefaultKind.BOOLEAN) {
                expr = v.value();
            } else if (k == DefaultKind.NOW) {
                expr = "now()";
            } else if (k == DefaultKind.TODAY) {
                expr = "dbgenerated(" + quote("CURRENT_DATE") + ")";
            } else if (k == DefaultKind.RANDOM_UUID) {
                expr = "dbgenerated(" + quote("gen_random_uuid()") + ")";
            } else if (k == DefaultKind.CURRENT_USER) {
                expr = "dbgenerated(" + quote(supabase ? "auth.uid()" : "nullif(current_setting('" + PostgresRenderer.CURRENT_USER_SETTING
                        + "', true), '')::" + new PostgresRenderer().type(c.type())) + ")";
            } else if (k == DefaultKind.EMPTY_JSON_OBJECT) {
                expr = quote("{}");
            } else if (k == DefaultKind.EMPTY_ARRAY) {
                expr = c.type().array() ? "[]" : quote("[]");
            } else {
                throw new IllegalStateException("unsupported " + k);
            }
            return "@default(" + expr + ")";
        }

        private String fieldComment(Table t, Column c) {
            if (c.defaultValue() != null && c.defaultValue().kind() == DefaultKind.CURRENT_USER) {
                // the default reads who is signed in from the connection: a Prisma connection that does not say so gets NULL
                return supabase ? "auth.uid() is NULL on a direct Prisma connection (no Supabase JWT): set " + fieldNames.get(t.name()).get(c.name()) + " in code"
                        : "NULL unless the connection sets " + PostgresRenderer.CURRENT_USER_SETTING + ": set " + fieldNames.get(t.name()).get(c.name()) + " in code";
            }
            if (c.type().array() && c.nullable()) {
                return "nullable array in SQL; Prisma lists are never null";
            }
            if (c.type().kind() == TypeKind.INTERVAL) {
                return "interval: no Prisma scalar type";
            }
            return "";
        }

        private List<String> blockAttributes(Table t, Map<String, String> names) {
            List<String> block = new ArrayList<>();
            if (t.primaryKey().size() > 1) {
                block.add("@@id([" + t.primaryKey().stream().map(c -> fieldName(t, c)).collect(Collectors.joining(", ")) + "], map: "
                        + quote(PhysicalName.of(t.name() + "_pkey")) + ")");
            }
            for (UniqueConstraint u : t.uniques()) {
                block.add("@@unique([" + u.columns().stream().map(c -> fieldName(t, c)).collect(Collectors.joining(", ")) + "], map: "
                        + quote(PhysicalName.of(u.name())) + ")");
            }
            for (Index ix : indexPlan.indexes(t)) {
                block.add(index(t, ix));
            }
            for (CheckConstraint ck : t.checks()) {
                block.add("// CHECK " + SqlComments.line(ck.name()) + ": " + SqlComments.line(CheckExpressions.of(ck, PostgresDialect.INSTANCE))
                        + " (enforced by the SQL schema; Prisma has no CHECK)");
            }
            if (t.rlsEnabled()) {
                block.add("// Row-level security in PostgreSQL: " + t.policies().size() + " polic" + (t.policies().size() == 1 ? "y" : "ies")
                        + " (see schema.postgres.sql); Prisma cannot express policies");
            }
            if (ignored(t)) {
                block.add("@@ignore // no primary key or unique constraint: Prisma Client cannot address rows");
            }
            java.util.Optional<ExternalTables.LocalTable> standIn = external.standIn(t.name());
            String physical = standIn.map(lt -> lt.table()).orElse(PhysicalName.of(t.name()));
            if (!physical.equals(modelNames.get(t.name()))) {
                block.add("@@map(" + quote(physical) + ")");
            }
            if (!external.isEmpty()) {
                block.add("@@schema(" + quote(standIn.map(ExternalTables.LocalTable::schema).orElse("public")) + ")");
            }
            return block;
        }

        /** No primary key and no unique constraint: Prisma Client cannot address rows, so the model is @@ignore. */
        private static boolean ignored(Table t) {
            return t.primaryKey().isEmpty() && t.uniques().isEmpty();
        }

        private String index(Table t, Index ix) {
            String cols = ix.columns().stream().map(c -> indexField(t, c, ix.method())).collect(Collectors.joining(", "));
            String where = ix.partial() ? PostgresDialect.INSTANCE.indexPredicate(t, ix) : "";
            String map = "map: " + quote(PhysicalName.of(ix.name()));
            if (ix.method() == IndexMethod.FULLTEXT && !ix.unique()) {
                return "// full-text index " + SqlComments.line(ix.name()) + " on to_tsvector(" + SqlComments.line(String.join(", ", ix.columnNames()))
                        + ") exists only in the SQL schema: Prisma cannot express expression indexes";
            }
            if (!where.isEmpty()) {
                return "// partial index " + SqlComments.line(ix.name()) + " on (" + SqlComments.line(String.join(", ", ix.columnNames())) + ") WHERE "
                        + SqlComments.line(where) + " exists only in the SQL schema: Prisma cannot express partial indexes";
            }
            if (ix.unique()) {
                return "@@unique([" + cols + "], " + map + ")";
            }
            String type = "";
            if (ix.method() == IndexMethod.GIN && ginable(t, ix)) {
                type = ", type: Gin";
            } else if (ix.method() == IndexMethod.TRIGRAM && trigramable(t, ix)) {
                type = ", type: Gin";
            }
            return "@@index([" + cols + "]" + type + ", " + map + ")";
        }

        private String indexField(Table t, IndexColumn c, IndexMethod method) {
            String f = fieldName(t, c.name());
            Column col = t.column(c.name()).orElseThrow();
            boolean text = !col.type().array() && (col.type().kind() == TypeKind.TEXT || col.type().kind() == TypeKind.VARCHAR);
            if (method == IndexMethod.TRIGRAM && text) {
                return f + "(ops: raw(\"gin_trgm_ops\"))";
            }
            return c.descending() && method == IndexMethod.BTREE ? f + "(sort: Desc)" : f;
        }

        private static boolean ginable(Table t, Index ix) {
            return ix.columnNames().stream().allMatch(n -> t.column(n).map(c -> c.type().array() || c.type().kind() == TypeKind.JSON).orElse(false));
        }

        private static boolean trigramable(Table t, Index ix) {
            return ix.columnNames().stream().allMatch(n -> t.column(n)
                    .map(c -> !c.type().array() && (c.type().kind() == TypeKind.TEXT || c.type().kind() == TypeKind.VARCHAR)).orElse(false));
        }

        private void enumType(EnumType e) {
            out.append("enum ").append(enumNames.get(e.name())).append(" {\n");
            for (Map.Entry<String, String> v : enumValues.get(e.name()).entrySet()) {
                out.append("  ").append(v.getValue());
                if (!v.getValue().equals(v.getKey())) {
                    out.append(" @map(").append(quote(v.getKey())).append(")");
                }
                out.append('\n');
            }
            String physical = enumTypeNames.physical(e.name());
            boolean map = !physical.equals(enumNames.get(e.name()));
            if (map || !external.isEmpty()) {
                out.append('\n');
            }
            if (map) {
                out.append("  @@map(").append(quote(physical)).append(")\n");
            }
            if (!external.isEmpty()) {
                out.append("  @@schema(\"public\")\n");
            }
            out.append("}\n");
        }

        private static String action(FkAction a) {
            if (a == FkAction.CASCADE) {
                return "Cascade";
            } else if (a == FkAction.RESTRICT) {
                return "Restrict";
            } else if (a == FkAction.SET_NULL) {
                return "SetNull";
            } else if (a == FkAction.NO_ACTION) {
                return "NoAction";
            }
            throw new IllegalStateException("unsupported " + a);
        }
    }

    /** A Prisma string literal (JSON-style escapes). */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\') {
                b.append('\\').append(ch);
            } else if (ch < 0x20) {
                b.append(String.format("\\u%04x", (int) ch));
            } else {
                b.append(ch);
            }
        }
        return b.append('"').toString();
    }
}
