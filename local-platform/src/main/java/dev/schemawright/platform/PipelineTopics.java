package dev.schemawright.platform;

import dev.schemawright.contracts.event.Topics;
import java.util.List;

/**
 * The topics the pipeline needs, created up front so consumers never race topic auto-creation. Main topics get
 * several partitions (keys are project ids, so a project's order holds on one); dead-letter topics get one.
 */
public final class PipelineTopics {
    public static final int PARTITIONS = 4;
    public static final List<String> MAIN = List.of(Topics.UPLOAD, Topics.REQUIREMENT, Topics.MODEL_READY, Topics.ARTIFACTS_READY, Topics.RUN_FAILED);
    /**
     * One per consumed topic: ingest's parse workers consume uploads, modeling consumes requirements, render consumes model-ready, and ingest's status
     * tracker consumes artifacts-ready and run-failed (it also reads model-ready, sharing that topic's DLQ).
     */
    public static final List<String> DEAD_LETTER = MAIN.stream().map(Topics::deadLetter).toList();

    private PipelineTopics() {
    }

    public static void create(LocalKafka kafka) {
        kafka.createTopics(MAIN, PARTITIONS);
        kafka.createTopics(DEAD_LETTER, 1);
    }
}
