package dev.schemawright.render.service.publish;

import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.event.ArtifactRef;
import dev.schemawright.contracts.event.ArtifactsReadyEvent;
import dev.schemawright.render.Artifact;
import dev.schemawright.storage.ObjectInfo;
import dev.schemawright.storage.ObjectStore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a run's artifacts to object storage so that publishing the same run twice writes nothing new and announces
 * nothing new. Order: every artifact, {@code manifest.json} last (its presence means "complete"), the project's
 * {@code latest} pointer, then — after the caller has announced the event — an {@code announced} marker outside the
 * run prefix. A crash between announcing and marking re-announces on redelivery (same event id: consumers drop it);
 * it never loses the announcement. Plain Java over {@link ObjectStore}; blocking.
 */
public final class RunPublisher {
    public static final String MANIFEST = "manifest.json";

    private final ObjectStore store;

    public RunPublisher(ObjectStore store) {
        this.store = store;
    }

    /** Whether this run was already stored and announced: then there is nothing to do. */
    public boolean alreadyAnnounced(String projectId, String runId) {
        return store.exists(announcedKey(projectId, runId));
    }

    /**
     * Stores the artifacts (objects already holding identical bytes are not rewritten) and returns the event to
     * announce, listing every artifact including the manifest.
     */
    public ArtifactsReadyEvent store(String projectId, String runId, List<Artifact> artifacts) {
        Artifact manifest = artifacts.stream().filter(a -> a.name().equals(MANIFEST)).findFirst()
                .orElseThrow(() -> new IllegalStateException("renderer produced no " + MANIFEST));
        // one LIST instead of a GET per artifact: what a crashed earlier attempt already stored is not rewritten
        Map<String, ObjectInfo> existing = store.list(ObjectKeys.runPrefix(projectId, runId)).stream()
                .collect(Collectors.toMap(ObjectInfo::key, Function.identity()));
        List<ArtifactRef> refs = new ArrayList<>();
        for (Artifact a : artifacts) {
            if (a != manifest) {
                refs.add(write(projectId, runId, a, existing));
            }
        }
        refs.add(write(projectId, runId, manifest, existing));
        store.putIfChanged(ObjectKeys.latest(projectId), runId.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
        return ArtifactsReadyEvent.of(projectId, runId, ObjectKeys.runPrefix(projectId, runId), refs);
    }

    /** Records that the event reached the broker; from now on the run is skipped. */
    public void markAnnounced(ArtifactsReadyEvent event) {
        store.put(announcedKey(event.projectId(), event.runId()), event.eventId().getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=utf-8");
    }

    /** The run the project's {@code latest} pointer names, if any. */
    public Optional<String> latestRun(String projectId) {
        return store.get(ObjectKeys.latest(projectId)).map(o -> o.text().strip()).filter(Ids::isRunId);
    }

    private ArtifactRef write(String projectId, String runId, Artifact a, Map<String, ObjectInfo> existing) {
        String key = ObjectKeys.artifact(projectId, runId, a.name());
        if (!ObjectStore.holds(existing.get(key), a.content())) {
            store.put(key, a.content(), a.contentType());
        }
        return new ArtifactRef(a.name(), key, a.size(), a.sha256(), a.contentType());
    }

    /** Outside the run prefix, so the run's folder holds exactly its inputs, run record and artifacts. */
    static String announcedKey(String projectId, String runId) {
        return "projects/" + Ids.requireProjectId(projectId) + "/announced/" + Ids.requireRunId(runId);
    }
}
