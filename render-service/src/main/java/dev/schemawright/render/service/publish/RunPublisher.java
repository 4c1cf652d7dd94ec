package dev.schemawright.render.service.publish;

import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.event.ArtifactRef;
import dev.schemawright.contracts.event.ArtifactsReadyEvent;
import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.render.Artifact;
import dev.schemawright.storage.ObjectInfo;
import dev.schemawright.storage.ObjectStore;
import dev.schemawright.storage.WriteOutcome;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a run's artifacts to object storage so that there is exactly one artifact set per run, however often and by
 * however many instances the run is published. Every run object is created with a conditional write (If-None-Match:
 * of racing writers one wins, the others find the same bytes there); {@code manifest.json} goes last (its presence
 * means "complete"); the project's {@code latest} pointer moves by compare-and-set on its ETag; then, after the caller
 * has announced the event, an {@code announced} marker outside the run folder. Plain Java over {@link ObjectStore};
 * blocking.
 */
public final class RunPublisher {
    public static final String MANIFEST = "manifest.json";
    static final String ANNOUNCED = "announced";
    private static final int LATEST_ATTEMPTS = 5;

    private final ObjectStore store;
    private final Executor writers;

    /** Writes one artifact after another on the calling thread. */
    public RunPublisher(ObjectStore store) {
        this(store, Runnable::run);
    }

    /**
     * Writes a run's artifacts (all but the manifest) at once on {@code writers}: each is a round trip to storage of
     * its own, and one after another they were most of render's time per run (~300 ms of nine writes on two busy cores).
     */
    public RunPublisher(ObjectStore store, Executor writers) {
        this.store = store;
        this.writers = writers;
    }

    /** Whether this run was already stored and announced: then there is nothing to do. */
    public boolean alreadyAnnounced(ProjectRef project, String runId) {
        return store.exists(announcedKey(project, runId));
    }

    /**
     * Stores the artifacts and returns the event to announce, listing every artifact including the manifest.
     *
     * @throws ConflictingArtifactException when a run object already holds other bytes (never for a deterministic renderer)
     */
    public ArtifactsReadyEvent store(ProjectRef project, String runId, List<Artifact> artifacts) {
        Artifact manifest = artifacts.stream().filter(a -> a.name().equals(MANIFEST)).findFirst()
                .orElseThrow(() -> new IllegalStateException("renderer produced no " + MANIFEST));
        String prefix = ObjectKeys.runPrefix(project.tenantId(), project.projectId(), runId);
        // one LIST instead of a request per artifact: what an earlier attempt already stored is not written again
        Map<String, ObjectInfo> existing = store.list(prefix).stream().collect(Collectors.toMap(ObjectInfo::key, Function.identity()));
        List<CompletableFuture<ArtifactRef>> writes = new ArrayList<>();
        for (Artifact a : artifacts) {
            if (a != manifest) {
                writes.add(CompletableFuture.supplyAsync(() -> write(project, runId, a, existing), writers));
            }
        }
        List<ArtifactRef> refs = new ArrayList<>();
        for (CompletableFuture<ArtifactRef> w : writes) {
            refs.add(joined(w));
        }
        // only once every other artifact is stored: the manifest's presence means the run is complete
        refs.add(write(project, runId, manifest, existing));
        moveLatest(project, runId);
        return ArtifactsReadyEvent.of(project.tenantId(), project.projectId(), runId, prefix, refs);
    }

    /** The write's result, or its own exception (a conflict stays a conflict, a storage error a storage error). */
    private static ArtifactRef joined(CompletableFuture<ArtifactRef> write) {
        try {
            return write.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Records that the event reached the broker; from now on the run is skipped. */
    public void markAnnounced(ArtifactsReadyEvent event) {
        store.putIfAbsent(announcedKey(event.project(), event.runId()), event.eventId().getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=utf-8");
    }

    /** The run the project's {@code latest} pointer names, if any. */
    public Optional<String> latestRun(ProjectRef project) {
        return store.get(ObjectKeys.latest(project.tenantId(), project.projectId())).map(o -> o.text().strip()).filter(Ids::isRunId);
    }

    private ArtifactRef write(ProjectRef project, String runId, Artifact a, Map<String, ObjectInfo> existing) {
        String key = ObjectKeys.artifact(project.tenantId(), project.projectId(), runId, a.name());
        if (!ObjectStore.holds(existing.get(key), a.content())) {
            WriteOutcome outcome = store.putIfAbsent(key, a.content(), a.contentType());
            if (outcome == WriteOutcome.KEPT_EXISTING) {
                throw new ConflictingArtifactException(key);
            }
        }
        return new ArtifactRef(a.name(), key, a.size(), a.sha256(), a.contentType());
    }

    /** Compare-and-set on the pointer's ETag: two writers never lose each other's update, and a no-op writes nothing. */
    private void moveLatest(ProjectRef project, String runId) {
        String key = ObjectKeys.latest(project.tenantId(), project.projectId());
        byte[] wanted = runId.getBytes(StandardCharsets.UTF_8);
        for (int attempt = 0; attempt < LATEST_ATTEMPTS; attempt++) {
            Optional<ObjectStore.Versioned> current = store.getVersioned(key);
            if (current.isPresent() && current.get().text().strip().equals(runId)) {
                return;
            }
            if (store.replaceIfUnchanged(key, current.map(ObjectStore.Versioned::etag).orElse(null), wanted, "text/plain; charset=utf-8")) {
                return;
            }
        }
        throw new IllegalStateException("the latest pointer of " + project + " kept changing under " + LATEST_ATTEMPTS + " attempts");
    }

    /** Outside the run folder, so the run's folder holds exactly its inputs, run record and artifacts. */
    static String announcedKey(ProjectRef project, String runId) {
        return ObjectKeys.runState(project.tenantId(), project.projectId(), runId, ANNOUNCED);
    }

    /** A run object holds other bytes than this rendering: not a storage hiccup, so retrying cannot help. */
    public static final class ConflictingArtifactException extends RuntimeException {
        public ConflictingArtifactException(String key) {
            super(key + " already holds other bytes than this rendering; the run's artifact set is left as it is");
        }
    }
}
