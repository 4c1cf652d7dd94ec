package dev.schemawright.ingestservice.batch;

import dev.schemawright.contracts.Ids;
import dev.schemawright.ingestservice.problem.ApiProblem;
import dev.schemawright.ingestservice.problem.ProblemError;
import dev.schemawright.ingestservice.store.RunStorage;
import dev.schemawright.ingestservice.upload.UploadedFile;
import dev.schemawright.storage.ObjectInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds a batch from object-storage prefixes: each prefix is one project (projectId = its last segment), its objects
 * are the documents. The same limits as for archives apply, checked on the listing before any object is read.
 */
public final class PrefixReader {
    private final RunStorage storage;
    private final ArchiveLimits limits;

    public PrefixReader(RunStorage storage, ArchiveLimits limits) {
        this.storage = storage;
        this.limits = limits;
    }

    /** "incoming/acme-crm/" -> "acme-crm"; empty when the prefix is unsafe (absolute, "..") or its last segment is no project id. */
    static Optional<String> projectIdOf(String prefix) {
        return EntryPaths.segments(prefix).filter(s -> !s.isEmpty()).map(s -> s.get(s.size() - 1)).filter(Ids::isProjectId);
    }

    public BatchContents read(List<String> prefixes) {
        if (prefixes.size() > limits.maxProjects()) {
            throw new ApiProblem(413, "too-many-projects", "Batch rejected", "more than " + limits.maxProjects() + " prefixes");
        }
        List<ProblemError> errors = new ArrayList<>();
        TreeMap<String, String> prefixByProject = new TreeMap<>();
        for (int i = 0; i < prefixes.size(); i++) {
            String prefix = prefixes.get(i);
            Optional<String> projectId = projectIdOf(prefix);
            if (projectId.isEmpty()) {
                errors.add(ProblemError.forField("prefixes[" + i + "]", "invalid-prefix",
                        "must be a relative key prefix without '..' whose last segment is a valid project id"));
            } else if (prefixByProject.putIfAbsent(projectId.get(), normalized(prefix)) != null) {
                errors.add(ProblemError.forField("prefixes[" + i + "]", "duplicate-project", "another prefix also names project " + projectId.get()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, errors.get(0).code(), "Batch rejected", errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
        TreeMap<String, List<ObjectInfo>> listings = new TreeMap<>();
        int entries = 0;
        long total = 0;
        for (var e : prefixByProject.entrySet()) {
            List<ObjectInfo> objects = storage.list(e.getValue()).stream()
                    .filter(o -> EntryPaths.segments(o.key().substring(e.getValue().length())).map(s -> !EntryPaths.isLitter(s)).orElse(true))
                    .toList();
            entries += objects.size();
            if (entries > limits.maxEntries()) {
                throw new ApiProblem(413, "too-many-entries", "Batch rejected", "the prefixes hold more than " + limits.maxEntries() + " objects");
            }
            for (ObjectInfo o : objects) {
                if (o.size() > limits.maxFileBytes()) {
                    throw new ApiProblem(413, "document-too-large", "Batch rejected",
                            ArchiveReader.printable(o.key()) + " is over the per-file limit of " + limits.maxFileBytes() + " bytes");
                }
                total += o.size();
            }
            if (total > limits.maxTotalBytes()) {
                throw new ApiProblem(413, "archive-too-large", "Batch rejected", "the prefixes hold more than " + limits.maxTotalBytes() + " bytes");
            }
            if (objects.isEmpty()) {
                errors.add(ProblemError.forEntry(e.getValue(), "empty-prefix", "no objects under this prefix"));
            }
            listings.put(e.getKey(), objects);
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "empty-prefix", "Batch rejected", errors.size() + " prefix(es) hold no objects; first: "
                    + errors.get(0).entry(), errors);
        }
        List<BatchContents.Project> projects = new ArrayList<>();
        for (var e : listings.entrySet()) {
            String prefix = prefixByProject.get(e.getKey());
            List<UploadedFile> files = new ArrayList<>();
            for (ObjectInfo o : e.getValue()) {
                List<String> relative = EntryPaths.segments(o.key().substring(prefix.length())).orElse(List.of());
                if (relative.isEmpty()) {
                    throw new ApiProblem(422, "unsafe-archive-entry", "Batch rejected", "unsafe object key " + ArchiveReader.printable(o.key()));
                }
                byte[] bytes = storage.get(o.key()).orElseThrow(() -> new ApiProblem(409, "object-vanished", "Batch rejected",
                        o.key() + " was listed but is gone; retry")).bytes();
                if (bytes.length > limits.maxFileBytes()) {
                    throw new ApiProblem(413, "document-too-large", "Batch rejected", ArchiveReader.printable(o.key()) + " grew over the per-file limit");
                }
                files.add(UploadedFile.fromProjectPath(relative, bytes));
            }
            projects.add(new BatchContents.Project(e.getKey(), files));
        }
        return new BatchContents(projects, List.of());
    }

    private static String normalized(String prefix) {
        return String.join("/", EntryPaths.segments(prefix).orElseThrow()) + "/";
    }
}
