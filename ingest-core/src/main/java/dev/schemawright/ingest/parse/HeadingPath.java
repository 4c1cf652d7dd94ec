package dev.schemawright.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/** The stack of open headings (level 1..6) plus pseudo-sections opened by XML-like tags such as {@code <decisions>}. */
final class HeadingPath {
    private final String[] levels = new String[7];
    private final List<String> tagSections = new ArrayList<>();

    private int realLevel;

    void heading(int level, String title) {
        realLevel = level;
        set(level, title);
    }

    /** A bold line standing alone ("**3.6.1 Natural Conclusion**") acts as a heading one level below the last real one. */
    void pseudoHeading(String title) {
        set(Math.min(6, realLevel + 1), title);
    }

    private void set(int level, String title) {
        levels[level] = title;
        for (int i = level + 1; i < levels.length; i++) {
            levels[i] = null;
        }
        tagSections.clear();
    }

    void openTag(String name) {
        tagSections.add(name);
    }

    void closeTag(String name) {
        int at = tagSections.lastIndexOf(name);
        if (at >= 0) {
            tagSections.subList(at, tagSections.size()).clear();
        }
    }

    List<String> current() {
        List<String> path = new ArrayList<>();
        for (String level : levels) {
            if (level != null && !level.isBlank()) {
                path.add(level);
            }
        }
        path.addAll(tagSections);
        return List.copyOf(path);
    }
}
