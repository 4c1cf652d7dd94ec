package dev.schemawright.render.sql;

import java.util.List;

/** Text from documents placed after {@code --}: line breaks and control characters would end the comment early. */
public final class SqlComments {
    private SqlComments() {
    }

    public static String line(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> b.appendCodePoint(Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 ? ' ' : cp));
        return b.toString().strip();
    }

    /** "description (sources: R1, R2)" or just one of the two. */
    public static String described(String description, List<String> sources) {
        String d = line(description);
        if (sources.isEmpty()) {
            return d;
        }
        String s = "sources: " + line(String.join(", ", sources));
        return d.isEmpty() ? s : d + " (" + s + ")";
    }
}
