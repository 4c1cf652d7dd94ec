package dev.schemawright.ingest.parse;

import dev.schemawright.contracts.Lists;
import java.util.List;
import java.util.Map;

/**
 * One structural block of a document, format-independent. {@code text} keeps one '\n' per source line so that a
 * sentence inside it can be mapped back to its line. {@code labels} are the lead-ins that govern it, outermost first:
 * a "Out of scope:" paragraph introducing a list, or the parent list item of a nested item. {@code cells} holds
 * header → cell for table rows, in column order.
 */
public record Block(BlockKind kind, String text, List<String> headingPath, List<String> labels, int lineStart,
                    int lineEnd, Map<String, String> cells) {
    public Block {
        headingPath = Lists.copy(headingPath);
        labels = Lists.copy(labels);
        cells = Lists.orderedCopy(cells);
        if (lineStart < 1 || lineEnd < lineStart) {
            throw new IllegalArgumentException("bad line range " + lineStart + ".." + lineEnd);
        }
    }
}
