package dev.schemawright.ingestservice.status;

import dev.schemawright.contracts.event.ArtifactsReadyEvent;
import dev.schemawright.contracts.event.RunFailedEvent;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.ingestservice.Channels;
import dev.schemawright.ingestservice.store.RunStorage;
import dev.schemawright.ingestservice.status.RunProgress.ArtifactEntry;
import dev.schemawright.ingestservice.status.RunProgress.StageFailure;
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
        board.update(event.projectId(), event.runId(), p -> p.withModelReady(event.eventId()));
    }

    @Incoming(Channels.ARTIFACTS_READY)
    @Blocking
    public void onArtifactsReady(byte[] payload) {
        ArtifactsReadyEvent event = JsonCodec.fromBytes(payload, ArtifactsReadyEvent.class);
        List<ArtifactEntry> artifacts = event.artifacts().stream()
                .map(a -> new ArtifactEntry(a.name(), a.size(), a.sha256(), a.contentType()))
                .toList();
        board.update(event.projectId(), event.runId(), p -> p.withArtifacts(event.eventId(), artifacts));
    }

    /** Also written to storage: a failure must still show after a restart, and on every instance. */
    @Incoming(Channels.RUN_FAILED)
    @Blocking
    public void onRunFailed(byte[] payload) {
        RunFailedEvent event = JsonCodec.fromBytes(payload, RunFailedEvent.class);
        boolean seen = board.get(event.projectId(), event.runId()).map(p -> p.appliedEvents().contains(event.eventId())).orElse(false);
        if (!seen) {
            storage.putJson(RunStatusService.failureKey(event.projectId(), event.runId()), event);
        }
        board.update(event.projectId(), event.runId(),
                p -> p.withFailure(event.eventId(), new StageFailure(event.stage(), event.reason(), event.diagnostics())));
    }
}
