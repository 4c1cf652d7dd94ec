package dev.schemawright.ingest.extract;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RequirementKind;
import dev.schemawright.contracts.requirement.Scope;
import dev.schemawright.contracts.requirement.Source;
import dev.schemawright.ingest.classify.Classification;
import dev.schemawright.ingest.classify.RequirementClassifier;
import dev.schemawright.ingest.classify.ScopeRules;
import dev.schemawright.ingest.classify.Section;
import dev.schemawright.ingest.classify.Statement;
import dev.schemawright.ingest.classify.UserStory;
import dev.schemawright.ingest.parse.Block;
import dev.schemawright.ingest.parse.BlockKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Turns one document's blocks into requirements: table rows and field lists become DATA_ROW, story blocks become one
 * USER_STORY, everything else is split into sentences and classified. Requirements keep document order.
 */
public final class RequirementExtractor {
    private static final Set<RequirementKind> PLAIN_STATEMENTS = Set.of(RequirementKind.CONTEXT, RequirementKind.FUNCTIONAL,
            RequirementKind.BUSINESS_RULE, RequirementKind.VALIDATION_RULE, RequirementKind.NON_FUNCTIONAL,
            RequirementKind.TECH_STACK, RequirementKind.PLANNING_DECISION);

    /** Facet of a requirement that is a code block: its language from the fence info ("sql", "mermaid", "" when none). */
    public static final String CODE_FACET = "code";
    private static final int MAX_CODE_CHARS = 64 * 1024;

    private static final Set<String> DESCRIPTION_KEYS = Set.of("description", "story", "user story", "opis", "historyjka");

    private final String document;
    private final DocumentRole role;
    private final RequirementIds ids;
    private final StoryTracker stories = new StoryTracker();
    private final List<Requirement> out = new ArrayList<>();
    private final Map<List<List<String>>, Section> sections = new HashMap<>();

    private RequirementExtractor(String document, DocumentRole role, RequirementIds ids) {
        this.document = document;
        this.role = role;
        this.ids = ids;
    }

    /** Extracts one document; {@code ids} is shared by the whole run so ids stay unique across documents. */
    public static List<Requirement> extract(String document, DocumentRole role, List<Block> blocks, RunIdAllocator ids) {
        RequirementExtractor extractor = new RequirementExtractor(document, role, ids.ids);
        blocks.forEach(extractor::block);
        return List.copyOf(extractor.out);
    }

    /** Opaque holder so callers can share one id space per run without seeing its implementation. */
    public static final class RunIdAllocator {
        private final RequirementIds ids = new RequirementIds();
    }

    private void block(Block block) {
        stories.enter(block.headingPath());
        if (block.kind() == BlockKind.TABLE_ROW) {
            emitStructured(block, RequirementKind.DATA_ROW, block.text(), block.cells(), "L" + block.lineStart());
            return;
        }
        if (block.kind() == BlockKind.CODE) {
            code(block);
            return;
        }
        Optional<Map<String, String>> fields = FieldList.of(block.text());
        if (fields.isPresent()) {
            fieldBlock(block, fields.get());
            return;
        }
        if (storyLine(block) || storyHeaderBlock(block)) {
            return;
        }
        sentences(block);
    }

