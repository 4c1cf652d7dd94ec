package dev.schemawright.modeling.service;

/** Messaging channel names, shared by the code, application.properties and the tests. */
public final class Channels {
    /** requirement events in (topic schemawright.requirement.v1, poison to its .dlq). */
    public static final String REQUIREMENTS = "requirements";
    /** model-ready events out. */
    public static final String MODEL_READY = "model-ready";
    /** run-failed events out (design failures, runs that never complete). */
    public static final String RUN_FAILED = "run-failed";

    private Channels() {
    }
}
