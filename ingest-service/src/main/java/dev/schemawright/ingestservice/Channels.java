package dev.schemawright.ingestservice;

/** Messaging channel names, shared by the code, application.properties and the tests. */
public final class Channels {
    /** Outgoing: one record per accepted upload (or retry) to {@code schemawright.upload.v1}. */
    public static final String UPLOADS_OUT = "uploads-out";
    /** Incoming, the parse workers: {@code schemawright.upload.v1} (group schemawright-ingest-parse). */
    public static final String UPLOADS = "uploads";
    /** Outgoing: a run whose documents cannot be read, to {@code schemawright.run-failed.v1}. */
    public static final String RUN_FAILED_OUT = "run-failed-out";
    /** Outgoing: one record per requirement to {@code schemawright.requirement.v1}. */
    public static final String REQUIREMENTS = "requirements";
    /** Incoming, for run status: {@code schemawright.model-ready.v1}. */
    public static final String MODEL_READY = "model-ready";
    /** Incoming, for run status: {@code schemawright.artifacts-ready.v1}. */
    public static final String ARTIFACTS_READY = "artifacts-ready";
    /** Incoming, for run status: {@code schemawright.run-failed.v1}. */
    public static final String RUN_FAILED = "run-failed";

    private Channels() {
    }
}
