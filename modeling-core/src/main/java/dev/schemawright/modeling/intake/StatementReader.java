package dev.schemawright.modeling.intake;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RequirementKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Prepares requirements for reading: orders them per document, recovers the heading path from markdown headings when
 * ingest gave none, strips markdown, and separates what is out of scope or future (by scope, kind, section heading or an
 * explicit "post-MVP"/"future" marker in the sentence) from what may be built.
 */
public final class StatementReader {
    private static final Pattern EXCLUDED_SECTION = Pattern.compile(
            "out[ -]of[ -]scope|not in scope|outside (the )?(mvp|scope)|non[- ]goals?|future|roadmap|later phases?|nice to have|"
                    + "excluded|exclusions|won'?t have|not included|poza zakresem|nie wchodzi|wykluczen|przyszł|post[- ]mvp|"
                    + "what'?s not|not part of|phase 2|v2\\b|deferred|open questions|unresolved|nierozwiązane");
    private static final Pattern EXCLUDED_SENTENCE = Pattern.compile(
            "\\b(post[- ]mvp|planned for (the )?future|in (a )?future (version|release|iteration)s?|not (part of|in|included in) (the )?mvp|"
                    + "out of scope|deferred to|will not be|won'?t be (supported|implemented)|poza mvp|w przyszłości)\\b");
    /**
     * Longest prose statement read, in characters: no requirement a person writes is longer, and every pattern's cost is
     * bounded by it, so a crafted megabyte-long "sentence" costs what a long paragraph costs.
     */
    public static final int MAX_STATEMENT_CHARS = 2_000;
    /** Longest code block read (a schema stated as SQL or Prisma), in characters. */
    public static final int MAX_CODE_CHARS = 200_000;
    /** The facet ingest gives a requirement that is a code block (its language). */
    public static final String CODE_FACET = "code";
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    /** "Q: ...", "**A:** ...": a question or its answer, wherever it stands. */
    private static final Pattern QUESTION_OR_ANSWER = Pattern.compile("^\\W*(?:q|a|question|answer)\\s*\\d*\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+)");
    private static final Pattern CHECKBOX = Pattern.compile("^\\[[ xX]]\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?!\\s)([^*]+)\\*");

