package dev.schemawright.ingestservice.status;

import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.ingestservice.store.RunStorage;
import dev.schemawright.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Which attempt of a run is current ({@code state/{runId}/attempt}, absent = 1), and where each attempt's failure is
 * recorded ({@code state/{runId}/run-failed-a{n}.json}). The attempt only moves forward, by compare-and-set, so two
 * instances retrying at once agree on the number.
 */
@ApplicationScoped
public class RunAttempts {
    static final String ATTEMPT = "attempt";

    private final RunStorage storage;

    public RunAttempts(RunStorage storage) {
        this.storage = storage;
    }

    public int current(ProjectRef project, String runId) {
        return storage.getVersioned(key(project, runId)).map(RunAttempts::parse).orElse(1);
    }

    /** Moves the current attempt to {@code to} unless it is there or beyond already. */
    public void advance(ProjectRef project, String runId, int to) {
        String key = key(project, runId);
        for (int i = 0; i < 5; i++) {
            Optional<ObjectStore.Versioned> now = storage.getVersioned(key);
            if (now.map(RunAttempts::parse).orElse(1) >= to) {
                return;
            }
            if (storage.replaceIfUnchanged(key, now.map(ObjectStore.Versioned::etag).orElse(null), Integer.toString(to).getBytes(StandardCharsets.UTF_8))) {
                return;
            }
        }
        throw new IllegalStateException("the attempt of run " + runId + " kept changing");
    }

    public static String failureKey(ProjectRef project, String runId, int attempt) {
        return ObjectKeys.runState(project.tenantId(), project.projectId(), runId, "run-failed-a" + attempt + ".json");
    }

    private static String key(ProjectRef project, String runId) {
        return ObjectKeys.runState(project.tenantId(), project.projectId(), runId, ATTEMPT);
    }

    private static int parse(ObjectStore.Versioned v) {
        try {
            return Math.max(1, Integer.parseInt(v.text().strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
