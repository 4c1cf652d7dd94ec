package dev.schemawright.ingest.read;

/**
 * Plain text is read as Markdown after dropping leading indentation, so indented lines stay prose instead of
 * becoming code blocks. Line count is unchanged, so provenance lines are the file's own.
 */
final class PlainText {
    private PlainText() {
    }

    static String asMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int from = start;
            while (from < end && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
                from++;
            }
            out.append(text, from, end);
            if (end < n) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }
}
