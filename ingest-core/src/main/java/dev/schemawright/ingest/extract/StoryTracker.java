package dev.schemawright.ingest.extract;

import dev.schemawright.contracts.requirement.Scope;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Remembers which user story the reader is inside, so acceptance criteria link to it. A story opens with a heading
 * naming its id ("### US-003: ...") or with an "ID: US-003" field; it closes when the heading path moves on.
 */
final class StoryTracker {
    static final Pattern STORY_ID = Pattern.compile("\\b((?:US|UC|HU|STORY)[-_ ]?\\d+(?:\\.\\d+)?)\\b", Pattern.CASE_INSENSITIVE);

    /** A line that opens a story: "US-030 Title", "**US-001**: Title", "Scenario: US-003 Title". */
    static final Pattern STORY_HEADER = Pattern.compile(
            "^\\s*(?:(?:Scenario|Story|User Story|Historyjka)\\s*:\\s*)?\\**((?:US|UC|HU|STORY)[-_ ]?\\d+(?:\\.\\d+)?)\\**"
                    + "\\s*[:.\\-–—)]?\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    private List<String> headingPath = List.of();
    private String fromHeadings;
    private String fromFields;
    private String title;
    private Scope scope = Scope.IN_SCOPE;

    void enter(List<String> path) {
        if (path.equals(headingPath)) {
            return;
        }
        headingPath = path;
        fromFields = null;
        title = null;
        scope = Scope.IN_SCOPE;
        fromHeadings = null;
        for (String heading : path) {
            Matcher m = STORY_ID.matcher(heading);
            if (m.find()) {
                fromHeadings = normalize(m.group(1));
                title = heading.substring(m.end()).replaceFirst("^[\\s:.)\\-–—]+", "").strip();
            }
        }
    }

    void open(String storyId, String storyTitle) {
        fromFields = normalize(storyId);
        title = storyTitle;
        scope = Scope.IN_SCOPE;
    }

    void title(String storyTitle) {
        title = storyTitle;
    }

    /** Criteria of a story marked "(Future Release)" are future too. */
    void scope(Scope storyScope) {
        scope = storyScope;
    }

    Scope scope() {
        return scope;
    }

    String current() {
        return fromFields != null ? fromFields : fromHeadings;
    }

    String title() {
        return title;
    }

    static String normalize(String id) {
        return id.toUpperCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }
}
