package dev.schemawright.modeling.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every weight and threshold of entity evidence, in one place: a logistic model over the features of a noun's evidence
 * ({@link #FEATURES}: log counts of the statements giving each kind of claim, of fields, links and mentions; how often it is
 * mentioned and treated as data relative to the document's most discussed noun; whether its head is an attribute, soft or
 * label word; whether it is a compound). A prose noun becomes a table when the model gives it at least {@code threshold}.
 * The coefficients were fitted on the dev corpus' prose nouns (labelled by the reference plans; tools/fit-evidence.py
 * reproduces them) and are judged on the check corpus, which they never saw.
 */
public record EvidenceWeights(Map<String, Double> coefficients, double threshold) {
    /** Claim evidence kinds the model reads, in feature order. */
    public static final List<String> KINDS = List.of("created", "managed", "acted", "stored", "stored-db", "owned", "counted", "listed", "heading",
            "each", "titled");
    public static final List<String> FEATURES = features();

    public static final EvidenceWeights STANDARD = new EvidenceWeights(Map.ofEntries(Map.entry("created", 0.31), Map.entry("managed", 0.00),
            Map.entry("acted", 0.49), Map.entry("stored", 0.17), Map.entry("stored-db", 0.43), Map.entry("owned", 0.13), Map.entry("counted", 1.16),
            Map.entry("listed", 0.53), Map.entry("heading", 0.43), Map.entry("each", -0.23), Map.entry("titled", -0.30), Map.entry("fields", 0.61),
            Map.entry("parent", 1.25), Map.entry("child", 0.68), Map.entry("not-stored", -0.35), Map.entry("mentions", 0.27),
            Map.entry("relative-mentions", 0.46), Map.entry("sentences", 0.22), Map.entry("plural-share", -0.29), Map.entry("attribute-head", -1.05),
            Map.entry("soft-head", -1.11), Map.entry("label-head", 0.22), Map.entry("compound", -0.54), Map.entry("relative-data", 0.68),
            Map.entry("bias", -4.48)), 0.18);

    /**
     * Polish prose: the standard model with its prior raised by {@link #POLISH_PRIOR} (log-odds). The Polish rule book has
     * fewer and narrower rules than the English one, so a Polish noun that is a table gathers fewer claims; on the Polish
     * dev projects (leave-one-project-out) refitting every coefficient did no better than this one shift.
     */
    public static final double POLISH_PRIOR = 1.0;

    public static final EvidenceWeights POLISH = STANDARD.withPrior(POLISH_PRIOR);

    /** These weights with {@code shift} added to the bias. */
    public EvidenceWeights withPrior(double shift) {
        Map<String, Double> c = new java.util.HashMap<>(coefficients);
        c.merge("bias", shift, Double::sum);
        return new EvidenceWeights(c, threshold);
    }

    private static List<String> features() {
        List<String> f = new ArrayList<>(KINDS);
        f.addAll(List.of("fields", "parent", "child", "not-stored", "mentions", "relative-mentions", "sentences", "plural-share", "attribute-head",
                "soft-head", "label-head", "compound", "relative-data", "bias"));
        return List.copyOf(f);
    }

    public EvidenceWeights {
        coefficients = Map.copyOf(coefficients);
        if (!coefficients.keySet().equals(new java.util.HashSet<>(FEATURES))) {
            throw new IllegalArgumentException("coefficients must name exactly the features " + FEATURES);
        }
    }

    /**
     * The number of prose nouns with claims the coefficients' bias was fitted for (the shortest documents of the fitting
     * corpus); in a shorter document each noun is likelier a table (a two-line brief names two or three things, all of
     * them data), so {@link #priorShift} raises the odds by the ratio, as a logistic model's prior is corrected for a
     * different base rate.
     */
    public static final int REFERENCE_NOUNS = 24;

    /** The log-odds added to every noun of a document whose reading names {@code nouns} nouns with claims. */
    public static double priorShift(int nouns) {
        return Math.max(0, Math.log((double) REFERENCE_NOUNS / Math.max(1, nouns)));
    }

    /** The probability that a noun with these features is a table of its own. */
    public double probability(double[] x) {
        return probability(x, 0);
    }

    /** The same, with {@code shift} added to the log-odds ({@link #priorShift}). */
    public double probability(double[] x, double shift) {
        double z = shift;
        for (int i = 0; i < x.length; i++) {
            z += coefficients.get(FEATURES.get(i)) * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
