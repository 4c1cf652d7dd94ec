package dev.schemawright.conformance;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ColumnType;
import dev.schemawright.contracts.model.DefaultKind;
import dev.schemawright.contracts.model.DefaultValue;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.IndexColumn;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.IndexPredicate;
import dev.schemawright.contracts.model.KeyStrategy;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.contracts.model.TargetStack;
import dev.schemawright.contracts.model.TypeKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Minimal reproductions of renderer bugs found by the conformance runs (see conformance/FINDINGS.md): failing until
 * render-core fixed them, kept since as regression tests. The random and corpus suites cover the general case.
 */
class RendererFindingsTest {
    static final Path out = RenderedModel.outputRoot("findings");

    /** F1 (fixed in render-core 5b1cda7, kept against regressions): an index on a column renamed for Python ("class" -> class_). */
    @Test
    void f1SqlModelIndexOnAColumnRenamedForPython() {
        Table note = Table.of("note", TableKind.ENTITY, List.of(
                        Column.of("id", ColumnType.of(TypeKind.UUID), false).withDefault(DefaultValue.of(DefaultKind.RANDOM_UUID)),
                        Column.of("class", ColumnType.of(TypeKind.TEXT), false)), List.of("id"))
                .withIndexes(List.of(new Index("note_class_idx", List.of(IndexColumn.asc("class")), false, IndexMethod.BTREE,
                        IndexPredicate.NONE, "lookups", List.of())));
        ArtifactChecks.sqlmodel(render("f1", KeyStrategy.UUID, note));
    }

    /** F2 (fixed in render-core 336515f): a composite primary key whose order differs from the column order comes out reordered in models.py. */
    @Test
    void f2SqlModelCompositeKeyKeepsTheModelsOrder() {
        ArtifactChecks.sqlmodel(render("f2", KeyStrategy.IDENTITY, recipeCategories("category_id", "recipe_id", false)));
    }

    /** F3 (fixed in render-core 336515f): a nullable column in the primary key (PostgreSQL makes it NOT NULL) is rendered optional, which Prisma rejects. */
    @Test
    void f3PrismaPrimaryKeyColumnsAreRequired() {
        ArtifactChecks.prisma(render("f3", KeyStrategy.IDENTITY, recipeCategories("recipe_id", "category_id", true)));
    }

    /** A join table keyed (recipe_id, category_id), its two bigint columns declared in the given order. */
    private static Table recipeCategories(String first, String second, boolean secondNullable) {
        return Table.of("recipe_categories", TableKind.JOIN, List.of(Column.of(first, ColumnType.of(TypeKind.BIGINT), false),
                Column.of(second, ColumnType.of(TypeKind.BIGINT), secondNullable)), List.of("recipe_id", "category_id"));
    }

    /** A one-table model (plain PostgreSQL stack) rendered into target/conformance/findings/{id}. */
    private static RenderedModel render(String id, KeyStrategy keys, Table table) {
        SchemaModel model = new SchemaModel("finding-" + id, id.toUpperCase(java.util.Locale.ROOT), "",
                new TargetStack("PostgreSQL", AuthProvider.APPLICATION, keys, ""), List.of(), List.of(table), List.of(), List.of(),
                List.of(), List.of());
        return RenderedModel.render(id, model, out);
    }
}
