package dev.schemawright.ingestservice.status;

import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.ingestservice.store.RunRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What is known about one run, folded from the accepted record and the pipeline's events. Immutable; every
 * {@code with...} is idempotent (an event id is applied once) and order-independent (artifacts-ready before
 * model-ready still reads "published"), because Kafka delivers at least once and across topics in any order.
 */
public record RunProgress(String projectId, String runId, RunRecord run, boolean modeled, List<ArtifactEntry> artifacts,
                          List<StageFailure> failures, Set<String> appliedEvents) {
    public static final String INGEST = "ingest";
    public static final String MODELING = "modeling";
    public static final String RENDER = "render";

    public RunProgress {
        artifacts = artifacts == null ? null : List.copyOf(artifacts);
        failures = List.copyOf(failures);
        appliedEvents = Set.copyOf(appliedEvents);
    }

    public static RunProgress unknown(String projectId, String runId) {
        return new RunProgress(projectId, runId, null, false, null, List.of(), Set.of());
    }

    public RunProgress withRun(RunRecord record) {
        return run != null ? this : new RunProgress(projectId, runId, record, modeled, artifacts, failures, appliedEvents);
    }

    public RunProgress withModelReady(String eventId) {
        if (appliedEvents.contains(eventId)) {
            return this;
        }
        return new RunProgress(projectId, runId, run, true, artifacts, failures, plus(eventId));
    }

    public RunProgress withArtifacts(String eventId, List<ArtifactEntry> published) {
        if (appliedEvents.contains(eventId) || artifacts != null) {
            return this;
        }
        return new RunProgress(projectId, runId, run, modeled, published, failures, plus(eventId));
    }

    public RunProgress withFailure(String eventId, StageFailure failure) {
        if (appliedEvents.contains(eventId) || failures.contains(failure)) {
            return this;
        }
        List<StageFailure> more = new ArrayList<>(failures);
        more.add(failure);
        return new RunProgress(projectId, runId, run, modeled, artifacts, more, plus(eventId));
    }

    /** Nothing recorded and no event seen: the run does not exist (as far as this service can tell). */
    public boolean isEmpty() {
        return run == null && !modeled && artifacts == null && failures.isEmpty();
    }

    public boolean published() {
        return artifacts != null;
    }

    /** Published wins over a failure (a redelivered model may succeed after a failed attempt), failure over progress. */
    public RunState state() {
        if (artifacts != null) {
            return RunState.PUBLISHED;
        }
        if (!failures.isEmpty()) {
            return RunState.FAILED;
        }
        return modeled ? RunState.MODELED : RunState.ACCEPTED;
    }

    /** ingest, modeling, render, each pending / done / failed, plus any other stage a failure named. */
    public List<StageProgress> stages() {
        List<StageProgress> out = new ArrayList<>();
        out.add(new StageProgress(INGEST, failedAt(INGEST) ? StageState.FAILED : run != null || modeled || published() ? StageState.DONE : StageState.PENDING,
                run == null ? null : run.requirementCount() + " requirements published from " + run.documents().size() + " documents"));
        out.add(new StageProgress(MODELING, modeled || published() ? StageState.DONE : failedAt(MODELING) ? StageState.FAILED : StageState.PENDING, null));
        out.add(new StageProgress(RENDER, published() ? StageState.DONE : failedAt(RENDER) ? StageState.FAILED : StageState.PENDING,
                published() ? artifacts.size() + " artifacts" : null));
        for (StageFailure f : failures) {
            if (out.stream().noneMatch(s -> s.name().equals(f.stage()))) {
                out.add(new StageProgress(f.stage(), StageState.FAILED, null));
            }
        }
        return List.copyOf(out);
    }

    private boolean failedAt(String stage) {
        return failures.stream().anyMatch(f -> f.stage().equals(stage));
    }

    private Set<String> plus(String eventId) {
        Set<String> ids = new HashSet<>(appliedEvents);
        ids.add(eventId);
        return ids;
    }

    /** Stage names come from other services' events; fold their spellings onto ours ("modeling-service" = modeling). */
    public static String canonicalStage(String stage) {
        String s = stage.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("model")) {
            return MODELING;
        }
        if (s.startsWith("render") || s.startsWith("publish")) {
            return RENDER;
        }
        if (s.startsWith("ingest")) {
            return INGEST;
        }
        return s;
    }

    public enum RunState {
        ACCEPTED, MODELED, PUBLISHED, FAILED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum StageState {
        PENDING, DONE, FAILED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record StageProgress(String name, StageState state, String detail) {
    }

    public record StageFailure(String stage, String reason, List<Diagnostic> diagnostics) {
        public StageFailure {
            stage = canonicalStage(stage);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** One published artifact as the status shows it. */
    public record ArtifactEntry(String name, long size, String sha256, String contentType) {
    }
}
