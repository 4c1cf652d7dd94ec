package dev.schemawright.modeling.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the prose says about the domain, as the passes read it: entity candidates with their evidence score and cues,
 * keyed by singular snake_case names and carrying requirement ids. Built once per run from the rule book's claims by
 * {@link ProseEvidence}.
 */
public final class DomainReading {
    public static final class Candidate {
        public final String name;
        public double score;
        public int lowercaseMentions;
        public int pluralMentions;
        public final Set<String> sources = new LinkedHashSet<>();
        public final Set<String> cues = new LinkedHashSet<>();
        public boolean userCreated;
        public boolean shared;

        Candidate(String name) {
            this.name = name;
        }
    }

    /** An attribute the prose names; {@code qualifier} keeps what the list said of it ("unique", "required", "optional"). */
    public record AttributeHint(String entity, String attribute, String context, String source, String qualifier) {
        public AttributeHint(String entity, String attribute, String context, String source) {
            this(entity, attribute, context, source, "");
        }
    }

    public final Map<String, Candidate> candidates = new LinkedHashMap<>();

    public Candidate candidate(String name) {
        return candidates.computeIfAbsent(name, Candidate::new);
    }
}
