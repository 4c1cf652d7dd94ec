package dev.schemawright.modeling.domain;

import dev.schemawright.modeling.read.Claim;
import dev.schemawright.modeling.read.Reading;

/**
 * The prose claims as the candidates the passes weigh: each noun's evidence score (from {@link Candidates}), its cues and
 * sources, whether users create it.
 */
final class ProseEvidence {
    private ProseEvidence() {
    }

    static DomainReading of(Reading reading, EvidenceWeights w) {
        DomainReading r = new DomainReading();
        for (Candidates.Evidence e : Candidates.of(reading, w).ranked()) {
            DomainReading.Candidate c = r.candidate(e.name());
            c.score = 24 * e.score(); // the older passes read 12 as "overwhelming": a probability of 0.5
            c.sources.addAll(e.sources());
            c.cues.addAll(e.kinds().keySet());
            if (e.kind("counted") > 0) {
                c.cues.add("many");
            }
            if (!e.fields().isEmpty()) {
                c.cues.add("fields");
            }
            c.lowercaseMentions = e.mentions().count();
            c.pluralMentions = e.mentions().plural();
            c.userCreated = e.kind("created") > 0;
        }
        return r;
    }
}
