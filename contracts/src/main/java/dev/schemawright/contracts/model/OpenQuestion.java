package dev.schemawright.contracts.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.schemawright.contracts.Lists;
import java.util.List;

/**
 * A question for the product owner, with the assumption the design took meanwhile. Once a clarifications document
 * answers it, {@code answer} says what the design now does and {@code answeredBy} names the requirements that answered
 * it (both added within v1: absent on the wire while the question is open, so older model.json files still read).
 */
public record OpenQuestion(String id, String question, String assumption, List<String> sources, String answer,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> answeredBy) {
    public OpenQuestion {
        Lists.requireText(id, "question id");
        Lists.requireText(question, "question");
        assumption = assumption == null ? "" : assumption;
        sources = Lists.copy(sources);
        answer = answer == null || answer.isBlank() ? null : answer;
        answeredBy = Lists.copy(answeredBy);
        if (answer == null && !answeredBy.isEmpty()) {
            throw new IllegalArgumentException("question " + id + " names who answered it but has no answer");
        }
    }

    /** An open question. */
    public OpenQuestion(String id, String question, String assumption, List<String> sources) {
        this(id, question, assumption, sources, null, List.of());
    }

    public boolean answered() {
        return answer != null;
    }

    public OpenQuestion withAnswer(String v, List<String> by) {
        return new OpenQuestion(id, question, assumption, sources, v, by);
    }
}
