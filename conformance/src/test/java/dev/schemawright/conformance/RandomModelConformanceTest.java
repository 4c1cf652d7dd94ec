package dev.schemawright.conformance;

import dev.schemawright.conformance.generate.RandomModelSeeds;
import dev.schemawright.conformance.generate.RandomSchemaModels;
import java.nio.file.Path;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * Property: for every generated model (fixed seeds, see RandomModelSeeds), every artifact passes its tool and every
 * schema rendering matches the model. Seeded generation instead of jqwik: one long-lived process per tool serves all
 * models, and every failing model is reported (not just the first, shrunk one).
 */
class RandomModelConformanceTest {
    /** Kept after the run (target/conformance/...), so a failing artifact can be opened and fed to the tool by hand. */
    static final Path out = RenderedModel.outputRoot("random");

    @TestFactory
    Stream<DynamicContainer> everyGeneratedModelRendersArtifactsTheirToolsAccept() {
        return LongStream.range(0, RandomModelSeeds.COUNT).mapToObj(i -> {
            long seed = RandomModelSeeds.seed(i);
            String label = "model-" + i + "-seed-" + seed;
            return ConformanceSuite.of(label, () -> RenderedModel.render(label, RandomSchemaModels.generate(seed), out));
        });
    }
}
