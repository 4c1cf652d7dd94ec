package dev.schemawright.ingestservice.batch;

import dev.schemawright.ingestservice.upload.UploadedFile;
import java.util.List;

/** What a batch holds: its projects in projectId order, each with its files in path order, and what was skipped and why. */
public record BatchContents(List<Project> projects, List<String> ignored) {
    public BatchContents {
        projects = List.copyOf(projects);
        ignored = List.copyOf(ignored);
    }

    public record Project(String projectId, List<UploadedFile> files) {
        public Project {
            files = List.copyOf(files);
        }
    }
}
