package dev.schemawright.modeling.domain;

import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.read.Reading;

/** The readings of a run, computed once and shared by the domain passes. */
public final class Readings {
    private Readings() {
    }

    public static Sketch sketch(DesignContext ctx) {
        return ctx.remember("sketch", () -> new ExplicitSchemaReader().read(ctx.intake()));
    }

    public static Reading claims(DesignContext ctx) {
        return ctx.reading();
    }

    public static DomainReading prose(DesignContext ctx) {
        return ctx.remember("prose", () -> ProseEvidence.of(claims(ctx), weights(ctx)));
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
}
