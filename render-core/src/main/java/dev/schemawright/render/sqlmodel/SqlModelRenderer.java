package dev.schemawright.render.sqlmodel;

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
 * SQLAlchemy 1.4) and by current SQLModel (pydantic 2, SQLAlchemy 2), both proven by the conformance suite. Written
 * the way SQLModel's own documentation writes models: plain annotated fields with {@code Field(primary_key=,
 * max_length=, default=, default_factory=)}, required columns without a default, {@code Optional[...] = None} only
 * where NULL is allowed, {@code enum.Enum} classes, and {@code Relationship()} on both sides, the user included
 * (Supabase's auth.users gets a local stand-in class). Foreign keys sit in {@code __table_args__} with their names and
 * ON DELETE: 0.0.8 has no {@code Field(ondelete=)} (0.0.21+) and builds every column twice, so an {@code sa.ForeignKey}
 * handed to a field would be attached twice. Only what {@code Field} cannot type in 0.0.8 (JSON, arrays, enums whose
 * values are no Python names) is an explicit {@code sa_column}. Constraints and named indexes sit in {@code __table_args__}.
 */
public final class SqlModelRenderer {
    /** Python keywords plus names this module binds at top level or that SQLModel, pydantic or SQLAlchemy own. */
    private static final Set<String> RESERVED_FIELDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
            "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
            "sa", "enum", "datetime", "decimal", "uuid", "Any", "List", "Optional", "Field", "Relationship", "SQLModel",
            "new_uuid", "utc_now", "condecimal", "list", "metadata", "registry", "query", "dict", "json", "copy", "schema", "fields", "validate", "construct",
            "parse_obj", "parse_raw", "parse_file", "from_orm", "schema_json", "update_forward_refs", "sqlmodel_update");
    private static final Set<String> RESERVED_CLASSES = Set.of("Any", "List", "Optional", "Field", "Relationship", "SQLModel",
            "None", "True", "False");
    /**
     * Python's own capitalised builtins (exceptions, warnings): a class named {@code Exception} would not shadow the
     * builtin inside the string annotations {@code List["Exception"]} until it is defined, and SQLModel resolves them
     * to the builtin first. Such a table's class is named with a {@code Row} suffix instead.
     */
    private static final Set<String> PYTHON_BUILTIN_CLASSES = Set.of(
            "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
            "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
            "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
            "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning", "EnvironmentError", "Exception",
            "ExceptionGroup", "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning",
            "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError",
            "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
            "ModuleNotFoundError", "NameError", "NotADirectoryError", "NotImplemented", "NotImplementedError",
            "OSError", "OverflowError", "PendingDeprecationWarning", "PermissionError", "ProcessLookupError",
            "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning",
            "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit",
            "TabError", "TimeoutError", "TypeError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError",
            "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning", "ValueError", "Warning",
            "ZeroDivisionError");

    /** Names SQLModel, pydantic or Python would take differently as enum members (str methods, Enum's own names). */
    private static final Set<String> UNSAFE_MEMBERS = Set.of("capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs",
            "find", "format", "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
            "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition",
            "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines",
            "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill", "name", "value", "mro");
    private static final java.util.regex.Pattern PY_NAME = java.util.regex.Pattern.compile("[a-z][a-z0-9_]*");
    /** Column descriptions a convention writes on every table: noise in a model class. */
    private static final Set<String> CONVENTION_DESCRIPTIONS = Set.of("Surrogate key.", "Audit convention.", "Soft delete.");

    public String render(SchemaModel input) {
        SchemaModel model = KeyColumnsRequired.apply(input);
        ExternalTables external = ExternalTables.of(model);
        return new Rendering(external.inline(model), external).render();
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
        private final Set<String> plainEnums = new HashSet<>();
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

        Rendering(SchemaModel model, ExternalTables external) {
            this.model = model;
            this.enumTypeNames = EnumTypeNames.of(model);
            this.relations = RelationPlan.of(model);
            this.indexPlan = IndexPlan.of(model);
            this.external = external;
            this.creationOrder = CreationOrder.of(model);
            NameAllocator classes = new NameAllocator(RESERVED_CLASSES);
            for (EnumType e : model.enums()) {
                enumClassNames.put(e.name(), classes.allocate(className(CaseConversion.pascal(e.name()))));
                NameAllocator members = new NameAllocator(Set.of());
                Map<String, String> byValue = new LinkedHashMap<>();
                boolean plain = valuesAreMemberNames(e);
                for (String v : e.values()) {
                    byValue.put(v, plain ? v : members.allocate(CaseConversion.snake(v).toUpperCase(java.util.Locale.ROOT)));
                }
                enumMembers.put(e.name(), byValue);
                if (plain) {
                    plainEnums.add(e.name());
                }
            }
            for (Table t : model.tables()) {
                classNames.put(t.name(), classes.allocate(className(CaseConversion.pascal(CaseConversion.singularLast(t.name())))));
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

        private static String className(String pascal) {
            return PYTHON_BUILTIN_CLASSES.contains(pascal) ? pascal + "Row" : pascal;
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
                    .append("SQLModel classes for the SQLite prototype, matching schema.sqlite.sql. Required columns have no default,\n")
                    .append("Optional[...] = None marks the columns that may be NULL, enum columns take the enum classes below, and\n")
                    .append("every link is navigable from both sides. Foreign keys are named in __table_args__ with their ON DELETE\n")
                    .append("(Field(ondelete=) needs SQLModel 0.0.21+); run PRAGMA foreign_keys=ON on each SQLite connection.\n")
                    .append("Imports under SQLModel 0.0.8 (pydantic 1) and current SQLModel (pydantic 2).\n\"\"\"\n")
                    .append("import datetime\nimport decimal\nimport enum\nimport uuid\nfrom typing import Any, List, Optional\n\n")
                    .append("import sqlalchemy as sa\n").append(usesCondecimal() ? "from pydantic import condecimal\n" : "")
                    .append("from sqlmodel import Field, Relationship, SQLModel\n\n\n")
                    .append("def new_uuid() -> str:\n    return str(uuid.uuid4())\n\n\n")
                    .append("def utc_now() -> datetime.datetime:\n    return datetime.datetime.now(datetime.timezone.utc)\n");
            for (EnumType e : model.enums()) {
                out.append("\n\nclass ").append(enumClassNames.get(e.name())).append("(str, enum.Enum):\n");
                for (Map.Entry<String, String> m : enumMembers.get(e.name()).entrySet()) {
                    out.append("    ").append(m.getValue()).append(" = ").append(py(m.getKey())).append('\n');
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
            if (!t.description().isBlank()) {
                out.append("    \"\"\"").append(docLine(t.description())).append("\"\"\"\n\n");
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
                out.append("    ").append(names.get(c.name())).append(": ").append(field(t, c)).append('\n');
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
            String doc = SqlComments.line(t.description());
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
            return "sa.Column(" + String.join(", ", parts) + ")";
        }

        /**
         * "Optional[str] = None", "str = Field(max_length=120)", "str = Field(default_factory=new_uuid, primary_key=True,
         * max_length=36)": the annotation and what follows it. Only a type Field cannot say in SQLModel 0.0.8 (JSON, arrays,
         * enums whose values are no Python names) takes an explicit sa_column.
         */
        private String field(Table t, Column c) {
            String pyType = pythonType(c.type());
            boolean pk = t.primaryKey().contains(c.name());
            boolean singleKey = pk && t.primaryKey().size() == 1;
            DefaultValue def = c.defaultValue();
            DefaultKind dk = def == null ? null : def.kind();
            boolean generated = c.identity() || dk == DefaultKind.RANDOM_UUID;
            if (needsSaColumn(c.type())) {
                String factory = dk == DefaultKind.EMPTY_ARRAY ? "list" : dk == DefaultKind.EMPTY_JSON_OBJECT ? "dict" : null;
                if (factory != null && !c.nullable()) {
                    return pyType + " = Field(default_factory=" + factory + ", sa_column=" + column(t, c) + describe(c, ", ") + ")";
                }
                boolean optional = c.nullable() || generated || def != null || pk;
                return (optional ? "Optional[" + pyType + "]" : pyType) + " = Field(" + (optional ? "default=None, " : "") + "sa_column=" + column(t, c)
                        + describe(c, ", ") + ")";
            }
            List<String> kw = new ArrayList<>();
            if (c.type().kind() == TypeKind.NUMERIC && c.type().precision() != null) {
                // condecimal gives SQLModel 0.0.8 the precision (its Field has no max_digits) and current SQLModel too
                pyType = "condecimal(max_digits=" + c.type().precision() + ", decimal_places=" + (c.type().scale() == null ? 0 : c.type().scale()) + ")";
            }
            String annotation = pyType;
            if (c.identity()) {
                // SQLite numbers an INTEGER PRIMARY KEY itself: None until the row is inserted
                annotation = "Optional[" + pyType + "]";
                kw.add("default=None");
            } else if (dk == DefaultKind.RANDOM_UUID) {
                kw.add("default_factory=new_uuid");
            } else if (dk == DefaultKind.NOW) {
                kw.add("default_factory=utc_now");
            } else if (dk == DefaultKind.TODAY) {
                kw.add("default_factory=datetime.date.today");
            } else if (def != null && dk != DefaultKind.CURRENT_USER) {
                kw.add("default=" + pyLiteral(c, def));
            } else if (c.nullable() && !pk) {
                kw.add("default=None");
            }
            if (c.nullable() && !pk && !c.identity()) {
                annotation = "Optional[" + pyType + "]";
            }
            if (singleKey) {
                kw.add("primary_key=True");
            }
            Integer length = c.type().kind() == TypeKind.UUID ? Integer.valueOf(36) : c.type().kind() == TypeKind.VARCHAR ? c.type().length() : null;
            if (length != null) {
                kw.add("max_length=" + length);
            }
            Map<String, String> columnKw = new LinkedHashMap<>();
            String physical = PhysicalName.of(c.name());
            if (!physical.equals(fieldNames.get(t.name()).get(c.name()))) {
                columnKw.put("name", py(physical));
            }
            if (def != null && !c.identity() && dk != DefaultKind.RANDOM_UUID) {
                String sqlDefault = sqlite.defaultSql(c);
                if (sqlDefault != null) {
                    // the same default for rows other writers insert
                    columnKw.put("server_default", "sa.text(" + py(sqlDefault) + ")");
                }
            }
            if (!columnKw.isEmpty()) {
                kw.add("sa_column_kwargs={" + columnKw.entrySet().stream().map(e -> py(e.getKey()) + ": " + e.getValue()).collect(Collectors.joining(", ")) + "}");
            }
            String described = describe(c, "");
            if (!described.isEmpty()) {
                kw.add(described);
            }
            if (kw.size() == 1 && kw.get(0).equals("default=None")) {
                return annotation + " = None";
            }
            return kw.isEmpty() ? annotation : annotation + " = Field(" + String.join(", ", kw) + ")";
        }

        private static String describe(Column c, String prefix) {
            String d = SqlComments.line(c.description());
            String lower = d.toLowerCase(java.util.Locale.ROOT);
            boolean convention = CONVENTION_DESCRIPTIONS.contains(d) || lower.startsWith("surrogate key") || lower.startsWith("audit")
                    || lower.startsWith("soft delete");
            return d.isEmpty() || convention ? "" : prefix + "description=" + py(d);
        }

        private boolean usesCondecimal() {
            return model.tables().stream().flatMap(t -> t.columns().stream())
                    .anyMatch(c -> c.type().kind() == TypeKind.NUMERIC && c.type().precision() != null && !needsSaColumn(c.type()));
        }

        /** JSON and arrays have no Python type SQLModel 0.0.8 maps; an enum whose values are not Python names keeps its values by sa.Enum. */
        private boolean needsSaColumn(ColumnType type) {
            return type.array() || type.kind() == TypeKind.JSON || type.kind() == TypeKind.ENUM && !plainEnums.contains(type.enumName());
        }

        private String pyLiteral(Column c, DefaultValue v) {
            DefaultKind k = v.kind();
            TypeKind type = c.type().kind();
            if (type == TypeKind.ENUM) {
                return enumClass(c.type().enumName()) + "." + enumMembers.get(c.type().enumName()).get(v.value());
            } else if (k == DefaultKind.BOOLEAN) {
                return "true".equals(v.value()) ? "True" : "False";
            } else if (k == DefaultKind.NUMBER) {
                if (type == TypeKind.NUMERIC) {
                    return "decimal.Decimal(" + py(v.value()) + ")";
                }
                if (type == TypeKind.REAL) {
                    return v.value().contains(".") ? v.value() : v.value() + ".0";
                }
                if (type == TypeKind.SMALLINT || type == TypeKind.INTEGER || type == TypeKind.BIGINT) {
                    return v.value().contains(".") ? v.value().substring(0, v.value().indexOf('.')) : v.value();
                }
                return py(v.value());
            }
            return py(v.value());
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
                {
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

    /** Every value is a lower-case Python name that no str method or Enum attribute takes: members can be named as the values. */
    static boolean valuesAreMemberNames(EnumType e) {
        return e.values().stream().allMatch(v -> PY_NAME.matcher(v).matches() && !UNSAFE_MEMBERS.contains(v) && !RESERVED_FIELDS.contains(v));
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
