package dev.schemawright.modeling.domain;

import dev.schemawright.modeling.read.Claim;
import dev.schemawright.modeling.read.Reading;

/**
 * The prose claims as the candidates and attribute hints the older passes take (a bridge while they move to claims).
 */
final class ProseEvidence {
    private ProseEvidence() {
    }

    static DomainReading of(Reading reading, EvidenceWeights w) {
        DomainReading r = new DomainReading();
        r.ruleBook = true;
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
        for (Claim.FieldClaim f : reading.claims(Claim.FieldClaim.class)) {
            r.attributes.add(new DomainReading.AttributeHint(f.entity(), f.field(), "", f.source(), f.hint()));
        }
        return r;
    }
}
