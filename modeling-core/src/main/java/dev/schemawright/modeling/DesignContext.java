package dev.schemawright.modeling;

import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.modeling.intake.Intake;
import dev.schemawright.modeling.lang.EnglishNlp;
import dev.schemawright.modeling.lang.TaggedSentence;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every pass may read: the project's requirements as prepared by intake (in scope, with headings), the shared NLP
 * tools with a per-run cache of tagged sentences, and the model built so far.
 */
public record DesignContext(String projectId, Intake intake, EnglishNlp nlp, Map<String, TaggedSentence> tagged,
                            Map<String, Object> memo, SchemaModel model) {

    public static DesignContext start(String projectId, Intake intake, SchemaModel model) {
        return new DesignContext(projectId, intake, EnglishNlp.shared(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), model);
    }

    public DesignContext withModel(SchemaModel next) {
        return new DesignContext(projectId, intake, nlp, tagged, memo, next);
    }

    /** A reading computed once per run and shared by the passes that need it (e.g. the domain reading). */
    @SuppressWarnings("unchecked")
    public <T> T remember(String key, java.util.function.Supplier<T> compute) {
        Object v = memo.get(key);
        if (v == null) {
            v = compute.get();
            memo.put(key, v);
        }
        return (T) v;
    }

    /** Tags a sentence once per run; passes share the result. */
    public TaggedSentence tag(String sentence) {
        return tagged.computeIfAbsent(sentence, nlp::tag);
    }
}
