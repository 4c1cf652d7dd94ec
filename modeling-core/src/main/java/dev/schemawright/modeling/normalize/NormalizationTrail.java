package dev.schemawright.modeling.normalize;

import dev.schemawright.modeling.ModelQueries;
import dev.schemawright.contracts.model.Decision;
import dev.schemawright.contracts.model.SchemaModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The trail a normalization pass leaves when it changes the model: one {@link Decision} per change, id
 * {@code normalize-<kind>-<subject>}, recorded once (a second run finds the id and adds nothing). Tables are named as
 * the reader will see them in the finished design (the naming convention's plural), not by their working names.
 */
final class NormalizationTrail {
    private static final int MAX_SOURCES = 6;

    private NormalizationTrail() {
    }

    static SchemaModel record(SchemaModel m, String kind, String subject, String topic, String choice, String alternative, String rationale,
                              Collection<String> sources) {
        String id = Decision.NORMALIZATION_PREFIX + kind + "-" + subject.replace('.', '-');
        if (m.decisions().stream().anyMatch(d -> d.id().equals(id))) {
            return m;
        }
        List<Decision> out = new ArrayList<>(m.decisions());
        out.add(new Decision(id, topic, choice, alternative, rationale, firstSources(sources)));
        return m.withDecisions(out);
    }

    /** A working table name as the finished design spells it ("recipe_step" -> "recipe_steps"). */
    static String table(String name) {
        return ModelQueries.tableName(name);
    }

    /** A working name as words for prose ("recipe_step" -> "recipe step"). */
    static String words(String name) {
        return name.replace('_', ' ');
    }

    /** "a recipe", "an ingredient": the article a product owner expects in the trail's sentences. */
    static String a(String name) {
        String w = words(name);
        return (w.matches("[aeiou].*") ? "an " : "a ") + w;
    }

    static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static List<String> firstSources(Collection<String> sources) {
        Set<String> distinct = new LinkedHashSet<>(sources);
        return List.copyOf(distinct).subList(0, Math.min(MAX_SOURCES, distinct.size()));
    }
}
