package dev.schemawright.contracts.event;

/** Kafka topic names, {@code schemawright.<event>.v1}; each consumer has a dead-letter topic {@code <topic>.dlq}. */
public final class Topics {
    /** A run's documents are stored; ingest-service's parse workers read them (ingest-service only, both ends). */
    public static final String UPLOAD = "schemawright.upload.v1";
    public static final String REQUIREMENT = "schemawright.requirement.v1";
    public static final String MODEL_READY = "schemawright.model-ready.v1";
    public static final String ARTIFACTS_READY = "schemawright.artifacts-ready.v1";
    public static final String RUN_FAILED = "schemawright.run-failed.v1";
    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
