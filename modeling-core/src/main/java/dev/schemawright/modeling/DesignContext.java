package dev.schemawright.modeling;

import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.modeling.intake.Intake;
import dev.schemawright.modeling.lang.EnglishNlp;
import dev.schemawright.modeling.lang.TaggedSentence;
import dev.schemawright.modeling.read.Reading;
import dev.schemawright.modeling.read.ReadingPhase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every pass may read: the project's requirements as prepared by intake (in scope, with headings), the shared NLP
 * tools with a per-run cache of tagged sentences, and the model built so far.
 */
public record DesignContext(String projectId, Intake intake, EnglishNlp nlp, Map<String, TaggedSentence> tagged,
                            Map<String, Object> memo, SchemaModel model, Deadline deadline, ReadingOnce readingOnce) {

    /** The run's reading, made once on first use and shared by every pass (and every copy of this context). */
    public static final class ReadingOnce {
        private final Intake intake;
        private Reading reading;

        ReadingOnce(Intake intake) {
            this.intake = intake;
        }

        synchronized Reading get() {
            if (reading == null) {
                reading = ReadingPhase.read(intake);
            }
            return reading;
        }
    }

    /** What the reading phase found: claims from stated schemas and prose rules, and noun mentions. */
    public Reading reading() {
        return readingOnce.get();
    }

    public static DesignContext start(String projectId, Intake intake, SchemaModel model) {
        return start(projectId, intake, model, Deadline.none());
    }

    public static DesignContext start(String projectId, Intake intake, SchemaModel model, Deadline deadline) {
        return new DesignContext(projectId, intake, EnglishNlp.shared(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), model, deadline,
                new ReadingOnce(intake));
    }

    public DesignContext withModel(SchemaModel next) {
        return new DesignContext(projectId, intake, nlp, tagged, memo, next, deadline, readingOnce);
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
