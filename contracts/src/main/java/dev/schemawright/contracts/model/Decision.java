package dev.schemawright.contracts.model;

import dev.schemawright.contracts.Lists;
import java.util.List;

/**
 * A design decision with the alternative not taken, and the requirements that drove it. Ids starting with
 * {@link #NORMALIZATION_PREFIX} are the trail of normalization changes (documents group them under one heading).
 */
public record Decision(String id, String topic, String choice, String alternative, String rationale, List<String> sources) {
    public static final String NORMALIZATION_PREFIX = "normalize-";

    public Decision {
        Lists.requireText(id, "decision id");
        Lists.requireText(topic, "decision topic");
        Lists.requireText(choice, "decision choice");
        alternative = alternative == null ? "" : alternative;
        rationale = rationale == null ? "" : rationale;
        sources = Lists.copy(sources);
    }
}
