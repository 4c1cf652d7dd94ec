package dev.schemawright.cli.bench;

import java.util.Arrays;
import java.util.List;

/** Samples in milliseconds and their order statistics (nearest rank: p50 of 4 samples is the 2nd smallest). */
public record Distribution(double[] sorted) {
    public static Distribution of(List<Double> millis) {
        double[] values = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(values);
        return new Distribution(values);
    }

    public int count() {
        return sorted.length;
    }

    public boolean isEmpty() {
        return sorted.length == 0;
    }

    /** The smallest sample that at least {@code p} percent of the samples are not above; NaN when empty. */
    public double percentile(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public double median() {
        return percentile(50);
    }

    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    public double sum() {
        return Arrays.stream(sorted).sum();
    }
}
