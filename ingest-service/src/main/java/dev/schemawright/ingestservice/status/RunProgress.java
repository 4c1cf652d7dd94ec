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
public record RunProgress(String projectId, String runId, int attempt, RunRecord intake, boolean parsing, RunRecord run, boolean modeled,
                          List<ArtifactEntry> artifacts, List<StageFailure> failures, Set<String> appliedEvents) {
    public static final String INGEST = "ingest";
    public static final String MODELING = "modeling";
    public static final String RENDER = "render";

    public RunProgress {
        artifacts = artifacts == null ? null : List.copyOf(artifacts);
        failures = List.copyOf(failures);
        appliedEvents = Set.copyOf(appliedEvents);
    }

    public static RunProgress unknown(String projectId, String runId) {
        return new RunProgress(projectId, runId, 1, null, false, null, false, null, List.of(), Set.of());
    }

    /** The run's documents are stored and its upload event is out: it waits to be read ({@code accepted}). */
    public RunProgress withIntake(RunRecord record) {
        return intake != null ? this : new RunProgress(projectId, runId, attempt, record, parsing, run, modeled, artifacts, failures, appliedEvents);
    }

    /** A parse worker reads the run's documents ({@code parsing}); ends when the run is ingested or fails. */
    public RunProgress parsing(int ofAttempt) {
        RunProgress current = retried(ofAttempt);
        if (ofAttempt < current.attempt || current.parsing || current.run != null && current.failures.isEmpty()) {
            return current;
        }
        return new RunProgress(projectId, runId, current.attempt, intake, true, run, modeled, artifacts, current.failures, current.appliedEvents);
    }

    public RunProgress withRun(RunRecord record) {
        return run != null && !parsing ? this
                : new RunProgress(projectId, runId, attempt, intake, false, run != null ? run : record, modeled, artifacts, failures, appliedEvents);
    }

    /**
     * The run was retried as attempt {@code next}: what earlier attempts reported no longer describes it (a published
     * run is never retried, so artifacts stay as they are).
     */
    public RunProgress retried(int next) {
        if (next <= attempt) {
            return this;
        }
        return new RunProgress(projectId, runId, next, intake, false, run, false, artifacts, List.of(), appliedEvents);
    }

    public RunProgress withModelReady(String eventId, int ofAttempt) {
        RunProgress current = retried(ofAttempt);
        if (current.appliedEvents.contains(eventId) || ofAttempt < current.attempt) {
            return current;
        }
        return new RunProgress(projectId, runId, current.attempt, intake, parsing, run, true, artifacts, failures, current.plus(eventId));
    }

    public RunProgress withArtifacts(String eventId, List<ArtifactEntry> published) {
        if (appliedEvents.contains(eventId) || artifacts != null) {
            return this;
        }
        return new RunProgress(projectId, runId, attempt, intake, parsing, run, modeled, published, failures, plus(eventId));
    }

    /** A failure of an earlier attempt is stale (the run was retried since) and changes nothing. */
    public RunProgress withFailure(String eventId, StageFailure failure, int ofAttempt) {
        RunProgress current = retried(ofAttempt);
        if (current.appliedEvents.contains(eventId) || current.failures.contains(failure) || ofAttempt < current.attempt) {
            return current;
        }
        List<StageFailure> more = new ArrayList<>(current.failures);
        more.add(failure);
        return new RunProgress(projectId, runId, current.attempt, intake, false, run, current.modeled, artifacts, more, current.plus(eventId));
    }

    /** Nothing recorded and no event seen: the run does not exist (as far as this service can tell). */
    public boolean isEmpty() {
        return intake == null && run == null && !modeled && artifacts == null && failures.isEmpty();
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
        if (modeled) {
            return RunState.MODELED;
        }
        if (run != null) {
            return RunState.INGESTED;
        }
        return parsing ? RunState.PARSING : RunState.ACCEPTED;
    }

    /** ingest, modeling, render, each pending / done / failed, plus any other stage a failure named. */
    public List<StageProgress> stages() {
        List<StageProgress> out = new ArrayList<>();
        StageState ingest = failedAt(INGEST) ? StageState.FAILED
                : run != null || modeled || published() ? StageState.DONE
                : parsing ? StageState.RUNNING : StageState.PENDING;
        out.add(new StageProgress(INGEST, ingest,
                run != null ? run.requirementCount() + " requirements published from " + run.documents().size() + " documents"
                        : ingest == StageState.RUNNING ? "reading " + documents().size() + " documents"
                        : ingest == StageState.PENDING && intake != null ? intake.documents().size() + " documents stored, waiting to be read" : null));
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

    /** The run's documents: as read (once ingested), else as stored. */
    public List<RunRecord.Document> documents() {
        return run != null ? run.documents() : intake != null ? intake.documents() : List.of();
    }

    /** The record the run is known by: read (run.json) or only stored (upload.json). */
    public RunRecord known() {
        return run != null ? run : intake;
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
        /** Documents stored, waiting for a parse worker. */
        ACCEPTED,
        /** A parse worker reads the documents. */
        PARSING,
        /** Requirements published (run.json written), waiting for modeling. */
        INGESTED,
        MODELED, PUBLISHED, FAILED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum StageState {
        PENDING, RUNNING, DONE, FAILED;

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
