package dev.schemawright.contracts.model;

import dev.schemawright.contracts.Lists;
import java.util.List;

/** A question for the product owner, with the assumption the design took meanwhile. */
public record OpenQuestion(String id, String question, String assumption, List<String> sources) {
    public OpenQuestion {
        Lists.requireText(id, "question id");
        Lists.requireText(question, "question");
        assumption = assumption == null ? "" : assumption;
        sources = Lists.copy(sources);
    }
}
