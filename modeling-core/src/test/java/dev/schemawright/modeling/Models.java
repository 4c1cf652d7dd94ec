package dev.schemawright.modeling;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Cardinality;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.KeyStrategy;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TargetStack;
import dev.schemawright.contracts.model.TypeKind;
import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.contracts.requirement.Source;
import dev.schemawright.modeling.intake.StatementReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small builders for pass tests. */
public final class Models {
    private Models() {
    }

    public static SchemaModel empty(AuthProvider auth) {
        return new SchemaModel("p", "p", "", new TargetStack("PostgreSQL", auth, KeyStrategy.UUID, ""), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    public static Table entity(String name, String... textColumns) {
        List<Column> cols = new ArrayList<>();
        for (String c : textColumns) {
            cols.add(Column.of(c, ColumnType.of(TypeKind.TEXT), true));
        }
        return Table.of(name, TableKind.ENTITY, cols, List.of());
    }

    public static Relationship oneToMany(String parent, String child) {
        return new Relationship(parent, child, Cardinality.ONE_TO_MANY, null, false, "contains", List.of("r1"));
    }

    public static Relationship manyToMany(String a, String b) {
        return new Relationship(a, b, Cardinality.MANY_TO_MANY, a + "_" + b, true, "categorized by", List.of("r2"));
    }

    /** Requirements from lines of one document ("# Heading" lines open sections). */
    public static List<Requirement> lines(String document, DocumentRole role, String... lines) {
        List<Requirement> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(new Requirement(document + "#L" + (i + 1), RequirementKind.CONTEXT, lines[i], new Source(document, role, List.of(), i + 1, i + 1),
                    null, Map.of()));
        }
        return out;
    }

    public static DesignContext context(SchemaModel model, List<Requirement> requirements) {
        return DesignContext.start("p", new StatementReader().read(requirements), model);
    }

    public static DesignContext context(SchemaModel model) {
        return context(model, List.of());
    }
}
