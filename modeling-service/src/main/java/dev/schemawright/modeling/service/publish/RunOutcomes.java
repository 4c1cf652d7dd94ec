package dev.schemawright.modeling.service.publish;

import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.tenant.RunRef;
import dev.schemawright.storage.ObjectStore;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * Remembers, in object storage, that an attempt of a run was modeled or failed
 * ({@code tenants/{t}/projects/{p}/state/{runId}/modeling-a{n}}), so a run redelivered after a restart is not designed
 * again: above all, a run that already failed (a design past its time budget) must not block a worker on every
 * restart. Best effort by design: when storage does not answer, the run is designed again (at-least-once) rather
 * than stalled.
 */
public final class RunOutcomes {
    private static final Logger LOG = Logger.getLogger(RunOutcomes.class);

    private final ObjectStore store;

    public RunOutcomes(ObjectStore store) {
        this.store = store;
    }

    static String key(RunRef run) {
        return ObjectKeys.runState(run.tenantId(), run.projectId(), run.runId(), "modeling-a" + run.attempt());
    }

    /** The recorded outcome of this attempt ("published" or "failed: reason"), when there is one. */
    public java.util.Optional<String> recorded(RunRef run) {
        try {
            return store.get(key(run)).map(o -> o.text());
        } catch (RuntimeException e) {
            LOG.warnf("could not read the outcome of %s (designing it again): %s", run, e.toString());
            return java.util.Optional.empty();
        }
    }

    public void record(RunRef run, String outcome) {
        try {
            store.putIfAbsent(key(run), outcome.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
        } catch (RuntimeException e) {
            LOG.warnf("could not record the outcome of %s: %s", run, e.toString());
        }
    }
}
