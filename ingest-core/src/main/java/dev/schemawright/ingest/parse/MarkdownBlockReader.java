package dev.schemawright.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown (and plain text, which is Markdown without markup) into blocks with heading paths and 1-based line
 * ranges, using commonmark-java's source spans. Code blocks become CODE blocks, verbatim: a schema stated as SQL, a
 * box diagram or an ER diagram is the most explicit requirement a document can carry; readers decide what they mean.
 */
public final class MarkdownBlockReader {
    /** A line that is only an XML-like tag, e.g. {@code <decisions>} in planning-session notes. */
    private static final Pattern TAG_LINE = Pattern.compile("^\\s*<(/?)([A-Za-z_][\\w-]*)>\\s*$");
    /** Real HTML elements are layout, not sections. */
    private static final java.util.Set<String> HTML_ELEMENTS = java.util.Set.of("br", "hr", "div", "p", "span", "img",
            "details", "summary", "table", "tr", "td", "th", "ul", "ol", "li", "b", "i", "em", "strong", "a", "sup", "sub",
            "center", "code", "pre", "thead", "tbody", "picture", "source", "kbd");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z_][\\w-]*)>");

    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    public List<Block> read(String markdown) {
        Node document = parser.parse(markdown);
        Walk walk = new Walk();
        walk.children(document, List.of());
        return walk.blocks;
    }

    private static final class Walk {
        final List<Block> blocks = new ArrayList<>();
        final HeadingPath headings = new HeadingPath();

        void children(Node parent, List<String> labels) {
            Node previous = null;
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                node(child, previous, labels);
                previous = child;
            }
        }

        void node(Node node, Node previous, List<String> labels) {
            if (node instanceof Heading h) {
                headings.heading(h.getLevel(), InlineText.of(h).strip());
            } else if (node instanceof Paragraph p && node.getParent() instanceof Document && boldLine(p)) {
                headings.pseudoHeading(InlineText.of(p).strip());
            } else if (node instanceof Paragraph p) {
                paragraph(p, BlockKind.PARAGRAPH, labels);
            } else if (node instanceof BulletList || node instanceof OrderedList) {
                list(node, withLeadIn(labels, previous));
            } else if (node instanceof TableBlock t) {
                table(t, labels);
            } else if (node instanceof HtmlBlock h) {
                for (String line : h.getLiteral().split("\n")) {
                    if (TAG_LINE.matcher(line).matches()) {
                        tags(line);
                    }
                }
            } else if (node instanceof BlockQuote) {
                children(node, labels);
            } else if (node instanceof FencedCodeBlock f) {
                code(node, f.getLiteral(), f.getInfo(), labels);
            } else if (node instanceof IndentedCodeBlock c) {
                code(node, c.getLiteral(), "", labels);
            }
            // thematic breaks and link reference definitions carry no requirement text
        }

        void code(Node node, String literal, String info, List<String> labels) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (literal == null || literal.isBlank() || spans.isEmpty()) {
                return;
            }
            int start = spans.get(0).getLineIndex() + 1;
            int end = spans.get(spans.size() - 1).getLineIndex() + 1;
            String language = info == null ? "" : info.strip().split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
            blocks.add(new Block(BlockKind.CODE, literal, headings.current(), labels, start, Math.max(start, end), Map.of("language", language)));
        }

        /** One line, all of it bold, short, not a lead-in ending with ':'. */
        static boolean boldLine(Paragraph p) {
            Node only = p.getFirstChild();
            if (only == null || only.getNext() != null || !(only instanceof StrongEmphasis)) {
                return false;
            }
            String text = InlineText.of(p).strip();
            return !text.contains("\n") && !text.endsWith(":") && text.split("\\s+").length <= 12;
        }

        List<String> withLeadIn(List<String> labels, Node previous) {
            if (previous instanceof Paragraph p) {
                String text = InlineText.of(p).strip();
                if (text.endsWith(":") && text.length() < 200) {
                    return append(labels, text);
                }
            }
            return labels;
        }

        void list(Node list, List<String> labels) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) {
                    continue;
                }
                Node first = item.getFirstChild();
                List<String> nested = labels;
                Node rest = first;
                if (first instanceof Paragraph p) {
                    String text = paragraph(p, BlockKind.LIST_ITEM, labels);
                    nested = text.isBlank() ? labels : append(labels, text);
                    rest = first.getNext();
                }
                Node previous = first instanceof Paragraph ? first : null;
                for (Node child = rest; child != null; child = child.getNext()) {
                    node(child, previous, nested);
                    previous = child;
                }
            }
        }

        /** Emits the paragraph as a block (minus tag-only lines, which open/close pseudo-sections); returns its text. */
        String paragraph(Paragraph p, BlockKind kind, List<String> labels) {
            List<SourceSpan> spans = p.getSourceSpans();
            int start = spans.get(0).getLineIndex() + 1;
            String[] lines = InlineText.of(p).split("\n", -1);
            int first = 0;
            int last = lines.length - 1;
            while (first <= last && TAG_LINE.matcher(lines[first]).matches()) {
                tags(lines[first++]);
            }
            List<String> closing = new ArrayList<>();
            while (last >= first && TAG_LINE.matcher(lines[last]).matches()) {
                closing.add(0, lines[last--]);
            }
            String text = "";
            if (first <= last) {
                text = String.join("\n", java.util.Arrays.asList(lines).subList(first, last + 1));
                if (!text.isBlank()) {
                    blocks.add(new Block(kind, text, headings.current(), labels, start + first, start + last, Map.of()));
                }
            }
            closing.forEach(this::tags);
            return text.strip();
        }

        void table(TableBlock table, List<String> labels) {
            List<String> header = new ArrayList<>();
            int tableStart = table.getSourceSpans().isEmpty() ? 1 : table.getSourceSpans().get(0).getLineIndex() + 1;
            int bodyRow = 0;
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(InlineText.of(cell).strip());
                        }
                    }
                    if (section instanceof TableHead) {
                        header.addAll(cells);
                    } else if (section instanceof TableBody) {
                        // rows follow the header and the delimiter line; spans are used when the parser gives them
                        int line = row.getSourceSpans().isEmpty() ? tableStart + 2 + bodyRow
                                : row.getSourceSpans().get(0).getLineIndex() + 1;
                        bodyRow++;
                        row(header, cells, line, labels);
                    }
                }
            }
        }

        void row(List<String> header, List<String> cells, int line, List<String> labels) {
            Map<String, String> facets = new LinkedHashMap<>();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                String name = i < header.size() && !header.get(i).isBlank() ? header.get(i) : "column " + (i + 1);
                if (facets.containsKey(name)) {
                    name = name + " (" + (i + 1) + ")";
                }
                facets.put(name, cells.get(i));
                if (!cells.get(i).isEmpty()) {
                    text.append(text.length() == 0 ? "" : "; ").append(name).append(": ").append(cells.get(i));
                }
            }
            if (text.length() > 0) {
                blocks.add(new Block(BlockKind.TABLE_ROW, text.toString(), headings.current(), labels, line, line, facets));
            }
        }

        void tags(String literal) {
            Matcher m = TAG.matcher(literal);
            while (m.find()) {
                if (HTML_ELEMENTS.contains(m.group(2).toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                if (m.group(1).isEmpty()) {
                    headings.openTag(m.group(2));
                } else {
                    headings.closeTag(m.group(2));
                }
            }
        }

        static List<String> append(List<String> labels, String label) {
            List<String> out = new ArrayList<>(labels);
            out.add(label);
            return List.copyOf(out);
        }
    }
}
