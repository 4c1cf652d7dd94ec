package dev.schemawright.modeling.service.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The warm-up samples decode with today's Requirement record: if the format moves on, this says so. */
class DesignerWarmupTest {
    @Test
    void everySampleDecodesToItsRequirements() {
        assertThat(DesignerWarmup.samples()).hasSize(DesignerWarmup.SAMPLES.size())
                .allSatisfy(requirements -> assertThat(requirements).hasSizeGreaterThan(5));
    }
}
