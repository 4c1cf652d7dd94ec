package dev.schemawright.ingestservice.upload;

import dev.schemawright.contracts.ObjectKeys;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.ingest.DocumentSummary;
import dev.schemawright.ingest.IngestResult;
import dev.schemawright.ingest.Ingestor;
import dev.schemawright.ingestservice.problem.ApiProblem;
import dev.schemawright.ingestservice.publish.RequirementPublisher;
import dev.schemawright.ingestservice.status.RunProgress;
import dev.schemawright.ingestservice.status.RunStatusBoard;
import dev.schemawright.ingestservice.store.RunRecord;
import dev.schemawright.ingestservice.store.RunStorage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Accepting a run, the same way for one upload and for each project of a batch:
 * <ol>
 * <li>runId = content hash; if run.json exists the run was accepted before: answer it, publish nothing;</li>
 * <li>ingest; any ERROR diagnostic rejects the run (4xx problem) before anything is stored or published;</li>
 * <li>store the inputs, publish one event per requirement and wait for the broker's acks;</li>
 * <li>write run.json last, so its presence means every event is out (a crash before it = the re-upload republishes,
 * and consumers drop the duplicates by event id).</li>
 * </ol>
 */
@ApplicationScoped
public class RunSubmission {
    private static final Logger LOG = Logger.getLogger(RunSubmission.class);

    private final Ingestor ingestor;
    private final RunStorage storage;
    private final RequirementPublisher publisher;
    private final RunStatusBoard board;
    // Two identical uploads at once on this instance: the second waits and then finds run.json.
    private final Map<String, Object> inFlight = new ConcurrentHashMap<>();

    public RunSubmission(Ingestor ingestor, RunStorage storage, RequirementPublisher publisher, RunStatusBoard board) {
        this.ingestor = ingestor;
        this.storage = storage;
        this.publisher = publisher;
        this.board = board;
    }

    /** The outcome of a submission: the run's progress and whether this call created it. */
    public record SubmittedRun(RunProgress progress, boolean created) {
        public String runId() {
            return progress.runId();
        }
    }

    public SubmittedRun submit(RunInput input) {
        String projectId = input.projectId();
        String runId = input.runId();
        Optional<RunRecord> existing = readRecord(projectId, runId);
        if (existing.isPresent()) {
            return new SubmittedRun(board.accepted(existing.get()), false);
        }
        Object lock = inFlight.computeIfAbsent(projectId + "/" + runId, k -> new Object());
        synchronized (lock) {
            try {
                existing = readRecord(projectId, runId);
                if (existing.isPresent()) {
                    return new SubmittedRun(board.accepted(existing.get()), false);
                }
                return new SubmittedRun(board.accepted(accept(input, runId)), true);
            } finally {
                inFlight.remove(projectId + "/" + runId);
            }
        }
    }

    private RunRecord accept(RunInput input, String runId) {
        String projectId = input.projectId();
        IngestResult result = ingest(input);
        if (result.rejected()) {
            throw Rejections.of(result.diagnostics());
        }
        if (result.requirements().isEmpty()) {
            throw Rejections.noRequirements(input.names());
        }
        RunRecord record = record(input, runId, result);
        try {
            for (InputDocument doc : input.documents()) {
                storage.put(ObjectKeys.input(projectId, runId, doc.name()), doc.content(), mediaTypeOf(record, doc.name()));
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "storing inputs of %s/%s failed", projectId, runId);
            throw new ApiProblem(503, "storage-unavailable", "Storage unavailable",
                    "the documents could not be stored; nothing was published, retry the upload");
        }
        try {
            publisher.publish(projectId, runId, result.requirements());
        } catch (RuntimeException e) {
            LOG.errorf(e, "publishing %d requirements of %s/%s failed", result.requirements().size(), projectId, runId);
            throw new ApiProblem(503, "broker-unavailable", "Event broker unavailable",
                    "the requirement events could not all be published; retry the upload (the run id stays the same)");
        }
        storage.putJson(RunRecord.key(projectId, runId), record);
        LOG.infof("accepted run %s/%s: %d documents, %d requirements", projectId, runId, input.documents().size(), result.requirements().size());
        return record;
    }

    private IngestResult ingest(RunInput input) {
        try {
            return ingestor.ingest(input.documents());
        } catch (RuntimeException e) {
            // A document that breaks the parser is still a client's document: answer clearly, keep the trace in the log.
            LOG.errorf(e, "ingest failed on %s", input.names());
            throw new ApiProblem(422, "unreadable-document", "Document rejected",
                    "the documents could not be read (" + e.getClass().getSimpleName() + "); nothing was published");
        }
    }

    private Optional<RunRecord> readRecord(String projectId, String runId) {
        try {
            return storage.getJson(RunRecord.key(projectId, runId), RunRecord.class);
        } catch (RuntimeException e) {
            LOG.errorf(e, "reading run.json of %s/%s failed", projectId, runId);
            throw new ApiProblem(503, "storage-unavailable", "Storage unavailable", "object storage did not answer; retry the upload");
        }
    }

    static RunRecord record(RunInput input, String runId, IngestResult result) {
        Map<String, DocumentSummary> summaries = result.documents().stream()
                .collect(Collectors.toMap(DocumentSummary::name, Function.identity(), (a, b) -> a));
        List<RunRecord.Document> documents = new ArrayList<>();
        for (InputDocument doc : input.documents().stream().sorted(java.util.Comparator.comparing(InputDocument::name)).toList()) {
            DocumentSummary s = summaries.get(doc.name());
            documents.add(new RunRecord.Document(doc.name(), input.uploadedName(doc.name()),
                    s == null ? doc.role() : s.role(), doc.role() != null,
                    s == null ? null : s.mediaType(), s == null ? null : s.charset(), s == null ? null : s.language(),
                    doc.size(), s == null ? dev.schemawright.contracts.requirement.RunIds.sha256Hex(doc.content()) : s.sha256(),
                    s == null ? 0 : s.requirementCount(), ObjectKeys.input(input.projectId(), runId, doc.name())));
        }
        return RunRecord.of(input.projectId(), runId, result.requirements().size(), documents);
    }

    private static String mediaTypeOf(RunRecord record, String name) {
        return record.documents().stream().filter(d -> d.name().equals(name) && d.mediaType() != null)
                .map(RunRecord.Document::mediaType).findFirst().orElse("application/octet-stream");
    }
}
