package dev.schemawright.cli.design;

import dev.schemawright.contracts.Generator;
import dev.schemawright.contracts.Ids;
import dev.schemawright.contracts.event.ModelReadyEvent;
import dev.schemawright.contracts.event.RequirementEvent;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.requirement.RunIds;
import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.contracts.tenant.RunRef;
import dev.schemawright.contracts.tenant.Tenants;
import dev.schemawright.ingest.IngestResult;
import dev.schemawright.ingest.Ingestor;
import dev.schemawright.modeling.SchemaDesigner;
import dev.schemawright.render.ArtifactRenderer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The three stages in one process, exactly as the services chain them: ingest, then every requirement and the model
 * cross the same JSON wire format the services send over Kafka (as {@link RequirementEvent}s and a
 * {@link ModelReadyEvent}), so this path and the service path give byte-identical artifacts. Thread-safe: one instance
 * serves a whole batch.
 */
public final class InProcessPipeline {
    private final Ingestor ingestor = new Ingestor();
    private final SchemaDesigner designer = new SchemaDesigner();
    private final ArtifactRenderer renderer = new ArtifactRenderer();

    /** Told the CPU time this thread spent in each stage (ingest, modeling, render) of a run; the bench's breakdown. */
    @FunctionalInterface
    public interface StageClock {
        StageClock NONE = (stage, cpuNanos) -> { };

        void spent(String stage, long cpuNanos);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public PipelineResult run(String projectId, List<InputDocument> documents) {
        return run(projectId, documents, StageClock.NONE);
    }

    public PipelineResult run(String projectId, List<InputDocument> documents, StageClock clock) {
        Ids.requireProjectId(projectId);
        // in-process runs belong to no tenant's storage: the default tenant names them as the services would
        RunRef run = RunRef.first(new ProjectRef(Tenants.DEFAULT, projectId), RunIds.runId(new ProjectRef(Tenants.DEFAULT, projectId), documents));
        String runId = run.runId();
        long cpu = THREADS.getCurrentThreadCpuTime();
        IngestResult ingested = ingestor.ingest(documents);
        cpu = lap(clock, "ingest", cpu);
        if (ingested.rejected()) {
            return new PipelineResult(projectId, runId, List.of(), ingested.diagnostics());
        }
        if (ingested.requirements().isEmpty()) {
            // as ingest-service answers (422 no-requirements): events need total >= 1, so such a run cannot be published
            Diagnostic none = new Diagnostic(Severity.ERROR, "no-requirements", "no requirements could be read from "
                    + String.join(", ", documents.stream().map(InputDocument::name).sorted().toList()), List.of());
            return new PipelineResult(projectId, runId, List.of(), Stream.concat(ingested.diagnostics().stream(), Stream.of(none)).toList());
        }
        List<Requirement> requirements = overTheWire(run, ingested.requirements());
        SchemaModel model = designer.design(projectId, requirements);
        cpu = lap(clock, "modeling", cpu);
        ModelReadyEvent modelReady = ModelReadyEvent.of(run, Generator.VERSION, model);
        SchemaModel delivered = JsonCodec.fromBytes(JsonCodec.toBytes(modelReady), ModelReadyEvent.class).model();
        PipelineResult result = new PipelineResult(projectId, runId, renderer.renderAll(delivered), ingested.diagnostics());
        lap(clock, "render", cpu);
        return result;
    }

    private static long lap(StageClock clock, String stage, long since) {
        if (clock == StageClock.NONE) {
            return since;
        }
        long now = THREADS.getCurrentThreadCpuTime();
        clock.spent(stage, now - since);
        return now;
    }

    /** What modeling-service sees: one encoded event per requirement, decoded again, in seq order. */
    private static List<Requirement> overTheWire(RunRef run, List<Requirement> requirements) {
        List<Requirement> received = new ArrayList<>(requirements.size());
        int total = requirements.size();
        for (int i = 0; i < total; i++) {
            byte[] record = JsonCodec.toBytes(RequirementEvent.of(run, i + 1, total, requirements.get(i)));
            received.add(JsonCodec.fromBytes(record, RequirementEvent.class).requirement());
        }
        return received;
    }
}
