package dev.schemawright.ingestservice.status;

import dev.schemawright.contracts.event.ArtifactsReadyEvent;
import dev.schemawright.contracts.event.RunFailedEvent;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.ingestservice.Channels;
import dev.schemawright.ingestservice.store.RunStorage;
import dev.schemawright.ingestservice.status.RunProgress.ArtifactEntry;
import dev.schemawright.ingestservice.status.RunProgress.StageFailure;
import dev.schemawright.observability.RunLogContext;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Folds the pipeline's events into the run status board (own consumer group). Duplicates are dropped by event id
 * inside {@link RunProgress}; a record that does not decode is nacked and goes to the channel's dead-letter topic.
 */
@ApplicationScoped
public class PipelineEventListener {
    private final RunStatusBoard board;
    private final RunStorage storage;

    public PipelineEventListener(RunStatusBoard board, RunStorage storage) {
        this.board = board;
        this.storage = storage;
    }

    @Incoming(Channels.MODEL_READY)
    @Blocking
    public void onModelReady(byte[] payload) {
        ModelReadyHeader event = JsonCodec.fromBytes(payload, ModelReadyHeader.class);
        ProjectRef project = new ProjectRef(event.tenantId(), event.projectId());
        RunLogContext.set(project.tenantId(), project.projectId(), event.runId());
        board.update(project, event.runId(), p -> p.withModelReady(event.eventId(), event.attempt()));
    }

    @Incoming(Channels.ARTIFACTS_READY)
    @Blocking
    public void onArtifactsReady(byte[] payload) {
        ArtifactsReadyEvent event = JsonCodec.fromBytes(payload, ArtifactsReadyEvent.class);
        RunLogContext.set(event.tenantId(), event.projectId(), event.runId());
        List<ArtifactEntry> artifacts = event.artifacts().stream()
                .map(a -> new ArtifactEntry(a.name(), a.size(), a.sha256(), a.contentType()))
                .toList();
        board.update(event.project(), event.runId(), p -> p.withArtifacts(event.eventId(), artifacts));
    }

    /** Also written to storage: a failure must still show after a restart, and on every instance. */
    @Incoming(Channels.RUN_FAILED)
    @Blocking
    public void onRunFailed(byte[] payload) {
        RunFailedEvent event = JsonCodec.fromBytes(payload, RunFailedEvent.class);
        RunLogContext.set(event.tenantId(), event.projectId(), event.runId());
        boolean seen = board.get(event.project(), event.runId()).map(p -> p.appliedEvents().contains(event.eventId())).orElse(false);
        if (!seen) {
            storage.putJsonIfAbsent(RunAttempts.failureKey(event.project(), event.runId(), event.attempt()), event);
        }
        board.update(event.project(), event.runId(),
                p -> p.withFailure(event.eventId(), new StageFailure(event.stage(), event.reason(), event.diagnostics()), event.attempt()));
    }
}
