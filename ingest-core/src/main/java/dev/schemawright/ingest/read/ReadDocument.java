package dev.schemawright.ingest.read;

import dev.schemawright.contracts.Lists;
import dev.schemawright.ingest.parse.Block;
import java.util.List;

/** A document that was read: its blocks and what was detected about it. */
public record ReadDocument(String mediaType, String charset, String language, List<Block> blocks) implements ReadOutcome {
    public ReadDocument {
        blocks = Lists.copy(blocks);
    }
}
