package dev.schemawright.render.sqlmodel;

import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.FkAction;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexColumn;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.model.UniqueConstraint;
import dev.schemawright.render.naming.CaseConversion;
import dev.schemawright.render.naming.NameAllocator;
import dev.schemawright.render.naming.PhysicalName;
import dev.schemawright.render.relations.RelationPlan;
import dev.schemawright.render.relations.RelationPlan.Link;
import dev.schemawright.render.relations.RelationPlan.ManyToMany;
import dev.schemawright.render.sql.CheckExpressions;
import dev.schemawright.render.sql.EnumTypeNames;
import dev.schemawright.render.sql.CreationOrder;
import dev.schemawright.render.sql.ExternalTables;
import dev.schemawright.render.sql.IndexPlan;
import dev.schemawright.render.sql.SqlComments;
import dev.schemawright.render.sqlite.SqliteDialect;
import dev.schemawright.render.sqlite.SqliteRenderer;
import dev.schemawright.render.sql.KeyColumnsRequired;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * models.py: SQLModel classes for the SQLite side of the design, importable by Debian's SQLModel 0.0.8 (pydantic 1,
 * SQLAlchemy 1.4) and by current SQLModel. Every column is an explicit {@code sa_column=sa.Column(...)} (no
 * {@code Field(ondelete=)}, {@code sa_type=} or {@code cascade_delete=}, which 0.0.8 lacks), named and typed as in
 * schema.sqlite.sql; relationships on both sides with back_populates; pure join tables become link models.
 */