    /**
     * A multi-line block opened by a story id line ("US-030 Mark payment done", "Scenario: US-003 Edit warehouse"):
     * the header opens the story, a "Description:" line (or the header itself) becomes the USER_STORY, and every
     * other line is read as its own statement (Gherkin steps become acceptance criteria of the story).
     */
    private boolean storyHeaderBlock(Block block) {
        String[] lines = block.text().split("\n", -1);
        Matcher header = StoryTracker.STORY_HEADER.matcher(lines[0]);
        if (lines.length < 2 || !header.matches()) {
            return false;
        }
        String title = header.group(2).strip();
        stories.open(header.group(1), title.isEmpty() ? null : title);
        int descriptionLine = -1;
        for (int i = 1; i < lines.length && descriptionLine < 0; i++) {
            Optional<Map.Entry<String, String>> field = FieldList.field(lines[i]);
            if (field.isPresent() && DESCRIPTION_KEYS.contains(field.get().getKey().toLowerCase(Locale.ROOT))) {
                descriptionLine = i;
            }
        }
        String description = descriptionLine < 0 ? title : FieldList.field(lines[descriptionLine]).orElseThrow().getValue();
        int storyEnd = block.lineStart() + Math.max(0, descriptionLine);
        story(new Block(block.kind(), lines[0], block.headingPath(), block.labels(), block.lineStart(), storyEnd, Map.of()),
                description.isEmpty() ? lines[0] : description, title.isEmpty() ? null : title);
        List<String> labels = new ArrayList<>(block.labels());
        labels.add(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            if (i != descriptionLine && !lines[i].isBlank()) {
                int line = block.lineStart() + i;
                sentences(new Block(block.kind(), lines[i], block.headingPath(), labels, line, line, Map.of()));
            }
        }
        return true;
    }

