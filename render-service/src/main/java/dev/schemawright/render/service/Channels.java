package dev.schemawright.render.service;

/** Messaging channel names, shared by the code, application.properties and the tests. */
public final class Channels {
    /** model-ready events in (topic schemawright.model-ready.v1, poison to its .dlq). */
    public static final String MODEL_READY = "model-ready";
    /** artifacts-ready events out. */
    public static final String ARTIFACTS_READY = "artifacts-ready";
    /** run-failed events out (a model no renderer can render). */
    public static final String RUN_FAILED = "run-failed";
    /** artifacts-ready events read back from the topic (own group per instance) to feed the Server-Sent Events. */
    public static final String ARTIFACTS_FEED = "artifacts-feed";

    private Channels() {
    }
}
