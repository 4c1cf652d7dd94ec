package dev.schemawright.ingestservice.upload;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.RunIds;
import dev.schemawright.contracts.tenant.ProjectRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents of one run, ready for ingest: unique safe names (in upload order), roles (null = infer), and the
 * names as uploaded. {@link #runId()} is the content hash, so the same documents always give the same run.
 */
public record RunInput(ProjectRef project, List<InputDocument> documents, List<String> uploadedNames) {
    public RunInput {
        java.util.Objects.requireNonNull(project, "project");
        documents = List.copyOf(documents);
        uploadedNames = List.copyOf(uploadedNames);
        if (documents.size() != uploadedNames.size()) {
            throw new IllegalArgumentException("one uploaded name per document");
        }
    }

    /** {@code roles} aligns with {@code files}; a null role (or a null list) means "infer". */
    public static RunInput of(ProjectRef project, List<UploadedFile> files, List<DocumentRole> roles) {
        List<String> names = SafeFileNames.uniquify(files.stream().map(UploadedFile::safeName).toList());
        List<InputDocument> documents = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            DocumentRole role = roles == null ? null : roles.get(i);
            documents.add(new InputDocument(names.get(i), role, files.get(i).content()));
        }
        return new RunInput(project, documents, files.stream().map(UploadedFile::uploadedName).toList());
    }

    public String runId() {
        return RunIds.runId(project, documents);
    }

    public String projectId() {
        return project.projectId();
    }

    public String tenantId() {
        return project.tenantId();
    }

    public String uploadedName(String safeName) {
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).name().equals(safeName)) {
                return uploadedNames.get(i);
            }
        }
        return safeName;
    }

    public List<String> names() {
        return documents.stream().map(InputDocument::name).toList();
    }
}