    private void fieldBlock(Block block, Map<String, String> fields) {
        String storyId = null;
        String title = null;
        String description = null;
        for (Map.Entry<String, String> f : fields.entrySet()) {
            String key = f.getKey().toLowerCase(Locale.ROOT);
            Matcher m = StoryTracker.STORY_ID.matcher(f.getValue());
            Matcher keyIsId = StoryTracker.STORY_ID.matcher(f.getKey());
            if (keyIsId.matches() && storyId == null) {
                storyId = keyIsId.group(1); // "**US-1.1**: As a new user, I want ..."
                description = f.getValue();
            } else if ((key.equals("id") || key.equals("story id") || key.equals("identifier")) && m.find()) {
                storyId = m.group(1);
            } else if (key.equals("title") || key.equals("tytuł") || key.equals("name")) {
                title = f.getValue();
            } else if (DESCRIPTION_KEYS.contains(key)) {
                description = f.getValue();
            }
        }
        if (storyId != null || (description != null && UserStory.parse(description).isPresent())) {
            if (storyId != null) {
                stories.open(storyId, title);
            }
            story(block, description == null ? block.text() : description, title);
            return;
        }
        String text = String.join("; ", fields.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
        emitStructured(block, RequirementKind.DATA_ROW, text, fields, "L" + block.lineStart());
    }

    /** Single-line story fields ("ID: US-017", "Title: ...", "Description: As a ...") written as separate items. */
    private boolean storyLine(Block block) {
        Optional<Map.Entry<String, String>> field = FieldList.field(block.text());
        if (field.isEmpty()) {
            return false;
        }
        String key = field.get().getKey().toLowerCase(Locale.ROOT);
        Matcher m = StoryTracker.STORY_ID.matcher(field.get().getValue());
        if (key.equals("id") && m.find()) {
            stories.open(m.group(1), null);
            return true;
        }
        if (stories.current() == null) {
            return false;
        }
        if (key.equals("title") || key.equals("tytuł")) {
            stories.title(field.get().getValue());
            return true;
        }
        if (DESCRIPTION_KEYS.contains(key)) {
            story(block, field.get().getValue(), stories.title());
            return true;
        }
        return false;
    }

    private void story(Block block, String description, String title) {
        // "Title: Gift ideas (Future Release)" speaks about scope like a lead-in
        Section storySection = title == null ? section(block) : section(block).withLabel(title + ":");
        Statement statement = Statement.of(description, role, storySection, true);
        Scope scope = ScopeRules.of(statement);
        stories.scope(scope);
        Map<String, String> facets = new LinkedHashMap<>();
        String storyId = stories.current();
        if (storyId != null) {
            facets.put("storyId", storyId);
        }
        if (title != null && !title.isBlank()) {
            facets.put("title", title);
        }
        Optional<UserStory> parsed = UserStory.parse(description);
        facets.put("actor", parsed.map(UserStory::actor).orElse(""));
        facets.put("goal", parsed.map(UserStory::goal).orElse(flat(description)));
        facets.put("benefit", parsed.map(UserStory::benefit).orElse(""));
        String preferred = storyId != null ? storyId : "L" + block.lineStart();
        emit(new Requirement(ids.allocate(document, preferred), RequirementKind.USER_STORY, flat(description),
                source(block, block.lineStart(), block.lineEnd()), scope, facets));
    }

    private void sentences(Block block) {
        String text = block.text();
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        for (SentenceSplitter.Span span : spans) {
            String sentence = text.substring(span.start(), span.end());
            if (label(sentence)) {
                continue;
            }
            int lineStart = block.lineStart() + newlines(text, 0, span.start());
            int lineEnd = lineStart + newlines(text, span.start(), span.end());
            Statement statement = statement(block, sentence);
            Classification c = RequirementClassifier.classify(statement, stories.current());
            Scope scope = ScopeRules.of(statement);
            RequirementKind kind = c.kind();
            if (kind == RequirementKind.ACCEPTANCE_CRITERION && scope.buildable()) {
                scope = stories.scope();
            }
            if (!scope.buildable() && PLAIN_STATEMENTS.contains(kind)) {
                kind = RequirementKind.OUT_OF_SCOPE;
            }
            String preferred = kind == RequirementKind.USER_STORY && stories.current() != null
                    ? stories.current() : "L" + lineStart;
            Map<String, String> facets = new LinkedHashMap<>(c.facets());
            if (kind == RequirementKind.USER_STORY && stories.title() != null && !facets.containsKey("title")) {
                facets.put("title", stories.title());
            }
            emit(new Requirement(ids.allocate(document, preferred), kind, flat(sentence),
                    source(block, lineStart, lineEnd), scope, facets));
        }
    }

    /**
     * A code block is one CONTEXT requirement with its lines intact and facet {@code code} = its language ("" when the
     * fence names none); a block too large to be a statement about the schema is left out.
     */
    private void code(Block block) {
        if (block.text().length() > MAX_CODE_CHARS) {
            return;
        }
        Map<String, String> facets = Map.of(CODE_FACET, block.cells().getOrDefault("language", ""));
        emit(new Requirement(ids.allocate(document, "L" + block.lineStart()), RequirementKind.CONTEXT, block.text().stripTrailing(),
                source(block, block.lineStart(), block.lineEnd()), section(block).scope(), facets));
    }

    private void emitStructured(Block block, RequirementKind kind, String text, Map<String, String> facets, String preferred) {
        Scope scope = section(block).scope();
        emit(new Requirement(ids.allocate(document, preferred), kind, flat(text),
                source(block, block.lineStart(), block.lineEnd()), scope, facets));
    }

    private void emit(Requirement requirement) {
        out.add(requirement);
    }

    private Statement statement(Block block, String text) {
        return Statement.of(text, role, section(block), block.kind() == BlockKind.LIST_ITEM);
    }

    /** Blocks share headings and lead-ins, so each distinct section is read once per document. */
    private Section section(Block block) {
        return sections.computeIfAbsent(List.of(block.headingPath(), block.labels()),
                key -> Section.of(block.headingPath(), block.labels()));
    }

    private Source source(Block block, int lineStart, int lineEnd) {
        return new Source(document, role, block.headingPath(), lineStart, Math.max(lineStart, lineEnd));
    }

    /** A short lead-in such as "Out of scope:" or "Acceptance Criteria:" says where its list belongs; it is no requirement. */
    private static boolean label(String sentence) {
        String s = sentence.strip();
        return s.endsWith(":") && s.split("\\s+").length <= 6;
    }

    private static int newlines(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Collapses runs of whitespace (line breaks included) into one space. */
    static String flat(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
