package dev.schemawright.ingest.parse;

/**
 * Escapes extracted text so that the Markdown reader sees it as text: inline markup characters get a backslash, and
 * line-start markers (list bullets, "1.", '#', '>') cannot open a block. Leading indentation is dropped so that text
 * never turns into a code block.
 */
final class MarkdownEscaper {
    private static final String INLINE = "\\`*_[]<>|#!~&";

    private MarkdownEscaper() {
    }

    static String line(String raw) {
        String s = raw.strip();
        StringBuilder out = new StringBuilder(s.length() + 8);
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean atStart = i == 0;
            if (INLINE.indexOf(c) >= 0 || (atStart && (c == '-' || c == '+' || c == '='))
                    || ((c == '.' || c == ')') && digits == i && i > 0)) {
                out.append('\\');
            }
            if (Character.isDigit(c) && digits == i) {
                digits++;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A table cell: one line, pipes escaped. */
    static String cell(String raw) {
        return line(raw.replaceAll("\\s+", " "));
    }
}