    public Intake read(List<Requirement> requirements) {
        Map<String, List<Requirement>> byDocument = new TreeMap<>();
        for (Requirement r : requirements) {
            byDocument.computeIfAbsent(r.source().document(), d -> new ArrayList<>()).add(r);
        }
        List<Statement> in = new ArrayList<>();
        List<Statement> out = new ArrayList<>();
        List<Statement> code = new ArrayList<>();
        Map<String, List<Statement>> documents = new LinkedHashMap<>();
        Map<String, Boolean> excludedSections = new HashMap<>(); // most statements share their section path with the previous one
        for (Map.Entry<String, List<Requirement>> doc : byDocument.entrySet()) {
            List<Requirement> ordered = doc.getValue().stream()
                    .sorted(Comparator.comparingInt((Requirement r) -> r.source().lineStart()).thenComparing(Requirement::id)).toList();
            String[] stack = new String[7];
            List<Statement> docStatements = new ArrayList<>();
            List<String> previousPath = List.of();
            for (Requirement r : ordered) {
                List<String> given = r.source().headingPath();
                if (!given.isEmpty() && !given.equals(previousPath)) {
                    // headings are not requirements in ingest's output, but their words ("Chapter Management") are evidence
                    int common = 0;
                    while (common < Math.min(given.size(), previousPath.size()) && given.get(common).equals(previousPath.get(common))) {
                        common++;
                    }
                    for (int level = common; level < given.size(); level++) {
                        List<String> path = given.subList(0, level + 1);
                        String title = given.get(level);
                        Statement h = new Statement(r.id(), RequirementKind.CONTEXT, r.source().role(), doc.getKey(), path, r.source().lineStart(),
                                "#".repeat(Math.min(6, level + 1)) + " " + title, plain(title), Map.of());
                        docStatements.add(h);
                        boolean excludedHeading = excludedSection(excludedSections, path.subList(0, level))
                                || r.source().role() == DocumentRole.CLARIFICATIONS;
                        (excludedHeading ? out : in).add(h);
                    }
                    previousPath = given;
                }
                boolean isCode = r.facets().containsKey(CODE_FACET);
                // a diagram's columns start at its first line
                String raw = capped(isCode ? r.text().stripTrailing() : r.text().strip(), isCode ? MAX_CODE_CHARS : MAX_STATEMENT_CHARS);
                var heading = HEADING.matcher(isCode ? "" : raw);
                List<String> headings;
                if (!r.source().headingPath().isEmpty()) {
                    headings = r.source().headingPath();
                } else {
                    if (heading.matches()) {
                        int level = heading.group(1).length();
                        stack[level] = plain(heading.group(2));
                        for (int i = level + 1; i < stack.length; i++) {
                            stack[i] = null;
                        }
                    }
                    headings = new ArrayList<>();
                    for (String h : stack) {
                        if (h != null) {
                            headings.add(h);
                        }
                    }
                }
                Statement s = new Statement(r.id(), r.kind(), r.source().role(), doc.getKey(), headings, r.source().lineStart(), raw,
                        isCode ? raw : plain(raw), r.facets());
                // answers to open questions are applied by the clarify passes, not read as requirements: the design they answer
                // stays the one that asked, so its question ids stay the same
                boolean excluded = !r.scope().buildable() || r.kind() == RequirementKind.OUT_OF_SCOPE
                        || r.source().role() == DocumentRole.CLARIFICATIONS || QUESTION_OR_ANSWER.matcher(raw).lookingAt()
                        || excludedSection(excludedSections, sectionPath(headings, heading.matches()))
                        || !isCode && EXCLUDED_SENTENCE.matcher(lower(s.text())).find();
                if (isCode) {
                    if (!excluded) {
                        code.add(s); // a schema stated as code is read by the explicit-schema readers only
                    }
                    continue;
                }
                docStatements.add(s);
                (excluded ? out : in).add(s);
            }
            documents.put(doc.getKey(), List.copyOf(docStatements));
        }
        Map<String, String> languages = new HashMap<>();
        for (Requirement r : requirements) {
            if (r.source().language() != null) {
                languages.putIfAbsent(r.source().document(), r.source().language());
            }
        }
        return new Intake(in, out, documents, code, languages);
    }

    private static boolean excludedSection(Map<String, Boolean> seen, List<String> path) {
        return seen.computeIfAbsent(lower(String.join(" > ", path)), p -> EXCLUDED_SECTION.matcher(p).find());
    }

    /** A heading line is judged by its parents, so "## Out of Scope" itself stays readable but its items do not. */
    private static List<String> sectionPath(List<String> headings, boolean isHeading) {
        return isHeading && !headings.isEmpty() ? headings.subList(0, headings.size() - 1) : headings;
    }

    /** {@code text} cut to {@code max} characters, at the last sentence end or space before the cut when there is one. */
    static String capped(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(". ", max);
        if (cut < max / 2) {
            cut = text.lastIndexOf(' ', max);
        }
        return text.substring(0, cut < max / 2 ? max : cut + 1).strip();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Markdown to plain prose: drops heading marks, list bullets/numbers, emphasis and code ticks. */
    public static String plain(String raw) {
        String s = HEADING_MARK.matcher(raw).replaceFirst("");
        s = BULLET.matcher(s).replaceFirst("");
        s = CHECKBOX.matcher(s).replaceFirst("");
        s = s.replace("**", "").replace("__", "").replace("`", "");
        if (s.indexOf('*') >= 0) {
            s = EMPHASIS.matcher(s).replaceAll("$1");
        }
        return s.strip();
    }
}
