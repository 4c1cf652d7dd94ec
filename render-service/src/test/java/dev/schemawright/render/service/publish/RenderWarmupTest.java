package dev.schemawright.render.service.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.render.Artifact;
import dev.schemawright.render.ArtifactRenderer;
import org.junit.jupiter.api.Test;

/** The warm-up sample is a model the renderers take whole: if the model's format moves on, this says so. */
class RenderWarmupTest {
    @Test
    void theSampleModelDecodesAndRendersEveryArtifact() {
        SchemaModel model = JsonCodec.fromBytes(RenderWarmup.sample(), SchemaModel.class);
        assertThat(model.tables()).hasSizeGreaterThan(3);
        assertThat(new ArtifactRenderer().renderAll(model)).extracting(Artifact::name)
                .contains("design.md", "schema.postgres.sql", "schema.prisma", "models.py", "erd.mmd", "manifest.json");
    }

    @Test
    void warmingUpEndsReady() {
        RenderWarmup warmup = new RenderWarmup();
        assertThat(warmup.call().getStatus().name()).isEqualTo("DOWN");
        warmup.warmUp();
        assertThat(warmup.warm()).isTrue();
        assertThat(warmup.call().getStatus().name()).isEqualTo("UP");
    }
}
