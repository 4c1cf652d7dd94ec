package dev.schemawright.render.docs;

import dev.schemawright.render.sql.SqlComments;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown pieces that stay intact whatever names and text the documents brought (pipes, backticks, HTML). */
public final class Markdown {
    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private Markdown() {
    }

    /**
     * Plain text on one line, with the markup characters that act mid-line neutralised (HTML, table pipes, emphasis with
     * asterisks, links, backticks); a leading # or list marker is escaped so the text never becomes a heading or list.
     * Underscores stay: CommonMark does not emphasise inside words, and names are full of them.
     */
    public static String text(String s) {
        String t = SqlComments.line(s).replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
                .replace("*", "\\*").replace("[", "\\[").replace("]", "\\]").replace("`", "\\`");
        if (t.startsWith("#") || t.startsWith("-") || t.startsWith("+") || t.startsWith("=")) {
            t = "\\" + t;
        }
        return t;
    }

    /** Inline code: a backtick run longer than any inside, padded when the content starts or ends with a backtick. */
    public static String code(String s) {
        String one = SqlComments.line(s).replace("|", "\\|");
        String ticks = "`".repeat(longestRun(one) + 1);
        String pad = one.startsWith("`") || one.endsWith("`") ? " " : "";
        return ticks + pad + one + pad + ticks;
    }

    /** A fenced block whose fence is longer than any backtick run in the content. */
    public static String fence(String lang, String content) {
        String ticks = "`".repeat(Math.max(3, longestRun(content) + 1));
        return ticks + lang + "\n" + content + (content.endsWith("\n") ? "" : "\n") + ticks + "\n";
    }

    public static String sources(List<String> ids) {
        return ids.isEmpty() ? "" : " (" + text(String.join(", ", ids)) + ")";
    }

    /** "text (ids)", or just one of the two, never with a leading space. */
    public static String described(String text, List<String> ids) {
        return (text(text) + sources(ids)).strip();
    }

    public static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    public static String header(String... cells) {
        StringBuilder b = new StringBuilder(row(cells)).append('|');
        for (int i = 0; i < cells.length; i++) {
            b.append("---|");
        }
        return b.append('\n').toString();
    }

    private static int longestRun(String s) {
        int max = 0;
        Matcher m = BACKTICKS.matcher(s);
        while (m.find()) {
            max = Math.max(max, m.group().length());
        }
        return max;
    }
}
