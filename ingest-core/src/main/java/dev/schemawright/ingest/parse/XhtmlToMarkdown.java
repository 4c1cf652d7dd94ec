package dev.schemawright.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Renders Tika's XHTML SAX stream (h1..h6, p, ul/ol/li, table/tr/th/td) as Markdown, so binary formats get the same
 * structural reading (heading paths, list items, table rows) as Markdown documents. Provenance line numbers of such
 * documents refer to lines of this rendering. Bullet glyphs that Word and PDF leave in paragraph text become list
 * items; in PDFs a short first line of a paragraph becomes a heading, since PDFs carry no heading tags.
 */
final class XhtmlToMarkdown extends DefaultHandler {
    private static final Pattern BULLET = Pattern.compile("^\\s*[•·◦▪▫●○■□►▶‣⁃\\-–—*\\uF0B7\\uF0A7\\uF076\\uF0D8](?:\\s+|$)");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s+\\p{Lu}.*");

    /** Words that leave a line unfinished, so the line is wrapped prose, not a heading. */
    private static final java.util.Set<String> CONTINUATION = java.util.Set.of("and", "or", "the", "a", "an", "of", "to",
            "with", "for", "in", "on", "by", "at", "from", "that", "is", "are", "i", "w", "z", "na", "oraz", "do", "lub", "dla");

    private final StringBuilder out = new StringBuilder();
    private final boolean pdf;
    private StringBuilder text = new StringBuilder();
    private int heading;
    private int listDepth;
    private int skipDepth;
    private List<List<String>> rows;
    private List<String> row;
    private StringBuilder cell;

    XhtmlToMarkdown(boolean pdf) {
        this.pdf = pdf;
    }

    String markdown() {
        flushParagraph();
        return out.toString();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = name(localName, qName);
        if (skipDepth > 0 || name.equals("head") || name.equals("script") || name.equals("style")) {
            skipDepth++;
            return;
        }
        if (cell != null) {
            if (name.equals("br") || name.equals("p")) {
                cell.append(' ');
            }
            return;
        }
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                flushParagraph();
                heading = name.charAt(1) - '0';
            }
            case "ul", "ol" -> {
                flushParagraph();
                listDepth++;
            }
            case "li", "p", "div", "blockquote", "pre", "dd", "dt" -> flushParagraph();
            case "br" -> text.append('\n');
            case "table" -> {
                flushParagraph();
                rows = new ArrayList<>();
            }
            case "tr" -> row = new ArrayList<>();
            case "td", "th" -> cell = new StringBuilder();
            default -> {
                // inline elements (b, i, a, span) only carry text
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        switch (name) {
            case "td", "th" -> {
                if (row != null && cell != null) {
                    row.add(cell.toString().strip());
                }
                cell = null;
            }
            case "tr" -> {
                if (rows != null && row != null && row.stream().anyMatch(c -> !c.isEmpty())) {
                    rows.add(row);
                }
                row = null;
            }
            case "table" -> flushTable();
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                String title = text.toString().replaceAll("\\s+", " ").strip();
                text.setLength(0);
                if (!title.isEmpty()) {
                    block("#".repeat(heading) + " " + MarkdownEscaper.line(title));
                }
                heading = 0;
            }
            case "li" -> flushListItem();
            case "ul", "ol" -> {
                flushListItem();
                listDepth = Math.max(0, listDepth - 1);
            }
            case "p", "div", "blockquote", "pre", "dd", "dt" -> flushParagraph();
            default -> {
                // inline element ends carry no structure
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0) {
            return;
        }
        (cell != null ? cell : text).append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length); // Tika's PDF output marks line ends inside a paragraph this way
    }

    private void flushListItem() {
        String item = text.toString().replaceAll("\\s+", " ").strip();
        text.setLength(0);
        if (!item.isEmpty()) {
            item("  ".repeat(Math.max(0, listDepth - 1)) + "- " + MarkdownEscaper.line(item));
        }
    }

    /** Paragraph text: bullet lines become items, the rest stays one multi-line paragraph per run of lines. */
    private void flushParagraph() {
        if (listDepth > 0) {
            flushListItem();
            return;
        }
        String raw = text.toString();
        text.setLength(0);
        List<String> lines = raw.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            return;
        }
        int first = 0;
        if (pdf && lines.size() > 1 && headingLike(lines.get(0))) {
            block(headingMarker(lines.get(0)) + " " + MarkdownEscaper.line(lines.get(0)));
            first = 1;
        }
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines.subList(first, lines.size())) {
            var bullet = BULLET.matcher(line);
            if (bullet.find()) {
                if (paragraph.length() > 0) {
                    block(paragraph.toString());
                    paragraph.setLength(0);
                }
                String itemText = line.substring(bullet.end()).strip();
                if (!itemText.isEmpty()) {
                    item("- " + MarkdownEscaper.line(itemText));
                }
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : "\n").append(MarkdownEscaper.line(line));
            }
        }
        if (paragraph.length() > 0) {
            block(paragraph.toString());
        }
    }

    private void flushTable() {
        List<List<String>> table = rows;
        rows = null;
        if (table == null || table.isEmpty()) {
            return;
        }
        int columns = table.stream().mapToInt(List::size).max().orElse(0);
        StringBuilder md = new StringBuilder();
        for (int r = 0; r < table.size(); r++) {
            List<String> cells = new ArrayList<>(table.get(r));
            while (cells.size() < columns) {
                cells.add("");
            }
            md.append("| ").append(String.join(" | ", cells.stream().map(MarkdownEscaper::cell).toList())).append(" |\n");
            if (r == 0) {
                md.append("|").append(" --- |".repeat(columns)).append('\n');
            }
        }
        block(md.toString().stripTrailing());
    }

    /**
     * A PDF heading guess: short, no closing punctuation, not ending in a word that continues the sentence, and either
     * numbered, very short, or in title case.
     */
    private static boolean headingLike(String line) {
        String[] words = line.split("\\s+");
        char last = line.charAt(line.length() - 1);
        if (words.length > 8 || ".,;:!?".indexOf(last) >= 0 || BULLET.matcher(line).find()
                || CONTINUATION.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (NUMBERED_HEADING.matcher(line).matches()) {
            return true;
        }
        if (!Character.isUpperCase(line.codePointAt(0))) {
            return false;
        }
        long longWords = java.util.Arrays.stream(words).filter(w -> w.length() > 3).count();
        long capitalized = java.util.Arrays.stream(words).filter(w -> w.length() > 3 && Character.isUpperCase(w.codePointAt(0))).count();
        return words.length <= 4 || capitalized * 10 >= longWords * 6;
    }

    private static String headingMarker(String line) {
        var numbered = NUMBERED_HEADING.matcher(line);
        int level = numbered.matches() ? numbered.group(1).split("\\.").length + 1 : 2;
        return "#".repeat(Math.min(6, level));
    }

    /** A block starts after a blank line, so the previous list or paragraph ends. */
    private void block(String markdown) {
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(markdown).append('\n');
    }

    /** List items follow each other without blank lines, so they stay one list. */
    private void item(String markdown) {
        if (out.length() > 0 && !lastLineIsItem()) {
            out.append('\n');
        }
        out.append(markdown).append('\n');
    }

    private boolean lastLineIsItem() {
        int end = out.length() - 1;
        int start = out.lastIndexOf("\n", end - 1) + 1;
        return out.substring(start, end).stripLeading().startsWith("- ");
    }

    private static String name(String localName, String qName) {
        return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    }
}
