package dev.schemawright.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.conformance.tools.RepositoryLayout;
import dev.schemawright.contracts.model.Decision;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * Documents written to make every normalize pass fire (a list in a column, items in order, a numbered answer group,
 * another noun's details, two names for one thing) through the whole in-process pipeline, and the artifacts of the
 * normalized design proven by the tools that consume them: child tables with CASCADE keys and (owner, position)
 * uniques, split-out reference tables, merged synonyms.
 */
class NormalizedDesignConformanceTest {
    static final Path cookbook = RepositoryLayout.root().resolve("conformance/src/test/resources/normalize/cookbook");

    @TestFactory
    Stream<DynamicContainer> normalizedDesignRendersArtifactsTheirToolsAccept() {
        return Stream.of(ConformanceSuite.of("cookbook", () -> {
            RenderedModel rendered = CorpusConformanceTest.render(cookbook);
            SchemaModel m = rendered.model();
            // the documents must still make each pass fire, or this suite proves nothing about normalization
            assertThat(m.tables()).filteredOn(t -> t.kind() == TableKind.CHILD).extracting(Table::name)
                    .containsExactlyInAnyOrder("quiz_answers", "recipe_ingredients", "recipe_steps");
            assertThat(m.tables()).extracting(Table::name).contains("authors", "cookbooks").doesNotContain("binders");
            assertThat(m.decisions()).extracting(Decision::id).contains("normalize-duplicate-binders-cookbooks",
                    "normalize-attribute-group-books-author", "normalize-multi-valued-recipes-steps");
            return rendered;
        }));
    }
}