public final class SqlModelRenderer {
    /** Python keywords plus names this module binds at top level or that SQLModel, pydantic or SQLAlchemy own. */
    private static final Set<String> RESERVED_FIELDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
            "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
            "sa", "enum", "datetime", "decimal", "uuid", "Any", "List", "Optional", "Field", "Relationship", "SQLModel",
            "new_uuid", "metadata", "registry", "query", "dict", "json", "copy", "schema", "fields", "validate", "construct",
            "parse_obj", "parse_raw", "parse_file", "from_orm", "schema_json", "update_forward_refs", "sqlmodel_update");
    private static final Set<String> RESERVED_CLASSES = Set.of("Any", "List", "Optional", "Field", "Relationship", "SQLModel",
            "None", "True", "False");

    public String render(SchemaModel input) {
        SchemaModel model = KeyColumnsRequired.apply(input);
        return new Rendering(model).render();
    }

    private static final class Rendering {
        private final SchemaModel model;
        private final RelationPlan relations;
        private final IndexPlan indexPlan;
        private final ExternalTables external;
        private final CreationOrder creationOrder;
        private final SqliteDialect d = SqliteDialect.INSTANCE;
        private final SqliteRenderer sqlite = new SqliteRenderer();
        private final Map<String, String> classNames = new HashMap<>();
        private final Map<String, String> externalClassNames = new HashMap<>();
        private final Map<String, String> variableNames = new HashMap<>();
        private final Map<String, String> enumClassNames = new HashMap<>();
        private final Map<String, Map<String, String>> enumMembers = new HashMap<>();
        private final Map<String, Map<String, String>> fieldNames = new HashMap<>();
        private final Map<Link, String> childField = new HashMap<>();
        private final Map<Link, String> parentField = new HashMap<>();
        private final Map<String, String[]> manyToManyFields = new HashMap<>();
        private final Set<Link> linkModelLinks = new HashSet<>();
        private final StringBuilder out = new StringBuilder();
        private final EnumTypeNames enumTypeNames;

        Rendering(SchemaModel model) {
            this.model = model;
            this.enumTypeNames = EnumTypeNames.of(model);
            this.relations = RelationPlan.of(model);
            this.indexPlan = IndexPlan.of(model);
            this.external = ExternalTables.of(model);
            this.creationOrder = CreationOrder.of(model);
            NameAllocator classes = new NameAllocator(RESERVED_CLASSES);
            for (EnumType e : model.enums()) {
                enumClassNames.put(e.name(), classes.allocate(CaseConversion.pascal(e.name())));
                NameAllocator members = new NameAllocator(Set.of());
                Map<String, String> byValue = new LinkedHashMap<>();
                for (String v : e.values()) {
                    byValue.put(v, members.allocate(CaseConversion.snake(v).toUpperCase(java.util.Locale.ROOT)));
                }
                enumMembers.put(e.name(), byValue);
            }
            for (ExternalTables.LocalTable lt : external.tables()) {
                externalClassNames.put(lt.name(), classes.allocate(CaseConversion.pascal(CaseConversion.singularLast(lt.name()))));
            }
            for (Table t : model.tables()) {
                classNames.put(t.name(), classes.allocate(CaseConversion.pascal(CaseConversion.singularLast(t.name()))));
                if (t.primaryKey().isEmpty()) {
                    variableNames.put(t.name(), classes.allocate(fieldName(CaseConversion.snake(t.name())) + "_table"));
                }
            }
            Map<String, NameAllocator> fields = new HashMap<>();
            for (Table t : model.tables()) {
                NameAllocator a = new NameAllocator(RESERVED_FIELDS);
                Map<String, String> byColumn = new LinkedHashMap<>();
                t.columns().forEach(c -> byColumn.put(c.name(), a.allocate(fieldName(CaseConversion.snake(c.name())))));
                fieldNames.put(t.name(), byColumn);
                fields.put(t.name(), a);
            }
            for (ManyToMany m : relations.manyToManyLinks()) {
                linkModelLinks.add(m.left());
                linkModelLinks.add(m.right());
            }
            // the ORM cannot map a table without a primary key: it becomes a Core table, without relationships
            relations.links().stream().filter(l -> l.child().primaryKey().isEmpty() || l.parent().primaryKey().isEmpty())
                    .forEach(linkModelLinks::add);
            for (Link l : relations.links()) {
                if (linkModelLinks.contains(l)) {
                    continue;
                }
                childField.put(l, fields.get(l.child().name()).allocate(fieldName(l.childFieldBase())));
                parentField.put(l, fields.get(l.parent().name()).allocate(fieldName(l.parentFieldBase())));
            }
            for (ManyToMany m : relations.manyToManyLinks()) {
                Table a = m.left().parent();
                Table b = m.right().parent();
                String onA = fields.get(a.name()).allocate(fieldName(CaseConversion.snake(pluralOf(b.name()))));
                String onB = fields.get(b.name()).allocate(fieldName(CaseConversion.snake(pluralOf(a.name()))));
                manyToManyFields.put(m.join().name(), new String[] {onA, onB});
            }
        }

        /** pydantic reserves names starting with model_ (v2); keywords and owned names get PEP 8's trailing underscore. */
        private static String fieldName(String snake) {
            String name = snake.startsWith("model_") ? "f_" + snake : snake;
            return RESERVED_FIELDS.contains(name) ? name + "_" : name;
        }

        private static String pluralOf(String table) {
            String s = CaseConversion.snake(table);
            return CaseConversion.singularLast(s).equals(s) ? s + "s" : s;
        }

        String render() {
            out.append("\"\"\"models.py: ").append(docLine(model.title())).append(" (project ").append(docLine(model.projectId()))
                    .append("), rendered by Schemawright.\n\n")
                    .append("SQLModel classes for SQLite, matching schema.sqlite.sql: uuid as 36-character text, timestamps as UTC text,\n")
                    .append("enums as text with a CHECK, JSON and arrays as JSON text. Works with SQLModel 0.0.8 (pydantic 1, SQLAlchemy 1.4)\n")
                    .append("and current SQLModel. Not expressed here: row-level security (enforce ownership in queries), GIN/trigram/\n")
                    .append("full-text indexes (btree), defaults from the signed-in user (set them in code).\n\"\"\"\n")
                    .append("import datetime\nimport decimal\nimport enum\nimport uuid\nfrom typing import Any, List, Optional\n\n")
                    .append("import sqlalchemy as sa\nfrom sqlmodel import Field, Relationship, SQLModel\n\n\n")
                    .append("def new_uuid() -> str:\n    return str(uuid.uuid4())\n");
            for (EnumType e : model.enums()) {
                out.append("\n\nclass ").append(enumClassNames.get(e.name())).append("(str, enum.Enum):\n");
                for (Map.Entry<String, String> m : enumMembers.get(e.name()).entrySet()) {
                    out.append("    ").append(m.getValue()).append(" = ").append(py(m.getKey())).append('\n');
                }
            }
            for (ExternalTables.LocalTable lt : external.tables()) {
                out.append("\n\nclass ").append(externalClassNames.get(lt.name())).append("(SQLModel, table=True):\n")
                        .append("    \"\"\"Local stand-in for ").append(docLine(lt.schema() + "." + lt.table()))
                        .append(" (SQLite has no other schemas).\"\"\"\n\n")
                        .append("    __tablename__ = ").append(py(PhysicalName.of(lt.name()))).append('\n');
                NameAllocator a = new NameAllocator(RESERVED_FIELDS);
                for (Column c : lt.keyColumns()) {
                    out.append("    ").append(a.allocate(fieldName(CaseConversion.snake(c.name())))).append(": Optional[")
                            .append(pythonType(c.type())).append("] = Field(default=None, sa_column=sa.Column(").append(py(PhysicalName.of(c.name())))
                            .append(", ").append(saType(c.type(), false)).append(", primary_key=True))\n");
                }
            }
            // link models first: Relationship(link_model=...) needs the class object, not a name
            List<Table> ordered = new ArrayList<>();
            model.tables().stream().filter(t -> relations.manyToMany(t) != null).forEach(ordered::add);
            model.tables().stream().filter(t -> relations.manyToMany(t) == null).forEach(ordered::add);
            for (Table t : ordered) {
                out.append("\n\n");
                table(t);
            }
            return out.toString();
        }

        private void table(Table t) {
            if (t.primaryKey().isEmpty()) {
                coreTable(t);
                return;
            }
            out.append("class ").append(classNames.get(t.name())).append("(SQLModel, table=True):\n");
            String doc = SqlComments.described(t.description(), t.sources());
            if (!doc.isEmpty()) {
                out.append("    \"\"\"").append(docLine(doc)).append("\"\"\"\n\n");
            }
            out.append("    __tablename__ = ").append(py(PhysicalName.of(t.name()))).append('\n');
            List<String> args = tableArgs(t);
            if (!args.isEmpty()) {
                out.append("    __table_args__ = (\n");
                args.forEach(a -> out.append("        ").append(a).append(",\n"));
                out.append("    )\n");
            }
            out.append('\n');
            Map<String, String> names = fieldNames.get(t.name());
            for (Column c : t.columns()) {
                String pyType = pythonType(c.type());
                boolean optional = c.nullable() || c.identity() || c.defaultValue() != null || t.primaryKey().contains(c.name());
                out.append("    ").append(names.get(c.name())).append(": ").append(optional ? "Optional[" + pyType + "]" : pyType)
                        .append(" = Field(").append(optional ? "default=None, " : "").append("sa_column=").append(column(t, c)).append(")\n");
            }
            for (Link l : relations.outgoing(t)) {
                if (linkModelLinks.contains(l)) {
                    continue;
                }
                Map<String, Object> kw = new LinkedHashMap<>();
                if (l.ambiguous()) {
                    kw.put("foreign_keys", "[" + fkAttributes(l) + "]");
                }
                if (creationOrder.isDeferred(t, l.fk())) {
                    // this FK closes a reference cycle: the ORM writes it with a second UPDATE, like the DDL adds it last
                    kw.put("post_update", Boolean.TRUE);
                }
                if (l.selfReference()) {
                    kw.put("remote_side", "[" + l.fk().refColumns().stream().map(c -> classNames.get(t.name()) + "." + fieldNames.get(t.name()).get(c))
                            .collect(Collectors.joining(", ")) + "]");
                }
                out.append("    ").append(childField.get(l)).append(": Optional[").append(py(classNames.get(l.parent().name())))
                        .append("] = Relationship(back_populates=").append(py(parentField.get(l))).append(kwargs(kw)).append(")\n");
            }
            for (Link l : relations.incoming(t)) {
                if (linkModelLinks.contains(l)) {
                    continue;
                }
                Map<String, Object> kw = new LinkedHashMap<>();
                if (l.ambiguous()) {
                    kw.put("foreign_keys", "[" + fkAttributes(l) + "]");
                }
                if (l.oneToOne()) {
                    kw.put("uselist", Boolean.FALSE);
                }
                if (creationOrder.isDeferred(l.child(), l.fk())) {
                    kw.put("post_update", Boolean.TRUE);
                }
                if (l.fk().onDelete() == FkAction.CASCADE || l.fk().onDelete() == FkAction.SET_NULL) {
                    // the database applies ON DELETE; the ORM must not load and null out the children first
                    kw.put("passive_deletes", Boolean.TRUE);
                }
                String child = py(classNames.get(l.child().name()));
                out.append("    ").append(parentField.get(l)).append(": ").append(l.oneToOne() ? "Optional[" + child + "]" : "List[" + child + "]")
                        .append(" = Relationship(back_populates=").append(py(childField.get(l))).append(kwargs(kw)).append(")\n");
            }
            for (ManyToMany m : relations.manyToManyLinks()) {
                String[] f = manyToManyFields.get(m.join().name());
                String linkClass = classNames.get(m.join().name());
                if (m.left().parent().name().equals(t.name())) {
                    out.append("    ").append(f[0]).append(": List[").append(py(classNames.get(m.right().parent().name())))
                            .append("] = Relationship(back_populates=").append(py(f[1])).append(", link_model=").append(linkClass).append(")\n");
                }
                if (m.right().parent().name().equals(t.name())) {
                    out.append("    ").append(f[1]).append(": List[").append(py(classNames.get(m.left().parent().name())))
                            .append("] = Relationship(back_populates=").append(py(f[0])).append(", link_model=").append(linkClass).append(")\n");
                }
            }
        }

        /** A table without a primary key: created by metadata.create_all like the others, queried with Core. */
        private void coreTable(Table t) {
            String doc = SqlComments.described(t.description(), t.sources());
            out.append("# ").append(doc.isEmpty() ? "" : doc + " ").append("No primary key, so no ORM class: a Core table on the same metadata.\n");
            out.append(variableNames.get(t.name())).append(" = sa.Table(\n    ").append(py(PhysicalName.of(t.name()))).append(",\n    SQLModel.metadata,\n");
            for (Column c : t.columns()) {
                out.append("    ").append(column(t, c)).append(",\n");
            }
            for (String a : tableArgs(t)) {
                out.append("    ").append(a).append(",\n");
            }
            out.append(")\n");
        }

        private String fkAttributes(Link l) {
            String cls = classNames.get(l.child().name());
            return l.fk().columns().stream().map(c -> cls + "." + fieldNames.get(l.child().name()).get(c)).collect(Collectors.joining(", "));
        }

        private static String kwargs(Map<String, Object> kw) {
            if (kw.isEmpty()) {
                return "";
            }
            return ", sa_relationship_kwargs={" + kw.entrySet().stream()
                    .map(e -> py(e.getKey()) + ": " + (e.getValue() instanceof Boolean b ? (b ? "True" : "False") : py((String) e.getValue())))
                    .collect(Collectors.joining(", ")) + "}";
        }

        private String column(Table t, Column c) {
            List<String> parts = new ArrayList<>();
            parts.add(py(PhysicalName.of(c.name())));
            parts.add(saType(c.type(), c.identity()));
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.columns().size() == 1 && fk.columns().get(0).equals(c.name())) {
                    parts.add("sa.ForeignKey(" + py(PhysicalName.of(targetTable(fk)) + "." + PhysicalName.of(fk.refColumns().get(0)))
                            + ", ondelete=" + py(d.onDelete(fk.onDelete())) + ", name=" + py(PhysicalName.of(fk.name())) + ", link_to_name=True)");
                }
            }
            if (t.primaryKey().size() == 1 && t.primaryKey().get(0).equals(c.name())) {
                parts.add("primary_key=True");
            }
            if (c.identity()) {
                parts.add("autoincrement=True");
            }
            parts.add("nullable=" + (c.nullable() ? "True" : "False"));
            if (c.defaultValue() != null && c.defaultValue().kind() == DefaultKind.RANDOM_UUID) {
                // generated in Python so the ORM knows the key before the INSERT (SQLite cannot return it)
                parts.add("default=new_uuid");
            } else {
                String def = sqlite.defaultSql(c);
                if (def != null) {
                    parts.add("server_default=sa.text(" + py(def) + ")");
                }
            }
            String comment = SqlComments.described(c.description(), c.sources());
            if (!comment.isEmpty()) {
                parts.add("comment=" + py(comment));
            }
            return "sa.Column(" + String.join(", ", parts) + ")";
        }

        private String targetTable(ForeignKey fk) {
            return fk.external() ? external.target(fk).name() : fk.refTable();
        }

        /**
         * Constraints and indexes name columns by their key, which for {@code sa.Column("name", ...)} is the database
         * name, not the Python attribute (declarative only fills in a key that is missing).
         */
        private List<String> tableArgs(Table t) {
            List<String> args = new ArrayList<>();
            Map<String, String> names = new LinkedHashMap<>();
            fieldNames.get(t.name()).keySet().forEach(column -> names.put(column, PhysicalName.of(column)));
            if (t.primaryKey().size() > 1) {
                // per-column primary_key=True would order the key by column declaration, not by the model's key order
                args.add("sa.PrimaryKeyConstraint(" + t.primaryKey().stream().map(c -> py(names.get(c))).collect(Collectors.joining(", "))
                        + ", name=" + py(PhysicalName.of(t.name() + "_pkey")) + ")");
            }
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.columns().size() > 1) {
                    String target = PhysicalName.of(targetTable(fk));
                    args.add("sa.ForeignKeyConstraint([" + fk.columns().stream().map(c -> py(names.get(c))).collect(Collectors.joining(", ")) + "], ["
                            + fk.refColumns().stream().map(c -> py(target + "." + PhysicalName.of(c))).collect(Collectors.joining(", "))
                            + "], ondelete=" + py(d.onDelete(fk.onDelete())) + ", name=" + py(PhysicalName.of(fk.name())) + ", link_to_name=True)");
                }
            }
            for (UniqueConstraint u : t.uniques()) {
                args.add("sa.UniqueConstraint(" + u.columns().stream().map(c -> py(names.get(c))).collect(Collectors.joining(", "))
                        + ", name=" + py(PhysicalName.of(u.name())) + ")");
            }
            for (CheckConstraint ck : t.checks()) {
                args.add("sa.CheckConstraint(" + py(CheckExpressions.of(ck, d)) + ", name=" + py(PhysicalName.of(ck.name())) + ")");
            }
            for (Index ix : indexPlan.indexes(t)) {
                List<String> parts = new ArrayList<>();
                parts.add(py(PhysicalName.of(ix.name())));
                for (IndexColumn c : ix.columns()) {
                    attr(t, c.name());
                    parts.add(c.descending() ? "sa.text(" + py(d.quote(c.name()) + " DESC") + ")" : py(names.get(c.name())));
                }
                if (ix.unique()) {
                    parts.add("unique=True");
                }
                String where = d.indexPredicate(t, ix);
                if (where != null) {
                    parts.add("sqlite_where=sa.text(" + py(where) + ")");
                }
                args.add("sa.Index(" + String.join(", ", parts) + ")");
            }
            return args;
        }

        private String attr(Table t, String column) {
            String f = fieldNames.get(t.name()).get(column);
            if (f == null) {
                throw new IllegalStateException("unsupported column " + column + " missing from " + t.name());
            }
            return f;
        }

        private String pythonType(ColumnType t) {
            String base;
            TypeKind k = t.kind();
            if (k == TypeKind.UUID || k == TypeKind.TEXT || k == TypeKind.VARCHAR || k == TypeKind.INTERVAL) {
                base = "str";
            } else if (k == TypeKind.SMALLINT || k == TypeKind.INTEGER || k == TypeKind.BIGINT) {
                base = "int";
            } else if (k == TypeKind.NUMERIC) {
                base = "decimal.Decimal";
            } else if (k == TypeKind.REAL) {
                base = "float";
            } else if (k == TypeKind.BOOLEAN) {
                base = "bool";
            } else if (k == TypeKind.DATE) {
                base = "datetime.date";
            } else if (k == TypeKind.TIME) {
                base = "datetime.time";
            } else if (k == TypeKind.TIMESTAMPTZ) {
                base = "datetime.datetime";
            } else if (k == TypeKind.JSON) {
                base = "Any";
            } else if (k == TypeKind.BYTES) {
                base = "bytes";
            } else if (k == TypeKind.ENUM) {
                base = enumClass(t.enumName());
            } else {
                throw new IllegalStateException("unsupported " + k);
            }
            return t.array() ? "List[" + base + "]" : base;
        }

        private String enumClass(String enumName) {
            String n = enumClassNames.get(enumName);
            if (n == null) {
                throw new IllegalStateException("unsupported enum " + enumName + " (not in the model)");
            }
            return n;
        }

        private String saType(ColumnType t, boolean identity) {
            if (t.array()) {
                return "sa.JSON(none_as_null=True)";
            }
            TypeKind k = t.kind();
            if (k == TypeKind.UUID) {
                return "sa.String(36)";
            } else if (k == TypeKind.TEXT || k == TypeKind.INTERVAL) {
                return "sa.Text";
            } else if (k == TypeKind.VARCHAR) {
                return "sa.String(" + t.length() + ")";
            } else if (k == TypeKind.SMALLINT) {
                return "sa.SmallInteger";
            } else if (k == TypeKind.INTEGER) {
                return "sa.Integer";
            } else if (k == TypeKind.BIGINT) {
                // SQLite auto-assigns only INTEGER PRIMARY KEY (the rowid), so an identity key is INTEGER there
                return identity ? "sa.BigInteger().with_variant(sa.Integer(), \"sqlite\")" : "sa.BigInteger";
            } else if (k == TypeKind.NUMERIC) {
                return t.precision() == null ? "sa.Numeric" : "sa.Numeric(" + t.precision() + ", " + (t.scale() == null ? 0 : t.scale()) + ")";
            } else if (k == TypeKind.REAL) {
                return "sa.Float";
            } else if (k == TypeKind.BOOLEAN) {
                return "sa.Boolean";
            } else if (k == TypeKind.DATE) {
                return "sa.Date";
            } else if (k == TypeKind.TIME) {
                return "sa.Time";
            } else if (k == TypeKind.TIMESTAMPTZ) {
                return "sa.DateTime(timezone=True)";
            } else if (k == TypeKind.JSON) {
                // None means SQL NULL (and lets the server default apply), not the JSON text 'null'
                return "sa.JSON(none_as_null=True)";
            } else if (k == TypeKind.BYTES) {
                return "sa.LargeBinary";
            } else if (k == TypeKind.ENUM) {
                return "sa.Enum(" + enumClass(t.enumName()) + ", name=" + py(enumTypeNames.physical(t.enumName()))
                        + ", values_callable=lambda members: [m.value for m in members], create_constraint=True)";
            }
            throw new IllegalStateException("unsupported " + k);
        }
    }

    /** One line of text inside a triple-quoted docstring. */
    static String docLine(String s) {
        return SqlComments.line(s).replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** A Python string literal (double quotes; backslash, quote and control characters escaped). */
    static String py(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\') {
                b.append('\\').append(ch);
            } else if (ch < 0x20 || ch == 0x7f || ch == 0x2028 || ch == 0x2029) {
                b.append(String.format("\\u%04x", (int) ch));
            } else {
                b.append(ch);
            }
        }
        return b.append('"').toString();
    }
}
