package dev.schemawright.modeling.domain;

import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.read.Reading;

/** The readings of a run, computed once and shared by the domain passes. */
public final class Readings {
    private Readings() {
    }

    /**
     * Whether the rule book's reading (lang/xx/*.rules, claims weighed by {@link EvidenceWeights}) reads the prose: the
     * default. {@code -Dschemawright.reader=domain} selects the older DomainReader (hand-written patterns, tuned on the dev
     * projects), kept for side-by-side comparison on the eval sets until it is deleted.
     */
    public static boolean ruleBook() {
        return !"domain".equals(System.getProperty("schemawright.reader"));
    }

    public static Sketch sketch(DesignContext ctx) {
        return ctx.remember("sketch", () -> new ExplicitSchemaReader().read(ctx.intake()));
    }

    public static Reading claims(DesignContext ctx) {
        return ctx.reading();
    }

    public static DomainReading prose(DesignContext ctx) {
        return ctx.remember("prose", () -> !ruleBook(ctx) ? new DomainReader().read(ctx)
                : ProseEvidence.of(claims(ctx), weights(ctx)));
    }

    /**
     * The evidence weights of the run's prose: {@link EvidenceWeights#POLISH} when most of the statements read are in
     * Polish documents, the standard ones otherwise.
     */
    public static EvidenceWeights weights(DesignContext ctx) {
        return ctx.remember("evidence-weights", () -> {
            dev.schemawright.modeling.read.DocumentLanguages languages = dev.schemawright.modeling.read.DocumentLanguages.of(ctx.intake());
            long read = 0;
            long polish = 0;
            for (dev.schemawright.modeling.intake.Statement s : ctx.intake().statements()) {
                if (s.role() != dev.schemawright.contracts.requirement.DocumentRole.TECH_STACK && !s.text().isBlank()) {
                    read++;
                    polish += "pl".equals(languages.of(s.document())) ? 1 : 0;
                }
            }
            return polish * 2 > read ? EvidenceWeights.POLISH : EvidenceWeights.STANDARD;
        });
    }

    /**
     * Whether the run is designed from the rule book's reading: unless -Dschemawright.reader=domain, and always when a
     * document is Polish (DomainReader reads English only; the Polish reading exists on the rule-book path alone).
     */
    public static boolean ruleBook(DesignContext ctx) {
        return ruleBook() || ctx.remember("polish", () -> dev.schemawright.modeling.read.DocumentLanguages.of(ctx.intake()).any("pl"));
    }
}
