package dev.schemawright.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionTest {
    @Test
    void percentilesAreNearestRankOverTheSortedSamples() {
        List<Double> samples = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            samples.add((double) i);
        }
        Distribution d = Distribution.of(samples);
        assertThat(d.median()).isEqualTo(50.0);
        assertThat(d.percentile(90)).isEqualTo(90.0);
        assertThat(d.percentile(99)).isEqualTo(99.0);
        assertThat(d.max()).isEqualTo(100.0);
        assertThat(Distribution.of(List.of(3.0, 1.0, 2.0, 4.0)).median()).isEqualTo(2.0);
        assertThat(Distribution.of(List.of(7.0)).percentile(99)).isEqualTo(7.0);
        assertThat(Distribution.of(List.of()).median()).isNaN();
    }
}
