package dev.schemawright.ingestservice.live;

import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.ingestservice.status.RunProgress;
import dev.schemawright.ingestservice.status.RunProgress.RunState;
import dev.schemawright.ingestservice.status.RunView;
import dev.schemawright.observability.PipelineMetrics;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every change of a run on this instance's status board: streamed to Server-Sent Events subscribers (the web page)
 * and counted ({@code schemawright_runs_total{status}}, upload→published latency). The board calls
 * {@link #changed} after each update; an update that changes nothing (a duplicate event) is not a change. Each change
 * carries its tenant: a subscriber sees only its own tenant's runs.
 */
@ApplicationScoped
public class RunChanges {
    /** Per subscriber: a slow client drops its oldest changes rather than failing the stream. */
    private static final int SUBSCRIBER_BUFFER = 1024;

    /** One change of one run, and the tenant it belongs to (RunView, the API's answer, does not name it). */
    public record RunChange(String tenantId, RunView view) {
    }

    private final BroadcastProcessor<RunChange> processor = BroadcastProcessor.create();
    private final PipelineMetrics metrics;

    public RunChanges(PipelineMetrics metrics) {
        this.metrics = metrics;
    }

    public void changed(ProjectRef project, RunProgress before, RunProgress after) {
        if (after.equals(before)) {
            return;
        }
        RunState state = after.state();
        if (before == null || before.isEmpty() || before.state() != state) {
            metrics.runReached(state.label());
            if (state == RunState.PUBLISHED) {
                metrics.published(key(project, after.runId()));
            }
        }
        processor.onNext(new RunChange(project.tenantId(), RunView.of(after)));
    }

    /** Every tenant's changes: a subscriber filters by its caller's tenant. */
    public Multi<RunChange> stream() {
        return processor.onOverflow().buffer(SUBSCRIBER_BUFFER);
    }

    /** The upload→published clock of a run: tenant, project and run (two tenants may upload the same project id). */
    public static String key(ProjectRef project, String runId) {
        return project.kafkaKey() + "/" + runId;
    }
}
