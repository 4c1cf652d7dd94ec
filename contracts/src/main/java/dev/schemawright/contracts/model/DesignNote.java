package dev.schemawright.contracts.model;

import dev.schemawright.contracts.Lists;
import java.util.List;
import java.util.Objects;

/**
 * Something the documents say around the schema that a reader of the design needs (added within v1): what the prototype
 * leaves out, how much data it expects, who else may see a user's rows. {@code text} is the documents' own sentence,
 * {@code sources} the requirements it came from. Documents render them; no artifact's SQL depends on them.
 */
public record DesignNote(Kind kind, String text, List<String> sources) {
    public enum Kind {
        /** Out of scope, future or post-MVP: what the prototype deliberately leaves out. */
        OUT_OF_SCOPE,
        /** A figure of data volume or load ("up to 500 cards per deck", "100k API calls per day"). */
        VOLUME,
        /** A sentence about who besides the owner sees or uses data (sharing, recipients, members, roles). */
        SHARING
    }

    public DesignNote {
        Objects.requireNonNull(kind, "note kind");
        Lists.requireText(text, "note text");
        sources = Lists.copy(sources);
    }
}
