package dev.schemawright.ingest.parse;

import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Text of a Markdown inline tree: emphasis and links unwrapped, code spans kept with their backticks (planning notes mark
 * table and column names that way; readers strip them for prose), one '\n' per line break.
 */
final class InlineText {
    private InlineText() {
    }

    static String of(Node node) {
        StringBuilder out = new StringBuilder();
        append(node, out);
        return out.toString();
    }

    private static void append(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                out.append(t.getLiteral());
            } else if (child instanceof Code c) {
                out.append('`').append(c.getLiteral()).append('`');
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                out.append('\n');
            } else if (child instanceof HtmlInline h) {
                out.append(h.getLiteral());
            } else {
                append(child, out);
            }
        }
    }
}
